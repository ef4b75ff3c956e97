#include "mail/Letters.h"

#include "accounts/Accounts.h"
#include "clients/ClientChecks.h"
#include "clients/ClientRepository.h"
#include "clients/ClientSettings.h"
#include "clients/PhoneNumbers.h"
#include "deals/DealRepository.h"
#include "documents/DocumentFields.h"
#include "documents/DocumentRepository.h"
#include "documents/Documents.h"
#include "documents/ShopDetails.h"
#include "firstrun/ShopProfile.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Letters)
};

Error invalid(const QString& message, const QString& key)
{
    return makeError(ErrorKind::Invalid, message, key);
}

// A document's pictures (the logo, the signature) are the PDF's own; a
// letter goes without them rather than with links no mail program opens.
QString withoutDocumentPictures(const QString& html)
{
    static const QRegularExpression picture(uR"(<img[^>]*src="kartoteka:[^"]*"[^>]*>)"_s);
    return QString(html).remove(picture);
}

// The letter's plain part, as a mail program without HTML shows it:
// paragraphs apart by an empty line, a paragraph's own line breaks kept.
QString plainTextOf(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    QStringList paragraphs;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text().replace(QChar::LineSeparator, u'\n').trimmed();
        if (!text.isEmpty())
            paragraphs.append(text);
    }
    return paragraphs.join(u"\n\n"_s);
}

// Who writes, as a letter ends: the person, the shop, its phone and e-mail.
QString signatureOf(Database& db)
{
    // A base without accounts (or the program itself) has no person to sign.
    const Principal& who = db.principal();
    QStringList lines{who.accountId != 0 ? who.name.trimmed() : QString()};
    const Result<ShopProfile> shop = loadShopProfile(db);
    const Result<ShopDetails> details = loadShopDetails(db);
    if (shop && details)
        lines << u"%1 %2"_s.arg(details->legalForm, shop->name).trimmed()
              << u"%1 %2"_s.arg(details->phone, details->email).trimmed();
    lines.removeAll(QString());
    return lines.join(u'\n');
}

// The template filled in for the client: subject and HTML.
Status fillFromTemplate(Database& db, const LetterRequest& request, Letter& letter)
{
    // The kind first: an invoice's template would ask for a deal before
    // saying it is not a letter.
    Result<DocumentTemplate> found = TemplateRepository(db).find(request.templateName);
    if (!found)
        return found.error();
    if (!isLetterKind(found->kind))
        return invalid(Tr::tr("«%1» is not a letter's template: choose a letter or a greeting, "
                              "and attach the document to it.")
                           .arg(found->name),
                       u"letter.not-a-letter"_s);
    // A template with a place for one's own words never goes with its reminder there.
    if (!request.preview && request.text.trimmed().isEmpty() && asksForOwnWords(*found))
        return invalid(Tr::tr("Write the letter's text: the template «%1» has a place for it.")
                           .arg(found->name),
                       u"letter.no-text"_s);
    DocumentRequest documentRequest;
    documentRequest.templateName = request.templateName;
    documentRequest.clientId = request.clientId;
    documentRequest.dealId = request.dealId;
    documentRequest.text = request.text;
    Result<DocumentDraft> draft = draftDocument(db, documentRequest);
    if (!draft)
        return draft.error();
    Result<QString> subject =
        fillTemplate(draft->documentTemplate.subject,
                     documentFields(draft->source, draft->documentTemplate.language));
    if (!subject)
        return subject.error();
    letter.subject =
        request.subject.trimmed().isEmpty() ? subject->simplified() : request.subject.simplified();
    if (letter.subject.isEmpty())
        letter.subject = draft->documentTemplate.name;
    letter.html = withoutDocumentPictures(draft->html);
    if (request.mailing)
        letter.html += unsubscribeHtml(draft->documentTemplate.language);
    letter.text = plainTextOf(letter.html);
    return {};
}

} // namespace

