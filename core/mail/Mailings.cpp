#include "mail/Mailings.h"

#include "accounts/Access.h"
#include "audit/AuditLog.h"
#include "clients/ClientExport.h"
#include "clients/PhoneNumbers.h"
#include "documents/DocumentTemplate.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlRecord>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Mailings)
};

const QString kEntity = u"mailing"_s;

Error unreachableMailing(qint64 id)
{
    return makeError(ErrorKind::NotFound,
                     Tr::tr("There is no mailing number %1, or it is someone else's.").arg(id));
}

// The mailings the principal may see and run: their own, or everyone's
// with the AllClients capability.
QString mailingScope(const Principal& who, QVariantList& args)
{
    if (who.isSystem() || who.can(Capability::AllClients))
        return u"1 = 1"_s;
    args.append(who.accountId);
    return u"m.created_by = ?"_s;
}

// The addresses (e-mails in lower case, phones as +380...) of the clients
// who asked for no mailings: the same address on another card is left out too.
Result<QSet<QString>> refusedAddresses(Database& db)
{
    Result<QList<QSqlRecord>> rows = sql::rows(
        db.connection(), u"SELECT e.email_key FROM client_emails AS e JOIN mailing_refusals AS r "
                         u"ON r.client_id = e.client_id "
                         u"UNION SELECT p.e164 FROM client_phones AS p JOIN mailing_refusals AS r "
                         u"ON r.client_id = p.client_id WHERE p.e164 <> ''"_s);
    if (!rows)
        return rows.error();
    QSet<QString> addresses;
    for (const QSqlRecord& r : *rows)
        addresses.insert(r.value(0).toString().toLower());
    return addresses;
}

// Mailing letters still waiting that now go to a client who asked for no
// mailings, or to such a client's address on another card: skipped, so that
// a refusal recorded while a mailing is paused or running holds for it.
// `where` narrows the letters (one mailing's), with `args`.
Status skipRefusedLetters(QSqlDatabase& connection, const QString& where, const QVariantList& args)
{
    return sql::exec(
        connection,
        u"UPDATE letters SET state = 'skipped', problem = ?, version = version + 1 "
        u"WHERE mailing_id IS NOT NULL AND state = 'queued' AND "_s +
            where +
            u" AND (client_id IN (SELECT client_id FROM mailing_refusals) "
            u"OR lower(to_address) IN (SELECT e.email_key FROM client_emails AS e "
            u"JOIN mailing_refusals AS r ON r.client_id = e.client_id) "
            u"OR to_address IN (SELECT p.e164 FROM client_phones AS p "
            u"JOIN mailing_refusals AS r ON r.client_id = p.client_id WHERE p.e164 <> ''))"_s,
        QVariantList{letterProblemName(LetterProblem::NoMailings)} + args);
}

Result<QSet<qint64>> refusals(Database& db)
{
    Result<QList<QSqlRecord>> rows =
        sql::rows(db.connection(), u"SELECT client_id FROM mailing_refusals"_s);
    if (!rows)
        return rows.error();
    QSet<qint64> ids;
    for (const QSqlRecord& r : *rows)
        ids.insert(r.value(0).toLongLong());
    return ids;
}

Result<DocumentTemplate> requireLetterTemplate(Database& db, const QString& name)
{
    Result<DocumentTemplate> found = TemplateRepository(db).find(name);
    if (!found)
        return found.error();
    if (!isLetterKind(found->kind))
        return makeError(ErrorKind::Invalid,
                         Tr::tr("«%1» is not a letter's template: a mailing sends a letter or a "
                                "greeting.")
                             .arg(found->name),
                         u"letter.not-a-letter"_s);
    return found;
}

LetterRequest letterRequest(const MailingRequest& request, qint64 clientId)
{
    LetterRequest r;
    r.clientId = clientId;
    r.templateName = request.templateName;
    r.subject = request.subject;
    r.text = request.text;
    r.mailing = true;
    return r;
}

