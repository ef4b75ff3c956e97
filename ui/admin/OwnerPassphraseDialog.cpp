#include "admin/OwnerPassphraseDialog.h"

#include "accounts/Passwords.h"
#include "main/DialogKeys.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

OwnerPassphraseDialog::OwnerPassphraseDialog(QWidget* parent)
    : GuardedDialog(parent), m_first(new QLineEdit(this)), m_second(new QLineEdit(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("The owner's passphrase"));
    auto* about = new QLabel(
        tr("Every backup is also written into the owner's copy folder, encrypted so that only "
           "this passphrase opens it. Any PC writes the copies without it; it is asked only to "
           "verify or restore a copy. Nobody can recover a forgotten passphrase: write it down "
           "and keep it apart from the USB stick. Copies written before keep opening with the "
           "passphrase they were written with."),
        this);
    about->setWordWrap(true);
    m_first->setObjectName(u"passphrase"_s);
    m_second->setObjectName(u"passphraseAgain"_s);
    for (QLineEdit* edit : {m_first, m_second}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMinimumWidth(260);
    }
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color:#b00020"_s);
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Passphrase (at least %1 characters):").arg(kMinPasswordLength), m_first);
    form->addRow(tr("The same again:"), m_second);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set the passphrase"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OwnerPassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    saveOnCtrlEnter(this, m_buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
}

QString OwnerPassphraseDialog::passphrase() const
{
    return m_first->text();
}

void OwnerPassphraseDialog::accept()
{
    QString problem;
    if (Status s = checkNewPassword(m_first->text()); !s)
        problem = s.error().message;
    else if (m_second->text() != m_first->text())
        problem = tr("The two passphrases differ. Type the same one twice.");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        m_second->clear();
        return;
    }
    QDialog::accept();
}

QString askOwnerPassphrase(QWidget* parent, const QString& file)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("kartoteka::ui::OwnerPassphraseDialog",
                                                      "Open the owner's copy"));
    dialog.setLabelText(
        QCoreApplication::translate("kartoteka::ui::OwnerPassphraseDialog",
                                    "%1 is encrypted for the owner. The owner's passphrase:")
            .arg(QFileInfo(file).fileName()));
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setInputMode(QInputDialog::TextInput);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.textValue();
}

} // namespace kartoteka::ui