Result<MailAddress> letterAddress(Database& db, qint64 clientId, const QString& requested)
{
    Result<Client> client = ClientRepository(db).load(clientId);
    if (!client)
        return client.error();
    MailAddress to{client->displayName(), requested.trimmed()};
    if (to.address.isEmpty() && !client->emails.isEmpty())
        to.address = client->emails.first().address.trimmed();
    if (to.address.isEmpty())
        return invalid(Tr::tr("%1 has no e-mail address: add one to the card first.").arg(to.name),
                       u"letter.no-address"_s);
    if (mixesAlphabets(to.address))
        return invalid(Tr::tr("«%1» mixes Cyrillic and Latin letters, as a slip of the keyboard "
                              "layout does: correct the address on the card.")
                           .arg(to.address),
                       u"letter.mixed-alphabets"_s);
    if (!looksLikeEmail(to.address.trimmed()))
        return invalid(Tr::tr("«%1» is not an e-mail address (name@example.com): correct it on "
                              "the card.")
                           .arg(to.address),
                       u"letter.bad-address"_s);
    if (!isMailAddress(to.address))
        return invalid(Tr::tr("«%1» is not an e-mail address Kartoteka can send to (the part "
                              "before @ must be in Latin letters).")
                           .arg(to.address),
                       u"letter.bad-address"_s);
    return to;
}

Result<Letter> draftLetter(Database& db, const LetterRequest& request)
{
    Result<MailAddress> to = letterAddress(db, request.clientId, request.toAddress);
    if (!to)
        return to.error();
    Letter letter;
    letter.clientId = request.clientId;
    letter.dealId = request.dealId;
    letter.documentId = request.documentId;
    letter.toName = to->name;
    letter.toAddress = to->address;
    if (request.dealId != 0) {
        Result<Deal> deal = DealRepository(db).load(request.dealId);
        if (!deal)
            return deal.error();
        if (deal->clientId != request.clientId)
            return invalid(Tr::tr("The deal «%1» is another client's.").arg(deal->title),
                           u"letter.other-deal"_s);
    }
    if (request.documentId != 0) {
        Result<IssuedDocument> document = DocumentRepository(db).load(request.documentId);
        if (!document)
            return document.error();
        if (document->clientId != request.clientId)
            return invalid(Tr::tr("«%1» was issued for another client.").arg(document->title),
                           u"letter.other-client"_s);
        letter.documentTitle = document->title;
    }
    if (!request.templateName.trimmed().isEmpty()) {
        if (Status s = fillFromTemplate(db, request, letter); !s)
            return s.error();
    } else {
        letter.subject = request.subject.simplified();
        letter.text = request.text.trimmed();
        if (!letter.documentTitle.isEmpty()) {
            if (letter.subject.isEmpty())
                letter.subject = letter.documentTitle;
            // A document never goes without a word, signed as the shop's letters are.
            if (letter.text.isEmpty())
                letter.text = Tr::tr("Good day!\n\nPlease find «%1» attached.\n\nKind regards,\n%2")
                                  .arg(letter.documentTitle, signatureOf(db));
        }
    }
    if (letter.subject.isEmpty())
        return invalid(Tr::tr("The letter needs a subject."), u"letter.no-subject"_s);
    if (letter.text.isEmpty() && letter.documentId == 0)
        return invalid(Tr::tr("The letter is empty: write its text or choose a template."),
                       u"letter.empty"_s);
    return letter;
}

Status queueLetter(Database& db, Letter& letter)
{
    letter.state = LetterState::Queued;
    if (letter.messageId.isEmpty()) {
        // Kept with the letter, so that a retry is the same letter to a mail program.
        Result<MailAccount> account = loadMailAccount(db);
        const QString domain = account ? account->fromAddress.section(u'@', 1) : QString();
        letter.messageId =
            QString::fromLatin1(newMessageId(domain.isEmpty() ? u"kartoteka.invalid"_s : domain));
    }
    return db.write([&](Transaction& tx) { return LetterRepository::add(tx, letter); });
}