QJsonObject segmentJson(const ClientListQuery& q)
{
    QJsonObject o;
    if (!q.search.trimmed().isEmpty())
        o.insert(u"search"_s, q.search.trimmed());
    const ClientFilter& f = q.filter;
    const std::pair<const char*, qint64> ids[] = {{"contact_type", f.contactTypeId},
                                                  {"status", f.statusId},
                                                  {"source", f.sourceId},
                                                  {"manager", f.managerId},
                                                  {"custom_field", f.customFieldId}};
    for (const auto& [key, id] : ids) {
        if (id != 0)
            o.insert(QString::fromLatin1(key), id);
    }
    if (!f.tag.isEmpty())
        o.insert(u"tag"_s, f.tag);
    if (!f.gender.isEmpty())
        o.insert(u"gender"_s, f.gender);
    if (f.ageFrom >= 0)
        o.insert(u"age_from"_s, f.ageFrom);
    if (f.ageTo >= 0)
        o.insert(u"age_to"_s, f.ageTo);
    if (f.birthdayThisMonth)
        o.insert(u"birthday_this_month"_s, true);
    if (f.noContactDays > 0)
        o.insert(u"no_contact_days"_s, f.noContactDays);
    if (!f.customValue.isEmpty())
        o.insert(u"custom_value"_s, f.customValue);
    if (q.archived)
        o.insert(u"archived"_s, true);
    return o;
}

