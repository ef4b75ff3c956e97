// Mail on the screens, against a real SMTP server (support/MailSink): the
// mail settings point at a wrong host, save the account and keep this PC's
// password encrypted, and test the connection both ways; the letter dialog
// shows the letter as it will go and sends it, the card's timeline shows it;
// a letter the server could not take is sent again from its own dialog; a
// mailing to the clients shown is previewed, sent on a thread of its own,
// paused and resumed, leaving out a client who asked for no mailings.
#include "Catch.h"
#include "MailSink.h"
#include "TestSupport.h"

#include "clients/ClientCard.h"
#include "clients/ClientRepository.h"
#include "clients/InteractionRepository.h"
#include "clients/TimelineModel.h"
#include "mail/LetterDialog.h"
#include "mail/Letters.h"
#include "mail/MailAccountForm.h"
#include "mail/MailingDialog.h"
#include "mail/Mailings.h"
#include "mail/MailingsDialog.h"
#include "mail/SendLetterDialog.h"
#include "mail/SendSmsDialog.h"
#include "mail/SmsGatewayForm.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTcpServer>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

void shoot(QWidget& widget, const QString& name)
{
    if (const QString shots = qEnvironmentVariable("KARTOTEKA_SCREENSHOTS"); !shots.isEmpty())
        widget.grab().save(shots + u'/' + name + u".png"_s);
}

qint64 newClient(Database& db, const QString& email)
{
    Client c;
    c.lastName = u"Коваль"_s;
    c.firstName = u"Олена"_s;
    if (!email.isEmpty())
        c.emails.append({QString(), email});
    requireOk(ClientRepository(db).create(c));
    return c.id;
}

void useSink(Database& db, int port)
{
    MailAccount a;
    a.host = u"127.0.0.1"_s;
    a.port = port;
    a.security = SmtpAccount::Security::None;
    a.fromName = u"Будмайстер"_s;
    a.fromAddress = u"shop@example.com"_s;
    requireOk(saveMailAccount(db, a));
}

} // namespace

TEST_CASE("the mail settings refuse a link for a host, keep the password on this PC and test "
          "the connection",
          "[ui][mail]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    const QString maildir = dir.path(u"mail"_s);
    SmtpSink sink(maildir, {u"--auth"_s, u"shop@example.com:app-password-1"_s});

    MailAccountForm form(*db);
    form.resize(1000, 600);
    form.show();
    form.hostEdit()->setText(u"https://smtp.example.com"_s);
    form.fromAddressEdit()->setText(u"shop@example.com"_s);
    CHECK_FALSE(form.save());
    CHECK(form.problemLabel()->isVisible());
    CHECK(form.focusWidget() == form.hostEdit());
    CHECK_FALSE(requireValue(loadMailAccount(*db)).isSet());

    form.hostEdit()->setText(u"127.0.0.1"_s);
    form.securityBox()->setCurrentIndex(
        form.securityBox()->findData(int(SmtpAccount::Security::None)));
    form.portBox()->setValue(sink.port);
    form.loginEdit()->setText(u"shop@example.com"_s);
    form.passwordEdit()->setText(u"wrong"_s);
    CHECK_FALSE(form.testConnection());
    CHECK(form.problemLabel()->isVisible());
    form.passwordEdit()->setText(u"app-password-1"_s);
    CHECK(form.testConnection());
    REQUIRE(form.save());
    const MailAccount saved = requireValue(loadMailAccount(*db));
    CHECK(saved.port == sink.port);
    CHECK(keptSecretPlace(mailPasswordKey(saved)) == SecretPlace::EncryptedFile);
    CHECK(requireValue(mailPassword(saved)) == u"app-password-1"_s);
    CHECK(form.passwordEdit()->text().isEmpty()); // never shown again
    CHECK(form.passwordPlaceLabel()->isVisible());
    // With the kept password the test needs nothing typed.
    CHECK(form.testConnection());
    CHECK(deliveredLetters(maildir).isEmpty());
    shoot(form, u"mail-settings"_s);
    requireOk(forgetSecret(mailPasswordKey(saved)));
}