// A rule's letter filled in for its client now: its template, its own words,
// and the document issued from the deal when the rule attaches one.
// The message of a letter claimed already: from the shop's account, to
// the client, the document's PDF attached.
static Result<OutgoingLetter> messageOf(Database& db, const Letter& claimed,
                                        const MailAccount& account)
{
    LetterRepository letters(db);
    OutgoingLetter out;
    out.letter = claimed;
    MailMessage& m = out.message;
    QString fromName = account.fromName.trimmed();
    if (fromName.isEmpty()) {
        Result<ShopProfile> shop = loadShopProfile(db);
        if (shop)
            fromName = shop->name;
    }
    m.from = {fromName, account.fromAddress.trimmed()};
    m.to = {{claimed.toName, claimed.toAddress}};
    // A mailing's letter says where to ask for no more (a mail program shows
    // "Unsubscribe"); the reply is recorded on the card as "No mailings".
    if (claimed.mailingId != 0)
        m.unsubscribeAddress = account.fromAddress.trimmed();
    m.subject = claimed.subject;
    m.text = claimed.text;
    m.html = claimed.html;
    if (claimed.documentId != 0) {
        Result<QByteArray> pdf = DocumentRepository(db).pdf(claimed.documentId);
        if (!pdf) {
            // Nothing went: the letter waits for a retry with the reason.
            (void)letters.recordFailed(claimed.id, LetterProblem::Failed, pdf.error().message);
            return pdf.error();
        }
        QString fileName = claimed.documentTitle;
        fileName.replace(QRegularExpression(uR"([\\/:*?"<>|])"_s), u"-"_s);
        m.attachments = {{fileName + u".pdf"_s, "application/pdf", *pdf}};
    }
    return out;
}

static Status fillRuleLetter(Database& db, Letter& letter)
{
    if (!letter.attachTemplate.isEmpty() && letter.documentId == 0) {
        DocumentRequest request;
        request.templateName = letter.attachTemplate;
        request.dealId = letter.dealId;
        request.clientId = letter.clientId;
        Result<DocumentDraft> draft = draftDocument(db, request);
        if (!draft)
            return draft.error();
        Result<IssuedDocument> issued = issueDocument(db, *draft);
        if (!issued)
            return issued.error();
        letter.documentId = issued->id;
    }
    LetterRequest request;
    request.clientId = letter.clientId;
    request.dealId = letter.dealId;
    request.templateName = letter.templateName;
    request.text = letter.text;
    request.toAddress = letter.toAddress;
    request.documentId = letter.documentId;
    Result<Letter> drafted = draftLetter(db, request);
    if (!drafted)
        return drafted.error();
    letter.subject = drafted->subject;
    letter.text = drafted->text;
    letter.html = drafted->html;
    return LetterRepository(db).fillClaimed(letter);
}

Result<OutgoingLetter> takeLetter(Database& db, qint64 id, const MailAccount& account, Take which)
{
    if (!account.isSet())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The shop's mail is not set up: fill in Administration → Mail."),
                         u"mail.not-set"_s);
    LetterRepository letters(db);
    Result<Letter> claimed = letters.claim(id, which);
    if (!claimed)
        return claimed.error();
    if (claimed->subject.isEmpty() && !claimed->templateName.isEmpty()) {
        // A rule's letter is filled in as it goes (then kept so).
        Letter letter = *claimed;
        // Queued inside the rule's transaction without the account at hand:
        // its Message-ID takes the shop's domain now (an odd one reads as spam).
        const QString domain = account.fromAddress.trimmed().section(u'@', 1);
        if (letter.messageId.endsWith(u"@kartoteka.invalid>"_s) && !domain.isEmpty())
            letter.messageId = QString::fromLatin1(newMessageId(domain));
        if (Status filled = fillRuleLetter(db, letter); !filled) {
            // Nothing went: kept with why, to be sent again.
            (void)letters.recordFailed(id, LetterProblem::Failed, filled.error().message);
            return filled.error();
        }
        claimed = letters.load(id);
        if (!claimed)
            return claimed.error();
    }
    return messageOf(db, *claimed, account);
}

