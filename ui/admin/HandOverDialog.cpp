#include "admin/HandOverDialog.h"
#include "main/DialogKeys.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

HandOverDialog::HandOverDialog(const Account& leaving, const HandOverReport& work,
                               const QList<Account>& colleagues, QWidget* parent)
    : GuardedDialog(parent), m_leaving(leaving), m_work(work), m_colleagues(colleagues),
      m_one(new QRadioButton(tr("Hand everything to one colleague:"), this)),
      m_several(new QRadioButton(
          tr("Split among several colleagues (in turn; each client's open deals go with them):"),
          this)),
      m_colleague(new QComboBox(this)), m_split(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Deactivate %1").arg(leaving.name));
    auto* summary = new QLabel(this);
    summary->setWordWrap(true);
    const bool hasWork = work.clients > 0 || work.deals > 0;
    summary->setText(
        (hasWork ? tr("%1 has %2 and %3. Choose who takes them over.")
                       .arg(leaving.name.toHtmlEscaped(),
                            u"<b>"_s + tr("%n client(s)", nullptr, work.clients) + u"</b>"_s,
                            u"<b>"_s + tr("%n open deal(s)", nullptr, work.deals) + u"</b>"_s)
                 : tr("%1 has no clients and no open deals.").arg(leaving.name.toHtmlEscaped())) +
        u"<br><br>"_s +
        tr("After this %1 can no longer sign in. Everything %1 did stays in the history under "
           "this name, and the account can be activated again later.")
            .arg(leaving.name.toHtmlEscaped()));

    for (const Account& a : colleagues) {
        const QString text = tr("%1 (%2)").arg(a.name, roleTitle(a.role));
        m_colleague->addItem(text, a.id);
        auto* item = new QListWidgetItem(text, m_split);
        item->setData(Qt::UserRole, a.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_colleague->setMinimumContentsLength(24);
    m_colleague->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_one->setChecked(true);
    m_split->setMinimumHeight(110);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Deactivate…"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    if (hasWork) {
        layout->addSpacing(6);
        layout->addWidget(m_one);
        layout->addWidget(m_colleague);
        layout->addWidget(m_several);
        layout->addWidget(m_split, 1);
        if (colleagues.isEmpty()) {
            auto* none = new QLabel(
                tr("There is no active colleague to hand over to. Add an account first."), this);
            none->setWordWrap(true);
            layout->addWidget(none);
        }
    } else {
        m_one->hide();
        m_several->hide();
        m_colleague->hide();
        m_split->hide();
    }
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    saveOnCtrlEnter(this, m_buttons);
    connect(m_one, &QRadioButton::toggled, this, &HandOverDialog::updateState);
    connect(m_split, &QListWidget::itemChanged, this, [this] {
        m_several->setChecked(true);
        updateState();
    });
    connect(m_colleague, &QComboBox::activated, this, [this] { m_one->setChecked(true); });
    resize(520, hasWork ? 420 : 200);
    updateState();
}

HandOver HandOverDialog::handOver() const
{
    HandOver h;
    h.fromId = m_leaving.id;
    if (m_work.clients == 0 && m_work.deals == 0)
        return h;
    if (m_one->isChecked()) {
        if (m_colleague->currentIndex() >= 0)
            h.toIds.append(m_colleague->currentData().toLongLong());
        return h;
    }
    for (int i = 0; i < m_split->count(); ++i) {
        if (m_split->item(i)->checkState() == Qt::Checked)
            h.toIds.append(m_split->item(i)->data(Qt::UserRole).toLongLong());
    }
    return h;
}

void HandOverDialog::chooseOne(qint64 accountId)
{
    m_one->setChecked(true);
    m_colleague->setCurrentIndex(m_colleague->findData(accountId));
    updateState();
}

void HandOverDialog::chooseSeveral(const QList<qint64>& accountIds)
{
    for (int i = 0; i < m_split->count(); ++i)
        m_split->item(i)->setCheckState(
            accountIds.contains(m_split->item(i)->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    m_several->setChecked(true);
    updateState();
}

QStringList HandOverDialog::receiverNames() const
{
    QStringList names;
    for (qint64 id : handOver().toIds) {
        for (const Account& a : m_colleagues) {
            if (a.id == id)
                names.append(a.name);
        }
    }
    return names;
}

void HandOverDialog::updateState()
{
    m_colleague->setEnabled(m_one->isChecked());
    const bool needsReceiver = m_work.clients > 0 || m_work.deals > 0;
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!needsReceiver || !handOver().toIds.isEmpty());
}

} // namespace kartoteka::ui