TEST_CASE("the letter dialog shows the letter as it will go, sends it, and the card shows it",
          "[ui][mail]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    const QString maildir = dir.path(u"mail"_s);
    SmtpSink sink(maildir);
    useSink(*db, sink.port);
    const qint64 client = newClient(*db, u"olena@example.org"_s);

    SendLetterDialog dialog(*db, client);
    dialog.show();
    CHECK(dialog.toBox()->currentText() == u"olena@example.org"_s);
    // A letter by itself starts from the shop's letter template.
    CHECK_FALSE(dialog.templateBox()->currentData().toString().isEmpty());
    dialog.textEdit()->setPlainText(u"Ваше замовлення готове."_s);
    dialog.refresh();
    CHECK(dialog.preview()->toPlainText().contains(u"Ваше замовлення готове."_s));
    CHECK_FALSE(dialog.subjectEdit()->text().isEmpty());
    shoot(dialog, u"letter-dialog"_s);
    const std::optional<Letter> sent = dialog.send();
    REQUIRE(sent);
    CHECK(sent->state == LetterState::Sent);
    REQUIRE(waitUntil([&] { return deliveredLetters(maildir).size() == 1; }));
    CHECK(readLetter(fileBytes(maildir + u"/0001.eml"_s))
              .value(u"text"_s)
              .toString()
              .contains(u"Ваше замовлення готове."_s));

    // Own words without a subject: said, nothing kept.
    SendLetterDialog own(*db, client);
    own.show();
    own.templateBox()->setCurrentIndex(0);
    own.textEdit()->setPlainText(u"Текст"_s);
    own.refresh();
    CHECK_FALSE(own.send());
    CHECK(own.problemLabel()->isVisible());

    ClientRepository clients(*db);
    InteractionRepository timeline(*db);
    ClientCard card(*db, clients, timeline);
    card.showClient(client);
    int letters = 0;
    for (int row = 0; row < card.timelineModel()->rowCount(); ++row)
        letters += card.timelineModel()->isLetter(row) ? 1 : 0;
    CHECK(letters == 1);
    card.timelineShown()->setCurrentIndex(
        card.timelineShown()->findData(int(InteractionKind::Email)));
    CHECK(card.timelineModel()->rowCount() == 1);
}

TEST_CASE("a letter the server could not take is sent again from its dialog", "[ui][mail]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    const qint64 client = newClient(*db, u"olena@example.org"_s);
    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    useSink(*db, closed.serverPort());
    closed.close();
    LetterRequest request;
    request.clientId = client;
    request.subject = u"Нагадування"_s;
    request.text = u"Текст"_s;
    Letter letter = requireValue(draftLetter(*db, request));
    requireOk(queueLetter(*db, letter));
    MailAccount account = requireValue(loadMailAccount(*db));
    SmtpAccount smtp = smtpAccount(account, {});
    smtp.timeoutSeconds = 5;
    letter = requireValue(sendLetter(*db, letter.id, account, smtp));
    REQUIRE(letter.state == LetterState::Failed);

    const QString maildir = dir.path(u"mail"_s);
    SmtpSink sink(maildir);
    useSink(*db, sink.port);
    LetterDialog view(*db, letter);
    view.show();
    CHECK(view.sendAgainButton()->isVisible());
    CHECK(view.stateLabel()->text().contains(letter.problemText));
    shoot(view, u"letter-view"_s);
    REQUIRE(view.sendAgain());
    CHECK_FALSE(view.sendAgainButton()->isVisible());
    CHECK(requireValue(LetterRepository(*db).load(letter.id)).state == LetterState::Sent);
    REQUIRE(waitUntil([&] { return deliveredLetters(maildir).size() == 1; }));
}