std::optional<MailingState> stateFromName(const QString& name)
{
    for (const auto s : {MailingState::Sending, MailingState::Paused, MailingState::Cancelled,
                         MailingState::Done}) {
        if (mailingStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

// Sets the mailing's state from one of `from`, audited with `action`.
Status moveMailing(Database& db, qint64 id, MailingState to, const QStringList& from,
                   const QString& problem, const QString& action)
{
    if (Status s = require(db.principal(), Capability::Mailings); !s)
        return s;
    Result<MailingStatus> status = mailingStatus(db, id);
    if (!status)
        return status.error();
    return db.write([&](Transaction& tx) -> Status {
        QString fromList;
        for (const QString& f : from)
            fromList += (fromList.isEmpty() ? u"'"_s : u", '"_s) + f + u"'"_s;
        Result<int> changed = sql::change(
            tx.db(),
            u"UPDATE mailings SET state = ?, problem = ?, finished_at = ?, version = version + 1 "
            u"WHERE id = ? AND state IN ("_s +
                fromList + u")"_s,
            {mailingStateName(to), problem,
             to == MailingState::Done || to == MailingState::Cancelled ? QVariant(nowUtc())
                                                                       : QVariant(),
             id});
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return makeError(
                ErrorKind::Conflict,
                Tr::tr("The mailing is %1 already.").arg(mailingStateText(status->state)),
                u"mailing.state"_s);
        if (to == MailingState::Cancelled) {
            if (Status s =
                    sql::exec(tx.db(),
                              u"UPDATE letters SET state = 'skipped', problem = 'cancelled', "
                              u"version = version + 1 WHERE mailing_id = ? AND "
                              u"state = 'queued'"_s,
                              {id});
                !s)
                return s;
        }
        tx.recordChange(kEntity, id, ChangeOp::Update);
        if (action.isEmpty())
            return {};
        return recordAudit(
            tx, {action, kEntity, id, 0, {}, QJsonObject{{u"subject"_s, status->subject}}});
    });
}

} // namespace

QString mailingStateName(MailingState state)
{
    switch (state) {
    case MailingState::Paused:
        return u"paused"_s;
    case MailingState::Cancelled:
        return u"cancelled"_s;
    case MailingState::Done:
        return u"done"_s;
    case MailingState::Sending:
        break;
    }
    return u"sending"_s;
}

QString mailingStateText(MailingState state)
{
    switch (state) {
    case MailingState::Paused:
        return Tr::tr("paused");
    case MailingState::Cancelled:
        return Tr::tr("cancelled");
    case MailingState::Done:
        return Tr::tr("done");
    case MailingState::Sending:
        break;
    }
    return Tr::tr("sending");
}

Result<MailingPlan> planMailing(Database& db, const MailingRequest& request)
{
    if (Status s = require(db.principal(), Capability::Mailings); !s)
        return s.error();
    const bool sms = request.channel == LetterChannel::Sms;
    if (sms && request.text.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("The SMS is empty: write its text."),
                         u"letter.empty"_s);
    if (!sms) {
        if (Result<DocumentTemplate> letter = requireLetterTemplate(db, request.templateName);
            !letter)
            return letter.error();
    }
    Result<QList<ClientWithContacts>> clients = contactsToExport(db, request.segment);
    if (!clients)
        return clients.error();
    Result<QSet<qint64>> refused = refusals(db);
    if (!refused)
        return refused.error();
    Result<QSet<QString>> refusedTo = refusedAddresses(db);
    if (!refusedTo)
        return refusedTo.error();
    QSet<QString> reached; // one letter per address, whatever card has it
    MailingPlan plan;
    for (const ClientWithContacts& c : *clients) {
        MailingRecipient r{c.id, c.name, QString(), std::nullopt};
        bool unusable = false;
        if (sms) {
            for (const QString& phone : c.contacts.phones) {
                if (takesSms(phone)) {
                    r.address = phone;
                    break;
                }
            }
        } else {
            for (const QString& e : c.contacts.emails) {
                if (isMailAddress(e)) {
                    r.address = e.trimmed();
                    break;
                }
            }
            unusable = r.address.isEmpty() && !c.contacts.emails.isEmpty();
        }
        const QString key = r.address.toLower();
        if (refused->contains(c.id) || (!key.isEmpty() && refusedTo->contains(key))) {
            r.skipped = LetterProblem::NoMailings;
            ++plan.refused;
        } else if (unusable) {
            r.skipped = LetterProblem::BadAddress;
            ++plan.badAddress;
        } else if (r.address.isEmpty()) {
            r.skipped = LetterProblem::NoAddress;
            ++plan.noAddress;
        } else if (reached.contains(key)) {
            r.skipped = LetterProblem::SameAddress;
            ++plan.sameAddress;
        } else {
            reached.insert(key);
            ++plan.toSend;
        }
        plan.recipients.append(r);
    }
    return plan;
}

Result<Letter> previewMailing(Database& db, const MailingRequest& request, qint64 clientId)
{
    if (request.channel == LetterChannel::Sms)
        return draftSms(db, clientId, request.text);
    if (Result<DocumentTemplate> letter = requireLetterTemplate(db, request.templateName); !letter)
        return letter.error();
    LetterRequest preview = letterRequest(request, clientId);
    preview.preview = true;
    return draftLetter(db, preview);
}

Status checkMailingText(Database& db, const MailingRequest& request)
{
    if (request.channel == LetterChannel::Sms || !request.text.trimmed().isEmpty())
        return {};
    Result<DocumentTemplate> letter = requireLetterTemplate(db, request.templateName);
    if (!letter)
        return letter.error();
    if (asksForOwnWords(*letter))
        return makeError(ErrorKind::Invalid,
                         Tr::tr("Write the letter's text: the template «%1» has a place for it.")
                             .arg(letter->name),
                         u"letter.no-text"_s);
    return {};
}

Result<qint64> startMailing(Database& db, const MailingRequest& request,
                            const std::function<bool(int done, int total)>& onward)
{
    if (Status s = checkMailingText(db, request); !s)
        return s.error();
    Result<MailingPlan> plan = planMailing(db, request);
    if (!plan)
        return plan.error();
    if (plan->recipients.isEmpty())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The list shown has no clients: change the search or the "
                                "filters."),
                         u"mailing.nobody"_s);
    if (plan->toSend == 0)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("Nobody in this selection can be sent the letter: %1 have no "
                                "e-mail, %2 an address a letter cannot go to and %3 asked for no "
                                "mailings.")
                             .arg(plan->noAddress)
                             .arg(plan->badAddress)
                             .arg(plan->refused),
                         u"mailing.nobody"_s);
    Result<MailAccount> account = loadMailAccount(db);
    const QString domain = account ? account->fromAddress.section(u'@', 1) : QString();
    // Each letter filled in now, for the client as they are now.
    QList<Letter> letters;
    QString subject;
    int filled = 0;
    int seen = 0;
    for (const MailingRecipient& r : plan->recipients) {
        if (onward && seen++ % 50 == 0 && !onward(filled, plan->toSend))
            return makeError(ErrorKind::Cancelled,
                             Tr::tr("The mailing was not started: nothing was kept."),
                             u"mailing.not-started"_s);
        Letter letter;
        letter.channel = request.channel;
        if (r.skipped) {
            letter.clientId = r.clientId;
            letter.toName = r.name;
            letter.toAddress = r.address;
            letter.state = LetterState::Skipped;
            letter.problem = r.skipped;
        } else {
            Result<Letter> drafted = request.channel == LetterChannel::Sms
                                         ? draftSms(db, r.clientId, request.text)
                                         : draftLetter(db, letterRequest(request, r.clientId));
            if (!drafted)
                return drafted.error();
            letter = *drafted;
            letter.state = LetterState::Queued;
            ++filled;
            if (subject.isEmpty())
                // An SMS mailing is named by its text as written ({client}), not
                // as the first recipient's reads.
                subject = letter.channel == LetterChannel::Sms ? request.text.simplified().left(80)
                                                               : letter.subject;
        }
        letter.messageId =
            QString::fromLatin1(newMessageId(domain.isEmpty() ? u"kartoteka.invalid"_s : domain));
        letters.append(letter);
    }
    for (Letter& l : letters) {
        if (l.state == LetterState::Skipped) {
            l.subject = subject;
            if (l.channel == LetterChannel::Sms)
                l.text = request.text.trimmed();
        }
    }
    qint64 mailingId = 0;
    Status written = db.write([&](Transaction& tx) -> Status {
        Result<qint64> id = sql::insertReturningId(
            tx.db(),
            u"INSERT INTO mailings (template_name, subject, segment, per_minute, state, "
            u"created_at, created_by, channel) VALUES (?, ?, ?, ?, 'sending', ?, ?, ?)"_s,
            {request.templateName, subject,
             QString::fromUtf8(
                 QJsonDocument(segmentJson(request.segment)).toJson(QJsonDocument::Compact)),
             std::max(0, request.perMinute), nowUtc(),
             sql::idOrNull(tx.database().principal().accountId),
             request.channel == LetterChannel::Sms ? u"sms"_s : u"email"_s});
        if (!id)
            return id.error();
        mailingId = *id;
        for (Letter& l : letters) {
            l.mailingId = mailingId;
            if (Status s = LetterRepository::add(tx, l); !s)
                return s;
        }
        tx.recordChange(kEntity, mailingId, ChangeOp::Insert);
        return recordAudit(tx, {auditAction::kMailingStart,
                                kEntity,
                                mailingId,
                                0,
                                {},
                                QJsonObject{{u"template"_s, request.templateName},
                                            {u"subject"_s, subject},
                                            {u"letters"_s, plan->toSend},
                                            {u"skipped"_s, plan->noAddress + plan->refused}}});
    });
    if (!written)
        return written.error();
    return mailingId;
}