Result<Letter> recordOutcome(Database& db, const Letter& letter,
                             const std::optional<SmtpError>& failure)
{
    LetterRepository letters(db);
    const Status recorded = failure
                                ? letters.recordFailed(letter.id, letterProblemOf(failure->problem),
                                                       failure->error.message)
                                : letters.recordSent(letter.id);
    if (!recorded)
        return recorded.error();
    return letters.load(letter.id);
}

Result<Letter> sendLetter(Database& db, qint64 id, const MailAccount& account,
                          const SmtpAccount& smtp, Take which)
{
    Result<OutgoingLetter> out = takeLetter(db, id, account, which);
    if (!out)
        return out.error();
    const std::optional<SmtpError> failure =
        sendMail(smtp, out->message, out->letter.messageId.toLatin1());
    return recordOutcome(db, out->letter, failure);
}

Result<QString> smsPhone(Database& db, qint64 clientId, const QString& requested)
{
    Result<Client> client = ClientRepository(db).load(clientId);
    if (!client)
        return client.error();
    if (!requested.trimmed().isEmpty()) {
        const QString e164 = normalizePhone(requested, phoneRegion(db)).e164;
        if (e164.isEmpty())
            return invalid(Tr::tr("«%1» is not a phone number an SMS can go to.").arg(requested),
                           u"letter.bad-phone"_s);
        if (!takesSms(e164))
            return invalid(
                Tr::tr("«%1» is a landline: an SMS goes to a mobile number.").arg(requested),
                u"letter.landline"_s);
        return e164;
    }
    for (const Phone& p : client->phones) {
        if (takesSms(p.e164))
            return p.e164;
    }
    return invalid(Tr::tr("%1 has no mobile number an SMS can go to: add one to the card first.")
                       .arg(client->displayName()),
                   u"letter.no-phone"_s);
}

Result<Letter> draftSms(Database& db, qint64 clientId, const QString& text, const QString& phone)
{
    Result<QString> to = smsPhone(db, clientId, phone);
    if (!to)
        return to.error();
    if (text.trimmed().isEmpty())
        return invalid(Tr::tr("The SMS is empty: write its text."), u"letter.empty"_s);
    Result<Client> client = ClientRepository(db).load(clientId);
    if (!client)
        return client.error();
    Letter sms;
    sms.channel = LetterChannel::Sms;
    sms.clientId = clientId;
    sms.toName = client->displayName();
    sms.toAddress = *to;
    // The names read as in the rules' SMS, so one text serves both.
    QString filled = text.trimmed();
    filled.replace(kClientPlaceholder, client->displayName());
    if (filled.contains(kManagerPlaceholder))
        filled.replace(kManagerPlaceholder, accountName(db, client->managerId));
    sms.text = filled.trimmed();
    return sms;
}

Result<Letter> recordSmsOutcome(Database& db, const Letter& letter,
                                const std::optional<SmsError>& failure)
{
    LetterRepository letters(db);
    const Status recorded =
        failure ? letters.recordFailed(
                      letter.id,
                      failure->problem == SmsProblem::Unreachable    ? LetterProblem::Unreachable
                      : failure->problem == SmsProblem::Refused      ? LetterProblem::Refused
                      : failure->problem == SmsProblem::SignInFailed ? LetterProblem::SignInFailed
                                                                     : LetterProblem::Failed,
                      failure->error.message)
                : letters.recordSent(letter.id);
    if (!recorded)
        return recorded.error();
    return letters.load(letter.id);
}

Result<Letter> sendSmsLetter(Database& db, qint64 id, const SmsGateway& gateway,
                             const QString& token, Take which)
{
    if (!gateway.isSet())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The shop's SMS service is not set up: fill in Administration → "
                                "SMS."),
                         u"sms.not-set"_s);
    Result<Letter> claimed = LetterRepository(db).claim(id, which);
    if (!claimed)
        return claimed.error();
    return recordSmsOutcome(db, *claimed,
                            sendSms(gateway, token, claimed->toAddress, claimed->text));
}

