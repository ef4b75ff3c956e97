#include "mail/LetterRepository.h"

#include "accounts/Access.h"
#include "audit/AuditLog.h"
#include "clients/InteractionRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::LetterRepository)
};

const QList<std::pair<LetterState, QString>>& stateNames()
{
    static const QList<std::pair<LetterState, QString>> names{{LetterState::Queued, u"queued"_s},
                                                              {LetterState::Sending, u"sending"_s},
                                                              {LetterState::Sent, u"sent"_s},
                                                              {LetterState::Failed, u"failed"_s},
                                                              {LetterState::Skipped, u"skipped"_s}};
    return names;
}

const QList<std::pair<LetterProblem, QString>>& problemNames()
{
    static const QList<std::pair<LetterProblem, QString>> names{
        {LetterProblem::Unreachable, u"unreachable"_s},
        {LetterProblem::TlsRefused, u"tls"_s},
        {LetterProblem::SignInFailed, u"sign-in"_s},
        {LetterProblem::AddressRefused, u"address"_s},
        {LetterProblem::Refused, u"refused"_s},
        {LetterProblem::Failed, u"failed"_s},
        {LetterProblem::NoAddress, u"no-address"_s},
        {LetterProblem::BadAddress, u"bad-address"_s},
        {LetterProblem::NoMailings, u"no-mailings"_s},
        {LetterProblem::Cancelled, u"cancelled"_s},
        {LetterProblem::SameAddress, u"same-address"_s}};
    return names;
}

template <typename E> QString nameIn(const QList<std::pair<E, QString>>& names, E value)
{
    for (const auto& [v, name] : names)
        if (v == value)
            return name;
    return {};
}

template <typename E>
std::optional<E> valueIn(const QList<std::pair<E, QString>>& names, const QString& name)
{
    for (const auto& [v, n] : names)
        if (n == name)
            return v;
    return std::nullopt;
}

const QString kSelect =
    u"SELECT l.id, l.client_id, l.deal_id, l.document_id, l.mailing_id, l.to_name, l.to_address, "
    u"l.subject, l.text, l.html, l.state, l.problem, l.problem_text, l.message_id, l.created_at, "
    u"l.created_by, COALESCE(u.name, ''), l.claimed_at, l.sent_at, COALESCE(d.title, ''), "
    u"l.version, l.channel, l.origin, l.template_name, l.attach_template FROM letters AS l JOIN "
    u"clients AS c ON c.id = l.client_id "
    u"LEFT JOIN users AS u ON u.id = l.created_by "
    u"LEFT JOIN documents AS d ON d.id = l.document_id"_s;

QDateTime utcFrom(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

Letter letterFrom(const QSqlRecord& r)
{
    Letter l;
    l.id = r.value(0).toLongLong();
    l.clientId = r.value(1).toLongLong();
    l.dealId = r.value(2).toLongLong();
    l.documentId = r.value(3).toLongLong();
    l.mailingId = r.value(4).toLongLong();
    l.toName = r.value(5).toString();
    l.toAddress = r.value(6).toString();
    l.subject = r.value(7).toString();
    l.text = r.value(8).toString();
    l.html = r.value(9).toString();
    l.state = letterStateFromName(r.value(10).toString()).value_or(LetterState::Failed);
    l.problem = letterProblemFromName(r.value(11).toString());
    l.problemText = r.value(12).toString();
    l.messageId = r.value(13).toString();
    l.createdAt = utcFrom(r.value(14));
    l.createdBy = r.value(15).toLongLong();
    l.createdByName = r.value(16).toString();
    l.claimedAt = utcFrom(r.value(17));
    l.sentAt = utcFrom(r.value(18));
    l.documentTitle = r.value(19).toString();
    l.version = r.value(20).toLongLong();
    l.channel = r.value(21).toString() == u"sms"_s ? LetterChannel::Sms : LetterChannel::Email;
    l.origin = r.value(22).toString();
    l.templateName = r.value(23).toString();
    l.attachTemplate = r.value(24).toString();
    return l;
}

Error unreachableLetter(qint64 id)
{
    return makeError(
        ErrorKind::NotFound,
        Tr::tr("There is no letter number %1, or it is to a client you do not see.").arg(id));
}

QJsonObject auditDetails(const Letter& l)
{
    QJsonObject details{{u"to"_s, l.toAddress}, {u"subject"_s, l.subject}};
    if (l.documentId != 0)
        details.insert(u"document"_s, l.documentId);
    if (l.mailingId != 0)
        details.insert(u"mailing"_s, l.mailingId);
    return details;
}

} // namespace

