#include "accounts/IdleLockForm.h"

#include "accounts/AccountSettings.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kartoteka::ui {

IdleLockForm::IdleLockForm(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_minutes(new QSpinBox(this)),
      m_save(new QPushButton(tr("Save"), this)), m_message(new QLabel(this))
{
    m_minutes->setRange(kMinIdleLockMinutes, kMaxIdleLockMinutes);
    m_minutes->setSuffix(tr(" min"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Lock a window nobody uses after"), this));
    row->addWidget(m_minutes);
    row->addStretch(1);
    row->addWidget(m_save);
    auto* hint = new QLabel(tr("The window then hides the database and asks for the password "
                               "of whoever is signed in. Applies to every PC."),
                            this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    connect(m_save, &QPushButton::clicked, this, &IdleLockForm::save);
    connect(m_minutes, &QSpinBox::valueChanged, this,
            [this] { m_save->setEnabled(isModified() && !m_db.isReadOnly()); });
    const bool mayEdit = m_db.principal().can(Capability::Settings);
    m_minutes->setEnabled(mayEdit);
    m_save->setVisible(mayEdit);
    if (!mayEdit)
        m_minutes->setToolTip(tr("Only someone allowed to change the shop's settings can "
                                 "change this."));
    reload();
}

void IdleLockForm::reload()
{
    Result<IdleLockSetting> setting = loadIdleLock(m_db);
    if (!setting) {
        m_message->setText(setting.error().message);
        m_message->show();
        return;
    }
    m_version = setting->version;
    m_loaded = setting->minutes;
    m_minutes->setValue(setting->minutes);
    m_save->setEnabled(false);
}

bool IdleLockForm::isModified() const
{
    return m_minutes->value() != m_loaded;
}

bool IdleLockForm::save()
{
    m_lastError.reset();
    m_message->hide();
    Result<qint64> saved = saveIdleLock(m_db, m_minutes->value(), m_version);
    if (!saved) {
        m_lastError = saved.error().kind;
        // A colleague saved first: their value is shown with the reason.
        if (saved.error().kind == ErrorKind::Conflict)
            reload();
        m_message->setText(saved.error().message);
        m_message->show();
        return false;
    }
    m_version = *saved;
    m_loaded = m_minutes->value();
    m_save->setEnabled(false);
    return true;
}

} // namespace kartoteka::ui