Result<MailingStatus> mailingStatus(Database& db, qint64 id)
{
    QVariantList args{id};
    const QString scope = mailingScope(db.principal(), args);
    Result<QList<QSqlRecord>> rows =
        sql::rows(db.connection(),
                  u"SELECT m.id, m.template_name, m.subject, m.state, m.per_minute, m.problem, "
                  u"m.created_at, COALESCE(u.name, ''), m.channel FROM mailings AS m "
                  u"LEFT JOIN users AS u ON u.id = m.created_by WHERE m.id = ? AND "_s +
                      scope,
                  args);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return unreachableMailing(id);
    const QSqlRecord& r = rows->first();
    MailingStatus s;
    s.id = r.value(0).toLongLong();
    s.templateName = r.value(1).toString();
    s.subject = r.value(2).toString();
    s.state = stateFromName(r.value(3).toString()).value_or(MailingState::Paused);
    s.perMinute = r.value(4).toInt();
    s.problem = r.value(5).toString();
    s.createdAt = QDateTime::fromString(r.value(6).toString(), Qt::ISODateWithMs);
    s.createdAt.setTimeSpec(Qt::UTC);
    s.createdByName = r.value(7).toString();
    s.channel = r.value(8).toString() == u"sms"_s ? LetterChannel::Sms : LetterChannel::Email;
    Result<QList<QSqlRecord>> counts =
        sql::rows(db.connection(),
                  u"SELECT state, problem, COUNT(*) FROM letters WHERE mailing_id = ? "
                  u"GROUP BY state, problem"_s,
                  {id});
    if (!counts)
        return counts.error();
    for (const QSqlRecord& c : *counts) {
        const int n = c.value(2).toInt();
        switch (letterStateFromName(c.value(0).toString()).value_or(LetterState::Failed)) {
        case LetterState::Queued:
            s.queued += n;
            break;
        case LetterState::Sending:
            s.sending += n;
            break;
        case LetterState::Sent:
            s.sent += n;
            break;
        case LetterState::Failed:
            s.failed += n;
            break;
        case LetterState::Skipped:
            s.skipped += n;
            if (c.value(1).toString() == letterProblemName(LetterProblem::Cancelled))
                s.cancelled += n;
            break;
        }
    }
    return s;
}

