#include "mail/MailAccountForm.h"

#include "accounts/Access.h"
#include "mail/LetterSending.h"
#include "main/BackgroundWork.h"
#include "main/FormColumn.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

MailAccountForm::MailAccountForm(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_security(new QComboBox(this)), m_login(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_passwordPlace(new QLabel(this)),
      m_fromName(new QLineEdit(this)), m_fromAddress(new QLineEdit(this)),
      m_test(new QPushButton(tr("Test the connection"), this)),
      m_save(new QPushButton(tr("Save"), this)), m_problem(new QLabel(this))
{
    m_host->setPlaceholderText(u"smtp.gmail.com"_s);
    m_port->setRange(1, 65535);
    m_security->addItem(tr("STARTTLS (usually port 587)"), int(SmtpAccount::Security::StartTls));
    m_security->addItem(tr("SSL/TLS (usually port 465)"), int(SmtpAccount::Security::Ssl));
    m_security->addItem(tr("None (port 25, inside the shop's network only)"),
                        int(SmtpAccount::Security::None));
    // Choosing a security moves the port along when it was the usual one.
    connect(m_security, &QComboBox::activated, this, [this] {
        for (const auto s : {SmtpAccount::Security::StartTls, SmtpAccount::Security::Ssl,
                             SmtpAccount::Security::None}) {
            if (m_port->value() == usualPort(s)) {
                m_port->setValue(
                    usualPort(SmtpAccount::Security(m_security->currentData().toInt())));
                break;
            }
        }
    });
    m_login->setPlaceholderText(tr("usually the full address, shop@example.com"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(u"mail-password"_s);
    m_passwordPlace->setWordWrap(true);
    m_fromName->setPlaceholderText(tr("the shop's name"));
    m_fromAddress->setPlaceholderText(u"shop@example.com"_s);

    auto* server = new QHBoxLayout;
    server->addWidget(m_host, 1);
    server->addWidget(new QLabel(tr("port:"), this));
    server->addWidget(m_port);

    auto* form = new QFormLayout;
    form->addRow(tr("Mail server (SMTP):"), server);
    form->addRow(tr("Security:"), m_security);
    form->addRow(tr("Login:"), m_login);
    // Where the password is kept, said right under it.
    auto* password = new QVBoxLayout;
    password->setSpacing(2);
    password->addWidget(m_password);
    password->addWidget(m_passwordPlace);
    form->addRow(tr("Password:"), password);
    form->addRow(tr("Sender's name:"), m_fromName);
    form->addRow(tr("Sender's address:"), m_fromAddress);

    m_save->setObjectName(u"save-mail"_s);
    m_test->setObjectName(u"test-mail"_s);
    connect(m_save, &QPushButton::clicked, this, &MailAccountForm::save);
    connect(m_test, &QPushButton::clicked, this, &MailAccountForm::testConnection);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_test);
    buttons->addWidget(m_save);

    layOutFormColumn(this,
                     tr("Letters and documents go to clients through the shop's own mail "
                        "account. Every computer uses these settings; the password is "
                        "kept on each computer by itself, never in the database. Gmail, "
                        "Ukr.net and most services want an app password here, not the "
                        "one you sign in with."),
                     form, m_problem, buttons);
    reload();
}

void MailAccountForm::reload()
{
    m_problem->hide();
    const bool mayEdit = m_db.principal().can(Capability::Settings) && !m_db.isReadOnly();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_host, m_port, m_security, m_login, m_password,
                                         m_fromName, m_fromAddress, m_save, m_test})
        w->setEnabled(mayEdit);
    Result<MailAccount> loaded = loadMailAccount(m_db);
    if (!loaded) {
        showFormProblem(m_problem, loaded.error().message);
        return;
    }
    const MailAccount& a = *loaded;
    m_host->setText(a.host);
    m_port->setValue(a.port);
    m_security->setCurrentIndex(m_security->findData(int(a.security)));
    m_login->setText(a.login);
    m_password->clear();
    m_fromName->setText(a.fromName);
    m_fromAddress->setText(a.fromAddress);
    showPasswordPlace();
}

MailAccount MailAccountForm::account() const
{
    MailAccount a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.security = SmtpAccount::Security(m_security->currentData().toInt());
    a.login = m_login->text().trimmed();
    a.fromName = m_fromName->text().trimmed();
    a.fromAddress = m_fromAddress->text().trimmed();
    return a;
}

void MailAccountForm::showPasswordPlace()
{
    const MailAccount a = account();
    if (a.login.isEmpty()) {
        m_passwordPlace->setText(tr("No login: the server takes letters without a password."));
        m_password->setPlaceholderText(QString());
        return;
    }
    const auto place = keptSecretPlace(mailPasswordKey(a));
    m_password->setPlaceholderText(place ? tr("kept on this computer; type to change it")
                                         : QString());
    m_passwordPlace->setText(
        !place ? tr("This computer keeps no password for this account yet.")
        : *place == SecretPlace::Keychain
            ? tr("Kept in this computer's keychain.")
            : tr("Kept encrypted in your user's program data: this computer has no keychain "
                 "that answered. Anyone who can read your files here could recover it."));
}

bool MailAccountForm::save()
{
    m_problem->hide();
    const MailAccount a = account();
    if (const auto problem = checkMailAccount(a)) {
        showFormProblem(m_problem, problem->error.message);
        switch (problem->field) {
        case MailAccountField::Host:
            m_host->setFocus();
            break;
        case MailAccountField::Port:
            m_port->setFocus();
            break;
        case MailAccountField::FromAddress:
            m_fromAddress->setFocus();
            break;
        }
        return false;
    }
    if (Status saved = saveMailAccount(m_db, a); !saved) {
        showFormProblem(m_problem, saved.error().message);
        return false;
    }
    const QString password = m_password->text();
    if (!password.isEmpty() && !a.login.isEmpty()) {
        const Result<SecretPlace> kept = keepSecretWaiting(
            this, tr("Mail"), tr("Keeping the password…"), mailPasswordKey(a), password);
        if (!kept) {
            showFormProblem(m_problem, kept.error().message);
            return false;
        }
    }
    reload();
    showFormOk(m_problem, tr("Saved."));
    return true;
}

bool MailAccountForm::testConnection()
{
    m_problem->hide();
    const MailAccount a = account();
    if (const auto problem = checkMailAccount(a)) {
        showFormProblem(m_problem, problem->error.message);
        return false;
    }
    if (!a.isSet()) {
        showFormProblem(m_problem, tr("Fill in the mail server and the sender's address first."));
        return false;
    }
    QString password = m_password->text();
    std::optional<SmtpError> failure;
    std::optional<Error> noPassword;
    waitFor(this, tr("Mail"), tr("Connecting to %1…").arg(a.host), [&] {
        if (password.isEmpty()) {
            Result<QString> kept = mailPassword(a);
            if (!kept) {
                noPassword = kept.error();
                return;
            }
            password = *kept;
        }
        failure = checkMailServer(smtpAccount(a, password));
    });
    if (noPassword) {
        showFormProblem(m_problem, tr("Type the password to test the connection."));
        m_password->setFocus();
        return false;
    }
    if (failure) {
        showFormProblem(m_problem, failure->error.message);
        return false;
    }
    showFormOk(m_problem, mailTestPassedText(a));
    return true;
}

} // namespace kartoteka::ui
