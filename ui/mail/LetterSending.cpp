#include "mail/LetterSending.h"

#include "mail/Letters.h"
#include "mail/MailAccount.h"
#include "main/BackgroundWork.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ui::LetterSending)
};

QString title()
{
    return Tr::tr("Send a letter");
}

} // namespace

Result<SecretPlace> keepSecretWaiting(QWidget* parent, const QString& title, const QString& busy,
                                      const QString& key, const QString& secret)
{
    Result<SecretPlace> place = SecretPlace::Keychain;
    waitFor(parent, title, busy, [&] { place = keepSecret(key, secret); });
    return place;
}

std::optional<QString> mailPasswordFor(const MailAccount& account, QWidget* parent)
{
    Result<QString> kept = QString();
    waitFor(parent, title(), Tr::tr("Reading the mail password…"),
            [&] { kept = mailPassword(account); });
    if (kept)
        return *kept;
    if (kept.error().kind != ErrorKind::NotFound) {
        QMessageBox::warning(parent, title(), kept.error().message);
        return std::nullopt;
    }
    bool ok = false;
    const QString typed = QInputDialog::getText(
        parent, Tr::tr("Mail password"),
        Tr::tr("This computer has no password for the mail account %1 yet. Type it; it is kept "
               "on this computer only.")
            .arg(account.login),
        QLineEdit::Password, QString(), &ok);
    if (!ok || typed.isEmpty())
        return std::nullopt;
    const Result<SecretPlace> place = keepSecretWaiting(
        parent, title(), Tr::tr("Keeping the password…"), mailPasswordKey(account), typed);
    if (!place)
        QMessageBox::warning(parent, title(), place.error().message);
    return typed;
}

namespace {

std::optional<Letter> sendKeptSms(Database& db, qint64 letterId, QWidget* parent)
{
    Result<SmsGateway> gateway = loadSmsGateway(db);
    if (!gateway || !gateway->isSet()) {
        QMessageBox::information(
            parent, title(),
            gateway ? Tr::tr("The shop's SMS service is not set up yet: the owner or an "
                             "administrator fills it in under Administration → SMS. The SMS is "
                             "kept on the client's timeline and can be sent from there later.")
                    : gateway.error().message);
        return std::nullopt;
    }
    Result<Letter> claimed = LetterRepository(db).claim(letterId, Take::QueuedOrFailed);
    if (!claimed) {
        QMessageBox::warning(parent, title(), claimed.error().message);
        return std::nullopt;
    }
    std::optional<SmsError> failure;
    waitFor(parent, title(), Tr::tr("Sending to %1…").arg(claimed->toAddress), [&] {
        Result<QString> token = smsToken(*gateway);
        failure = sendSms(*gateway, token ? *token : QString(), claimed->toAddress, claimed->text);
    });
    Result<Letter> ended = recordSmsOutcome(db, *claimed, failure);
    if (!ended) {
        QMessageBox::warning(parent, title(), ended.error().message);
        return std::nullopt;
    }
    if (ended->state != LetterState::Sent)
        QMessageBox::warning(parent, title(),
                             ended->problemText + u"\n\n"_s +
                                 Tr::tr("The SMS is kept on the client's timeline as not sent; "
                                        "open it there to send it again."));
    return *ended;
}

} // namespace

std::optional<Letter> sendKeptLetter(Database& db, qint64 letterId, QWidget* parent)
{
    if (Result<Letter> kept = LetterRepository(db).load(letterId);
        kept && kept->channel == LetterChannel::Sms)
        return sendKeptSms(db, letterId, parent);
    Result<MailAccount> account = loadMailAccount(db);
    if (!account) {
        QMessageBox::warning(parent, title(), account.error().message);
        return std::nullopt;
    }
    if (!account->isSet()) {
        QMessageBox::information(
            parent, title(),
            Tr::tr("The shop's mail is not set up yet: the owner or an administrator fills it in "
                   "under Administration → Mail. The letter is kept on the client's timeline "
                   "and can be sent from there later."));
        return std::nullopt;
    }
    const std::optional<QString> password = mailPasswordFor(*account, parent);
    if (!password)
        return std::nullopt;
    Result<OutgoingLetter> out = takeLetter(db, letterId, *account, Take::QueuedOrFailed);
    if (!out) {
        QMessageBox::warning(parent, title(), out.error().message);
        return std::nullopt;
    }
    std::optional<SmtpError> failure;
    const SmtpAccount smtp = smtpAccount(*account, *password);
    waitFor(parent, title(), Tr::tr("Sending to %1…").arg(out->letter.toAddress),
            [&] { failure = sendMail(smtp, out->message, out->letter.messageId.toLatin1()); });
    Result<Letter> ended = recordOutcome(db, out->letter, failure);
    if (!ended) {
        QMessageBox::warning(parent, title(), ended.error().message);
        return std::nullopt;
    }
    if (ended->state == LetterState::Sent)
        return *ended;
    QString message = ended->problemText;
    if (failure && failure->problem == SmtpProblem::SignInFailed &&
        !account->login.trimmed().isEmpty()) {
        // A refused password is not offered again: the next letter asks for it.
        waitFor(parent, title(), Tr::tr("Forgetting the password…"),
                [&] { (void)forgetSecret(mailPasswordKey(*account)); });
        message += u"\n\n"_s + Tr::tr("This computer forgot the refused password and asks for "
                                      "it with the next letter.");
    }
    QMessageBox::warning(parent, title(),
                         message + u"\n\n"_s +
                             Tr::tr("The letter is kept on the client's timeline as not sent; "
                                    "open it there to send it again."));
    return *ended;
}

} // namespace kartoteka::ui