Result<QList<MailingStatus>> listMailings(Database& db)
{
    QVariantList args;
    const QString scope = mailingScope(db.principal(), args);
    Result<QList<QSqlRecord>> ids = sql::rows(
        db.connection(),
        u"SELECT m.id FROM mailings AS m WHERE "_s + scope + u" ORDER BY m.id DESC"_s, args);
    if (!ids)
        return ids.error();
    QList<MailingStatus> all;
    for (const QSqlRecord& r : *ids) {
        Result<MailingStatus> s = mailingStatus(db, r.value(0).toLongLong());
        if (!s)
            return s.error();
        all.append(*s);
    }
    return all;
}

Result<MailingStatus> runMailing(Database& db, qint64 id, const Senders& senders,
                                 MailingControl& control)
{
    if (Status s = require(db.principal(), Capability::Mailings); !s)
        return s.error();
    Result<MailingStatus> status = mailingStatus(db, id);
    if (!status)
        return status.error();
    if (status->state == MailingState::Paused) {
        if (Status s = moveMailing(db, id, MailingState::Sending, {u"paused"_s}, {}, {}); !s)
            return s.error();
    } else if (status->state != MailingState::Sending) {
        return makeError(ErrorKind::Conflict,
                         Tr::tr("The mailing is %1 already.").arg(mailingStateText(status->state)),
                         u"mailing.state"_s);
    }
    // Refusals recorded since the letters were kept (by anyone, on any PC).
    if (Status s = db.write([&](Transaction& tx) {
            return skipRefusedLetters(tx.db(), u"mailing_id = ?"_s, {id});
        });
        !s)
        return s.error();
    const ScopeSql scope = clientScope(db.principal(), u"c"_s);
    const qint64 intervalMs = status->perMinute > 0 ? 60'000 / status->perMinute : 0;
    // The limit holds for the mailing, not for this run: the last letter any
    // program handed over counts (this one before a pause, a colleague's PC
    // resuming it too). Never more than one interval, whatever the clocks say.
    const auto untilNext = [&]() -> Result<qint64> {
        if (intervalMs <= 0)
            return 0;
        Result<QVariant> last = sql::scalar(
            db.connection(), u"SELECT MAX(claimed_at) FROM letters WHERE mailing_id = ?"_s, {id});
        if (!last)
            return last.error();
        if (last->isNull())
            return 0;
        QDateTime at = QDateTime::fromString(last->toString(), Qt::ISODateWithMs);
        at.setTimeSpec(Qt::UTC);
        return std::clamp<qint64>(intervalMs - at.msecsTo(QDateTime::currentDateTimeUtc()), 0,
                                  intervalMs);
    };
    const auto stopped = [&] { return control.cancel.load() || control.pause.load(); };
    for (;;) {
        if (control.cancel) {
            if (Status s = cancelMailing(db, id); !s && s.error().kind != ErrorKind::Conflict)
                return s.error();
            break;
        }
        if (control.pause) {
            if (Status s = pauseMailing(db, id); !s && s.error().kind != ErrorKind::Conflict)
                return s.error();
            break;
        }
        // Paused or cancelled by someone else: stop after the letter sent.
        Result<QVariant> state =
            sql::scalar(db.connection(), u"SELECT state FROM mailings WHERE id = ?"_s, {id});
        if (!state)
            return state.error();
        if (state->toString() != mailingStateName(MailingState::Sending))
            break;
        Result<QVariant> next = sql::scalar(
            db.connection(),
            u"SELECT MIN(l.id) FROM letters AS l JOIN clients AS c ON c.id = l.client_id "
            u"WHERE l.mailing_id = ? AND l.state = 'queued' AND "_s +
                scope.sql,
            QVariantList{id} + scope.args);
        if (!next)
            return next.error();
        if (next->isNull()) {
            if (Status s = moveMailing(db, id, MailingState::Done, {u"sending"_s}, {},
                                       auditAction::kMailingDone);
                !s && s.error().kind != ErrorKind::Conflict)
                return s.error();
            break;
        }
        // The limit per minute: a pause between letters, watching the control.
        Result<qint64> wait = untilNext();
        if (!wait)
            return wait.error();
        for (const QDeadlineTimer due(*wait); !due.hasExpired() && !stopped();)
            QThread::msleep(std::min<qint64>(100, due.remainingTime()));
        if (stopped())
            continue;
        // One letter: claimed, handed over, recorded; an account that
        // failed (nothing went) puts it back and pauses the mailing.
        Result<SendStep> step = sendWaiting(db, next->toLongLong(), status->channel, senders);
        if (!step)
            return step.error();
        if (step->outcome == SendStep::AccountFailed) {
            if (Status s =
                    moveMailing(db, id, MailingState::Paused, {u"sending"_s}, step->problem, {});
                !s && s.error().kind != ErrorKind::Conflict)
                return s.error();
            break;
        }
        if (control.progress) {
            if (Result<MailingStatus> now = mailingStatus(db, id); now)
                control.progress(*now);
        }
    }
    return mailingStatus(db, id);
}