Senders keptSenders(Database& db)
{
    Senders senders;
    if (Result<MailAccount> account = loadMailAccount(db); account && account->isSet()) {
        if (Result<QString> password = mailPassword(*account); password) {
            senders.account = *account;
            senders.smtp = smtpAccount(*account, *password);
        }
    }
    if (Result<SmsGateway> gateway = loadSmsGateway(db); gateway && gateway->isSet()) {
        senders.gateway = *gateway;
        Result<QString> token = smsToken(*gateway);
        senders.smsToken = token ? *token : QString();
    }
    return senders;
}

Result<SendStep> sendWaiting(Database& db, qint64 id, LetterChannel channel, const Senders& senders)
{
    LetterRepository letters(db);
    const auto accountFailed = [&](const QString& why, bool signIn) -> Result<SendStep> {
        if (Status s = letters.release(id); !s)
            return s.error();
        return SendStep{SendStep::AccountFailed, why, signIn};
    };
    const auto ended = [](const Result<Letter>& letter) -> Result<SendStep> {
        if (!letter)
            return letter.error();
        return SendStep{letter->state == LetterState::Sent ? SendStep::Sent : SendStep::NotSent,
                        {}};
    };
    if (channel == LetterChannel::Sms) {
        Result<Letter> claimed = letters.claim(id);
        if (!claimed) {
            if (claimed.error().kind == ErrorKind::Conflict)
                return SendStep{SendStep::Taken, {}};
            return claimed.error();
        }
        const std::optional<SmsError> failure =
            sendSms(senders.gateway, senders.smsToken, claimed->toAddress, claimed->text);
        if (failure &&
            (failure->problem == SmsProblem::Unreachable || failure->problem == SmsProblem::NoKey ||
             failure->problem == SmsProblem::SignInFailed))
            return accountFailed(failure->error.message,
                                 failure->problem == SmsProblem::SignInFailed);
        return ended(recordSmsOutcome(db, *claimed, failure));
    }
    Result<OutgoingLetter> out = takeLetter(db, id, senders.account);
    if (!out) {
        if (out.error().kind == ErrorKind::Conflict)
            return SendStep{SendStep::Taken, {}};
        // A rule's letter that could not be filled in (a template gone, a
        // deal without lines) is kept as not sent with why.
        if (Result<Letter> now = letters.load(id); now && now->state == LetterState::Failed)
            return SendStep{SendStep::NotSent, {}};
        return out.error();
    }
    const std::optional<SmtpError> failure =
        sendMail(senders.smtp, out->message, out->letter.messageId.toLatin1());
    if (failure && (failure->problem == SmtpProblem::Unreachable ||
                    failure->problem == SmtpProblem::TlsRefused ||
                    failure->problem == SmtpProblem::SignInFailed))
        return accountFailed(failure->error.message, failure->problem == SmtpProblem::SignInFailed);
    return ended(recordOutcome(db, out->letter, failure));
}

Result<OutboxReport> sendRuleLetters(Database& db, const Senders& senders)
{
    LetterRepository letters(db);
    Result<QList<qint64>> queued = letters.queuedFromRules();
    if (!queued)
        return queued.error();
    OutboxReport report;
    // A channel whose account failed is not tried again this run: its
    // letters wait for the next (the window runs the outbox every minute).
    bool mailDown = !senders.account.isSet();
    bool smsDown = !senders.gateway.isSet();
    for (const qint64 id : *queued) {
        Result<Letter> kept = letters.load(id);
        if (!kept)
            return kept.error();
        const bool sms = kept->channel == LetterChannel::Sms;
        if (sms ? smsDown : mailDown) {
            ++report.waiting;
            continue;
        }
        Result<SendStep> step = sendWaiting(db, id, kept->channel, senders);
        if (!step)
            return step.error();
        switch (step->outcome) {
        case SendStep::Sent:
            ++report.sent;
            break;
        case SendStep::NotSent:
            ++report.failed;
            break;
        case SendStep::Taken:
            break;
        case SendStep::AccountFailed:
            ++report.waiting;
            report.problem = step->problem;
            report.signInRefused = report.signInRefused || step->signInRefused;
            (sms ? smsDown : mailDown) = true;
            break;
        }
    }
    return report;
}

} // namespace kartoteka