QString letterStateName(LetterState state)
{
    return nameIn(stateNames(), state);
}

std::optional<LetterState> letterStateFromName(const QString& name)
{
    return valueIn(stateNames(), name);
}

QString letterProblemName(LetterProblem problem)
{
    return nameIn(problemNames(), problem);
}

std::optional<LetterProblem> letterProblemFromName(const QString& name)
{
    return valueIn(problemNames(), name);
}

LetterProblem letterProblemOf(SmtpProblem problem)
{
    switch (problem) {
    case SmtpProblem::Unreachable:
        return LetterProblem::Unreachable;
    case SmtpProblem::TlsRefused:
        return LetterProblem::TlsRefused;
    case SmtpProblem::SignInFailed:
        return LetterProblem::SignInFailed;
    case SmtpProblem::AddressRefused:
        return LetterProblem::AddressRefused;
    case SmtpProblem::Refused:
        return LetterProblem::Refused;
    case SmtpProblem::Failed:
        break;
    }
    return LetterProblem::Failed;
}

QString letterProblemText(LetterProblem problem)
{
    switch (problem) {
    case LetterProblem::NoAddress:
        return Tr::tr("no address to send it to");
    case LetterProblem::BadAddress:
        return Tr::tr("the address on the card is not one a letter can go to: correct it");
    case LetterProblem::NoMailings:
        return Tr::tr("the client asked for no mailings");
    case LetterProblem::Cancelled:
        return Tr::tr("the mailing was cancelled");
    case LetterProblem::SameAddress:
        return Tr::tr("another card with the same address got the letter");
    case LetterProblem::Unreachable:
        return Tr::tr("the server could not be reached");
    case LetterProblem::TlsRefused:
        return Tr::tr("the secure connection was refused");
    case LetterProblem::SignInFailed:
        return Tr::tr("the sign-in was refused");
    case LetterProblem::AddressRefused:
        return Tr::tr("the address was refused");
    case LetterProblem::Refused:
        return Tr::tr("the letter was refused");
    case LetterProblem::Failed:
        break;
    }
    return Tr::tr("it could not be sent");
}

QString letterStateText(const Letter& l)
{
    const bool noMobile = l.channel == LetterChannel::Sms && l.problem == LetterProblem::NoAddress;
    const QString why = !l.problemText.isEmpty() ? l.problemText
                        : noMobile               ? Tr::tr("no mobile number to send it to")
                        : l.problem              ? letterProblemText(*l.problem)
                                                 : QString();
    switch (l.state) {
    case LetterState::Queued:
        return Tr::tr("waiting to be sent");
    case LetterState::Sending:
        return maySendAgain(l) ? Tr::tr("handed to the server with no answer: it may have gone")
                               : Tr::tr("being sent");
    case LetterState::Sent:
        return Tr::tr("sent");
    case LetterState::Failed:
        return Tr::tr("not sent: %1").arg(why);
    case LetterState::Skipped:
        return Tr::tr("skipped: %1").arg(why);
    }
    return {};
}

QString letterLine(const Letter& l)
{
    const QString what =
        (l.channel == LetterChannel::Sms ? l.text : l.subject).simplified().left(200);
    QStringList parts;
    if (!what.isEmpty() && !l.toAddress.isEmpty())
        parts << Tr::tr("«%1» to %2").arg(what, l.toAddress);
    else if (!what.isEmpty())
        parts << u"«%1»"_s.arg(what);
    else if (!l.toAddress.isEmpty())
        parts << Tr::tr("to %1").arg(l.toAddress);
    parts << letterStateText(l);
    return parts.join(u" — "_s);
}