Status pauseMailing(Database& db, qint64 id)
{
    return moveMailing(db, id, MailingState::Paused, {u"sending"_s}, {}, {});
}

Status cancelMailing(Database& db, qint64 id)
{
    return moveMailing(db, id, MailingState::Cancelled, {u"sending"_s, u"paused"_s}, {},
                       auditAction::kMailingCancel);
}

Result<bool> refusesMailings(Database& db, qint64 clientId)
{
    if (Result<Client> client = ClientRepository(db).load(clientId); !client)
        return client.error();
    Result<QVariant> found =
        sql::scalar(db.connection(), u"SELECT COUNT(*) FROM mailing_refusals WHERE client_id = ?"_s,
                    {clientId});
    if (!found)
        return found.error();
    return found->toInt() > 0;
}

Status setRefusesMailings(Database& db, qint64 clientId, bool refuses)
{
    Result<bool> now = refusesMailings(db, clientId);
    if (!now)
        return now.error();
    if (*now == refuses)
        return {};
    return db.write([&](Transaction& tx) -> Status {
        const Status changed =
            refuses ? sql::exec(
                          tx.db(),
                          u"INSERT INTO mailing_refusals (client_id, set_at, set_by) "
                          u"VALUES (?, ?, ?) ON CONFLICT (client_id) DO NOTHING"_s,
                          {clientId, nowUtc(), sql::idOrNull(tx.database().principal().accountId)})
                    : sql::exec(tx.db(), u"DELETE FROM mailing_refusals WHERE client_id = ?"_s,
                                {clientId});
        if (!changed)
            return changed;
        if (refuses) {
            if (Status s = skipRefusedLetters(tx.db(), u"1 = 1"_s, {}); !s)
                return s;
        }
        tx.recordChange(ClientRepository::kEntity, clientId, ChangeOp::Update);
        return recordAudit(tx, {auditAction::changeAction(ClientRepository::kEntity, u"update"_s),
                                ClientRepository::kEntity,
                                clientId,
                                clientId,
                                {FieldChange{u"no_mailings"_s, refuses ? u"0"_s : u"1"_s,
                                             refuses ? u"1"_s : u"0"_s}},
                                {}});
    });
}

} // namespace kartoteka