TEST_CASE("a mailing to the clients shown previews any recipient, sends on its own thread and "
          "pauses, and the card's 'no mailings' leaves a client out",
          "[ui][mail][mailings]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    const QString maildir = dir.path(u"mail"_s);
    SmtpSink sink(maildir);
    useSink(*db, sink.port);
    QList<qint64> clients;
    for (int i = 0; i < 6; ++i)
        clients.append(newClient(*db, u"client%1@example.org"_s.arg(i)));
    newClient(*db, QString()); // no address

    // The card's "No mailings", as the person ticks it.
    ClientRepository repository(*db);
    InteractionRepository timeline(*db);
    ClientCard card(*db, repository, timeline);
    card.showClient(clients.last());
    auto* noMailings = card.findChild<QAction*>(u"no-mailings"_s);
    REQUIRE(noMailings);
    CHECK_FALSE(noMailings->isChecked());
    noMailings->setChecked(true);
    CHECK(requireValue(refusesMailings(*db, clients.last())));
    card.showClient(clients.first());
    CHECK_FALSE(noMailings->isChecked());
    card.showClient(clients.last());
    CHECK(noMailings->isChecked());

    MailingDialog dialog(*db, ClientListQuery{});
    dialog.show();
    REQUIRE(dialog.plan());
    CHECK(dialog.plan()->toSend == 5);
    CHECK(dialog.plan()->noAddress == 1);
    CHECK(dialog.plan()->refused == 1);
    dialog.textEdit()->setPlainText(u"Розпродаж у суботу!"_s);
    dialog.previewBox()->setCurrentIndex(2);
    dialog.refreshPreview();
    CHECK(dialog.preview()->toPlainText().contains(u"Розпродаж у суботу!"_s));
    shoot(dialog, u"mailing-dialog"_s);

    // One letter every 100 ms: paused after a few.
    dialog.perMinuteBox()->setValue(600);
    QTimer::singleShot(0, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    REQUIRE(dialog.start());
    CHECK(dialog.isSending());
    REQUIRE(waitUntil([&] { return deliveredLetters(maildir).size() >= 2; }, 10000));
    dialog.pause();
    REQUIRE(waitUntil([&] { return !dialog.isSending(); }, 10000));
    MailingStatus status = requireValue(mailingStatus(*db, dialog.mailingId()));
    CHECK(status.state == MailingState::Paused);
    CHECK(status.sent >= 2);
    CHECK(status.sent < 5);

    // Resumed from Clients → Mailings: the rest go, nobody twice.
    MailingDialog resumed(*db, dialog.mailingId());
    resumed.show();
    REQUIRE(resumed.start());
    REQUIRE(waitUntil([&] { return !resumed.isSending(); }, 20000));
    status = requireValue(mailingStatus(*db, dialog.mailingId()));
    CHECK(status.state == MailingState::Done);
    CHECK(status.sent == 5);
    REQUIRE(waitUntil([&] { return deliveredLetters(maildir).size() == 5; }));

    MailingsDialog list(*db);
    CHECK(list.table()->rowCount() == 1);
}

TEST_CASE("the SMS settings keep the key on this PC and send a test, and the card's SMS goes to "
          "the service and shows on the timeline",
          "[ui][sms]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    SmsService service(dir.path(u"sms"_s), {u"--token"_s, u"good-token"_s});
    SmsGatewayForm form(*db);
    form.show();
    form.urlEdit()->setText(u"sms.example.com/send"_s);
    CHECK_FALSE(form.save());
    CHECK(form.problemLabel()->isVisible());
    form.urlEdit()->setText(service.url());
    form.headersEdit()->setPlainText(
        u"Authorization: Bearer {token}\nContent-Type: application/json"_s);
    form.bodyEdit()->setPlainText(uR"({"phone": "{phone}", "text": "{text}"})"_s);
    form.acceptedEdit()->setText(u"accepted"_s);
    form.tokenEdit()->setText(u"good-token"_s);
    REQUIRE(form.save());
    CHECK(form.tokenEdit()->text().isEmpty());
    form.testPhoneEdit()->setText(u"050 123 45 67"_s);
    CHECK(form.sendTest());
    shoot(form, u"sms-settings"_s);
    REQUIRE(smsRequests(dir.path(u"sms"_s)).size() == 1);

    Client c;
    c.lastName = u"Коваль"_s;
    c.phones.append({u"mobile"_s, u"067 765 43 21"_s, {}});
    requireOk(ClientRepository(*db).create(c));
    SendSmsDialog dialog(*db, c.id);
    dialog.show();
    CHECK(dialog.toBox()->currentData().toString() == u"+380677654321"_s);
    dialog.textEdit()->setPlainText(u"Ваше замовлення готове"_s);
    CHECK(dialog.countLabel()->text().contains(u"1"_s));
    const std::optional<Letter> sent = dialog.send();
    REQUIRE(sent);
    CHECK(sent->state == LetterState::Sent);
    CHECK(smsRequests(dir.path(u"sms"_s)).size() == 2);
    CHECK(smsParts(QString(70, u'ж')) == 1);
    CHECK(smsParts(QString(71, u'ж')) == 2);
    CHECK(smsParts(QString(160, u'a')) == 1);
    CHECK(smsParts(QString(161, u'a')) == 2);

    // An SMS mailing to the clients shown: those with a mobile number.
    MailingDialog mailing(*db, ClientListQuery{});
    mailing.show();
    mailing.channelBox()->setCurrentIndex(mailing.channelBox()->findData(int(LetterChannel::Sms)));
    REQUIRE(mailing.plan());
    CHECK(mailing.plan()->toSend == 1);
    CHECK_FALSE(mailing.templateBox()->isVisible());
    mailing.textEdit()->setPlainText(u"Знижки в суботу"_s);
    mailing.refreshPreview();
    CHECK(mailing.preview()->toPlainText() == u"Знижки в суботу"_s);

    ClientRepository clients(*db);
    InteractionRepository timeline(*db);
    ClientCard card(*db, clients, timeline);
    card.showClient(c.id);
    REQUIRE(card.timelineModel()->rowCount() >= 1);
    CHECK(card.timelineModel()->isLetter(0));
    CHECK(card.timelineModel()->data(card.timelineModel()->index(0, TimelineModel::Kind)) ==
          u"SMS"_s);
}