bool maySendAgain(const Letter& l)
{
    switch (l.state) {
    case LetterState::Queued:
    case LetterState::Failed:
        return true;
    case LetterState::Sending:
        return l.claimedAt.isValid() &&
               l.claimedAt.secsTo(QDateTime::currentDateTimeUtc()) > kStaleSendingSeconds;
    case LetterState::Sent:
    case LetterState::Skipped:
        break;
    }
    return false;
}

Result<QList<Letter>> LetterRepository::select(const QString& where, const QVariantList& args)
{
    const ScopeSql scope = clientScope(m_db.principal(), u"c"_s);
    Result<QList<QSqlRecord>> rows =
        sql::rows(m_db.connection(),
                  kSelect + u" WHERE "_s + where + u" AND "_s + scope.sql +
                      u" ORDER BY l.created_at DESC, l.id DESC"_s,
                  args + scope.args);
    if (!rows)
        return rows.error();
    QList<Letter> letters;
    for (const QSqlRecord& r : *rows)
        letters.append(letterFrom(r));
    return letters;
}

Result<QList<Letter>> LetterRepository::forClient(qint64 clientId)
{
    return select(u"l.client_id = ?"_s, {clientId});
}

Result<QList<Letter>> LetterRepository::failedOf(qint64 mailingId)
{
    return select(u"l.mailing_id = ? AND l.state = 'failed'"_s, {mailingId});
}

Result<Letter> LetterRepository::load(qint64 id)
{
    Result<QList<Letter>> found = select(u"l.id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return unreachableLetter(id);
    return found->first();
}

Status LetterRepository::add(Transaction& tx, Letter& letter)
{
    const QString now = nowUtc();
    Result<qint64> id = sql::insertReturningId(
        tx.db(),
        u"INSERT INTO letters (client_id, deal_id, document_id, mailing_id, to_name, to_address, "
        u"subject, text, html, state, problem, problem_text, message_id, created_at, created_by, "
        u"channel, origin, template_name, attach_template) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {letter.clientId, sql::idOrNull(letter.dealId), sql::idOrNull(letter.documentId),
         sql::idOrNull(letter.mailingId), letter.toName, letter.toAddress, letter.subject,
         letter.text, letter.html, letterStateName(letter.state),
         letter.problem ? QVariant(letterProblemName(*letter.problem)) : QVariant(),
         letter.problemText, letter.messageId, now,
         sql::idOrNull(tx.database().principal().accountId),
         letter.channel == LetterChannel::Sms ? u"sms"_s : u"email"_s,
         letter.origin.isEmpty() ? QVariant() : QVariant(letter.origin), letter.templateName,
         letter.attachTemplate});
    if (!id)
        return id.error();
    letter.id = *id;
    letter.version = 1;
    letter.createdAt = utcFrom(now);
    letter.createdBy = tx.database().principal().accountId;
    tx.recordChange(kEntity, letter.id, ChangeOp::Insert);
    tx.recordChange(InteractionRepository::kEntity, letter.clientId, ChangeOp::Update);
    return {};
}

Result<QList<qint64>> LetterRepository::queuedFromRules(int limit)
{
    const ScopeSql scope = clientScope(m_db.principal(), u"c"_s);
    Result<QList<QSqlRecord>> rows =
        sql::rows(m_db.connection(),
                  u"SELECT l.id FROM letters AS l JOIN clients AS c ON c.id = l.client_id "
                  u"WHERE l.state = 'queued' AND l.origin IS NOT NULL AND "_s +
                      scope.sql + u" ORDER BY l.id LIMIT ?"_s,
                  scope.args + QVariantList{limit});
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    for (const QSqlRecord& r : *rows)
        ids.append(r.value(0).toLongLong());
    return ids;
}

Status LetterRepository::fillClaimed(const Letter& letter)
{
    return m_db.write([&](Transaction& tx) -> Status {
        if (Status s = sql::exec(tx.db(),
                                 u"UPDATE letters SET subject = ?, text = ?, html = ?, "
                                 u"document_id = ?, message_id = ?, version = version + 1 "
                                 u"WHERE id = ? AND state = 'sending'"_s,
                                 {letter.subject, letter.text, letter.html,
                                  sql::idOrNull(letter.documentId), letter.messageId, letter.id});
            !s)
            return s;
        tx.recordChange(kEntity, letter.id, ChangeOp::Update);
        return {};
    });
}

