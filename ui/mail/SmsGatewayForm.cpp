#include "mail/SmsGatewayForm.h"

#include "accounts/Access.h"
#include "clients/ClientSettings.h"
#include "clients/PhoneNumbers.h"
#include "mail/LetterSending.h"
#include "mail/SecretStore.h"
#include "main/BackgroundWork.h"
#include "main/FormColumn.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

SmsGatewayForm::SmsGatewayForm(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_url(new QLineEdit(this)), m_method(new QComboBox(this)),
      m_headers(new QPlainTextEdit(this)), m_body(new QPlainTextEdit(this)),
      m_accepted(new QLineEdit(this)), m_sender(new QLineEdit(this)), m_token(new QLineEdit(this)),
      m_tokenPlace(new QLabel(this)), m_testPhone(new QLineEdit(this)),
      m_test(new QPushButton(tr("Send a test SMS"), this)),
      m_save(new QPushButton(tr("Save"), this)), m_problem(new QLabel(this))
{
    m_url->setPlaceholderText(u"https://api.example.com/sms/send"_s);
    m_method->addItems({u"POST"_s, u"GET"_s});
    m_headers->setPlaceholderText(
        u"Authorization: Bearer {token}\nContent-Type: application/json"_s);
    m_body->setPlaceholderText(uR"({"phone": "{phone_digits}", "text": "{text}"})"_s);
    for (QPlainTextEdit* edit : {m_headers, m_body}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4);
    }
    m_accepted->setPlaceholderText(tr("for example: \"status\":\"ok\" (empty: any HTTP 2xx)"));
    m_token->setEchoMode(QLineEdit::Password);
    m_tokenPlace->setWordWrap(true);
    m_testPhone->setPlaceholderText(tr("your own mobile"));

    auto* token = new QVBoxLayout;
    token->setSpacing(2);
    token->addWidget(m_token);
    token->addWidget(m_tokenPlace);
    auto* form = new QFormLayout;
    form->addRow(tr("Request URL:"), m_url);
    form->addRow(tr("Method:"), m_method);
    form->addRow(tr("Headers:"), m_headers);
    form->addRow(tr("Body:"), m_body);
    form->addRow(tr("Accepted when the answer has:"), m_accepted);
    form->addRow(tr("Sender's name:"), m_sender);
    form->addRow(tr("Key ({token}):"), token);
    auto* test = new QHBoxLayout;
    test->addWidget(m_testPhone, 1);
    test->addWidget(m_test);
    form->addRow(tr("Test to:"), test);

    m_save->setObjectName(u"save-sms"_s);
    connect(m_save, &QPushButton::clicked, this, &SmsGatewayForm::save);
    connect(m_test, &QPushButton::clicked, this, &SmsGatewayForm::sendTest);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);

    layOutFormColumn(
        this,
        tr("SMS go through the shop's SMS service as the HTTP request its API description "
           "gives. In the URL, headers and body write {phone} (+380501234567), {phone_digits} "
           "(380501234567), {text}, {sender} and {token}: they are encoded for where they stand "
           "(a JSON body when a Content-Type header says json). The key is kept on each "
           "computer by itself, never in the database."),
        form, m_problem, buttons, 860);
    reload();
}

void SmsGatewayForm::reload()
{
    m_problem->hide();
    const bool mayEdit = m_db.principal().can(Capability::Settings) && !m_db.isReadOnly();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_url, m_method, m_headers, m_body, m_accepted, m_sender,
                                         m_token, m_save, m_test, m_testPhone})
        w->setEnabled(mayEdit);
    Result<SmsGateway> loaded = loadSmsGateway(m_db);
    if (!loaded) {
        showFormProblem(m_problem, loaded.error().message);
        return;
    }
    m_url->setText(loaded->url);
    m_method->setCurrentText(loaded->method.toUpper());
    m_headers->setPlainText(loaded->headers);
    m_body->setPlainText(loaded->body);
    m_accepted->setText(loaded->accepted);
    m_sender->setText(loaded->sender);
    m_token->clear();
    const auto place = loaded->isSet() ? keptSecretPlace(smsTokenKey(*loaded)) : std::nullopt;
    m_token->setPlaceholderText(place ? tr("kept on this computer; type to change it") : QString());
    m_tokenPlace->setText(!place ? tr("This computer keeps no key for the service.")
                          : *place == SecretPlace::Keychain
                              ? tr("Kept in this computer's keychain.")
                              : tr("Kept encrypted in your user's program data: this computer "
                                   "has no keychain that answered."));
}

SmsGateway SmsGatewayForm::gateway() const
{
    SmsGateway g;
    g.url = m_url->text().trimmed();
    g.method = m_method->currentText();
    g.headers = m_headers->toPlainText();
    g.body = m_body->toPlainText();
    g.accepted = m_accepted->text();
    g.sender = m_sender->text().trimmed();
    return g;
}

bool SmsGatewayForm::save()
{
    m_problem->hide();
    const SmsGateway g = gateway();
    if (const auto problem = checkSmsGateway(g)) {
        showFormProblem(m_problem, problem->error.message);
        const QHash<SmsGatewayField, QWidget*> widgets{{SmsGatewayField::Url, m_url},
                                                       {SmsGatewayField::Method, m_method},
                                                       {SmsGatewayField::Headers, m_headers},
                                                       {SmsGatewayField::Body, m_body},
                                                       {SmsGatewayField::Sender, m_sender}};
        widgets.value(problem->field, m_url)->setFocus();
        return false;
    }
    if (Status saved = saveSmsGateway(m_db, g); !saved) {
        showFormProblem(m_problem, saved.error().message);
        return false;
    }
    if (const QString token = m_token->text(); !token.isEmpty() && g.isSet()) {
        const Result<SecretPlace> kept =
            keepSecretWaiting(this, tr("SMS"), tr("Keeping the key…"), smsTokenKey(g), token);
        if (!kept) {
            showFormProblem(m_problem, kept.error().message);
            return false;
        }
    }
    reload();
    showFormOk(m_problem, tr("Saved."));
    return true;
}

bool SmsGatewayForm::sendTest()
{
    m_problem->hide();
    const SmsGateway g = gateway();
    if (const auto problem = checkSmsGateway(g)) {
        showFormProblem(m_problem, problem->error.message);
        return false;
    }
    if (!g.isSet()) {
        showFormProblem(m_problem, tr("Fill in the service's request URL first."));
        return false;
    }
    const QString phone = normalizePhone(m_testPhone->text(), phoneRegion(m_db)).e164;
    if (phone.isEmpty()) {
        showFormProblem(m_problem, tr("Type a mobile number to send the test to."));
        m_testPhone->setFocus();
        return false;
    }
    QString token = m_token->text();
    std::optional<SmsError> failure;
    waitFor(this, tr("SMS"), tr("Sending a test SMS to %1…").arg(phone), [&] {
        if (token.isEmpty()) {
            Result<QString> kept = smsToken(g);
            token = kept ? *kept : QString();
        }
        failure = sendSms(g, token, phone, tr("A test message from Kartoteka."));
    });
    if (failure) {
        showFormProblem(m_problem, failure->error.message);
        return false;
    }
    showFormOk(m_problem, tr("The service took the message to %1.").arg(phone));
    return true;
}

} // namespace kartoteka::ui