Result<Letter> LetterRepository::claim(qint64 id, Take which)
{
    Result<Letter> letter = load(id);
    if (!letter)
        return letter;
    Status claimed = m_db.write([&](Transaction& tx) -> Status {
        const QString now = nowUtc();
        // Only the one whose UPDATE finds it unclaimed sends it.
        Result<int> changed = sql::change(
            tx.db(),
            u"UPDATE letters SET state = 'sending', claimed_at = ?, version = version + 1 "
            u"WHERE id = ? AND (state = 'queued' OR (state = 'failed' AND ?))"_s,
            {now, id, which == Take::QueuedOrFailed});
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return makeError(ErrorKind::Conflict,
                             letter->state == LetterState::Skipped
                                 ? Tr::tr("This letter was left out on purpose (%1): it is not "
                                          "sent.")
                                       .arg(letterStateText(*letter))
                             : letter->state == LetterState::Failed
                                 ? Tr::tr("This letter was not sent (%1): whether to send it "
                                          "again is for a person to choose.")
                                       .arg(letter->problemText)
                                 : Tr::tr("This letter is being sent or was sent already."),
                             u"letter.taken"_s);
        letter->state = LetterState::Sending;
        letter->claimedAt = utcFrom(now);
        ++letter->version;
        tx.recordChange(kEntity, id, ChangeOp::Update);
        tx.recordChange(InteractionRepository::kEntity, letter->clientId, ChangeOp::Update);
        return {};
    });
    if (!claimed)
        return claimed.error();
    return letter;
}

Status LetterRepository::finish(qint64 id, LetterState state, std::optional<LetterProblem> problem,
                                const QString& text, const QString& action)
{
    Result<Letter> letter = load(id);
    if (!letter)
        return letter.error();
    return m_db.write([&](Transaction& tx) -> Status {
        Result<int> changed = sql::change(
            tx.db(),
            u"UPDATE letters SET state = ?, problem = ?, problem_text = ?, sent_at = ?, "
            u"version = version + 1 WHERE id = ? AND state = 'sending'"_s,
            {letterStateName(state), problem ? QVariant(letterProblemName(*problem)) : QVariant(),
             text, state == LetterState::Sent ? QVariant(nowUtc()) : QVariant(), id});
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return makeError(ErrorKind::Conflict, Tr::tr("This letter is no longer being sent."),
                             u"letter.not-sending"_s);
        tx.recordChange(kEntity, id, ChangeOp::Update);
        tx.recordChange(InteractionRepository::kEntity, letter->clientId, ChangeOp::Update);
        QJsonObject details = auditDetails(*letter);
        if (problem)
            details.insert(u"problem"_s, letterProblemName(*problem));
        return recordAudit(tx, {action, kEntity, id, letter->clientId, {}, details});
    });
}

Status LetterRepository::recordSent(qint64 id)
{
    return finish(id, LetterState::Sent, std::nullopt, {}, auditAction::kLetterSent);
}

Status LetterRepository::recordFailed(qint64 id, LetterProblem problem, const QString& text)
{
    return finish(id, LetterState::Failed, problem, text, auditAction::kLetterFailed);
}

Status LetterRepository::release(qint64 id)
{
    Result<Letter> letter = load(id);
    if (!letter)
        return letter.error();
    return m_db.write([&](Transaction& tx) -> Status {
        Result<int> changed = sql::change(
            tx.db(),
            u"UPDATE letters SET state = 'queued', claimed_at = NULL, version = version + 1 "
            u"WHERE id = ? AND state = 'sending'"_s,
            {id});
        if (!changed)
            return changed.error();
        tx.recordChange(kEntity, id, ChangeOp::Update);
        return {};
    });
}

Status LetterRepository::giveUp(qint64 id, const QString& text)
{
    return finish(id, LetterState::Failed, LetterProblem::Failed, text, auditAction::kLetterFailed);
}

} // namespace kartoteka
