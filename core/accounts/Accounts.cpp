#include "accounts/Accounts.h"

#include "accounts/Passwords.h"
#include "accounts/ServerLogins.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSqlRecord>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Accounts)
};

const QString kClientEntity = u"client"_s;
const QString kDealEntity = u"deal"_s;

const QString kAccountColumns =
    u"SELECT id, COALESCE(login, ''), name, role, active, password_hash IS NOT NULL, "
    u"must_change_password, version FROM users"_s;

Account accountFrom(const QSqlRecord& r)
{
    Account a;
    a.id = r.value(0).toLongLong();
    a.login = r.value(1).toString();
    a.name = r.value(2).toString();
    a.role = roleFromName(r.value(3).toString()).value_or(Role::Manager);
    a.active = r.value(4).toBool();
    a.hasPassword = r.value(5).toBool();
    a.mustChangePassword = r.value(6).toBool();
    a.version = r.value(7).toLongLong();
    return a;
}

Error accountNotFound(const QString& what)
{
    return makeError(ErrorKind::NotFound, Tr::tr("There is no account %1.").arg(what));
}

Status changed(Result<int> rows, qint64 id)
{
    if (!rows)
        return rows.error();
    if (*rows == 0)
        return accountNotFound(QString::number(id));
    return Status::success();
}

// Updates one account's row, bumping its version, and feeds the change.
Status updateAccount(Transaction& tx, qint64 id, const QString& assignments, QVariantList args)
{
    args.append(id);
    if (Status s = changed(sql::change(tx.db(),
                                       u"UPDATE users SET "_s + assignments +
                                           u", version = version + 1 WHERE id = ?"_s,
                                       args),
                           id);
        !s)
        return s;
    tx.recordChange(Accounts::kEntity, id, ChangeOp::Update);
    return Status::success();
}

// What users.password_hash keeps for `password`: the Argon2id hash on a
// file, only the marker on a server, which checks passwords itself.
Result<QString> storedPassword(const Database& db, const QString& password)
{
    if (db.backend() == Backend::PostgreSql)
        return kServerChecksPassword;
    return hashPassword(password);
}

// The password check of sign-in and password change: against the hash on a
// file, by the server (a connection as the account's login role) on a server.
bool passwordIsRight(const Database& db, const QString& login, const QVariant& stored,
                     const QString& password)
{
    if (db.backend() == Backend::PostgreSql)
        return bool(checkServerPassword(db, login, password));
    return verifyPassword(stored.toString(), password);
}

// Whether signing in as `login` moves the connection of `db` to that
// account's login role: on a server whose connection is a person's (the
// window's, a command's --user), so that the server's limits follow whoever
// signs in at it. Connecting as the new role is then the password's check.
// The administrator's own connection (the address's user) stays theirs.
bool movesServerConnection(const Database& db, const QString& login)
{
    return db.backend() == Backend::PostgreSql && !db.serverLogin().isEmpty() &&
           db.serverLogin() != login;
}

// The login role that goes with an account's password on a server (nothing
// on a file), in the same transaction as the account's row.
Status updateServerLogin(Transaction& tx, const QString& login, const QString& password,
                         bool enabled)
{
    if (tx.database().backend() != Backend::PostgreSql || login.isEmpty())
        return Status::success();
    return setServerLogin(tx.db(), foldedLogin(login), password, enabled);
}

Status renameLoginRole(Transaction& tx, const Account& account, const QString& login)
{
    if (tx.database().backend() != Backend::PostgreSql || account.login.isEmpty() ||
        foldedLogin(account.login) == foldedLogin(login))
        return Status::success();
    return renameServerLogin(tx.db(), foldedLogin(account.login), foldedLogin(login));
}

} // namespace

QString foldedLogin(const QString& login)
{
    return login.trimmed().toLower();
}

QString accountName(Database& db, qint64 id)
{
    if (id == 0)
        return {};
    Result<Account> account = Accounts(db).byId(id);
    return account ? account->name : QString();
}

std::chrono::seconds signInDelay(int failures)
{
    if (failures < kFreeSignInFailures)
        return std::chrono::seconds(0);
    const int doublings = std::min(failures - kFreeSignInFailures + 1, 20);
    return std::min(std::chrono::seconds(qint64(1) << doublings), kMaxSignInDelay);
}

Result<bool> Accounts::needsOwner()
{
    Result<QVariant> owners = sql::scalar(
        m_db.connection(), u"SELECT count(*) FROM users WHERE role = 'owner' AND active = 1 "
                           u"AND password_hash IS NOT NULL AND login IS NOT NULL"_s);
    if (!owners)
        return owners.error();
    return owners->toInt() == 0;
}

Result<bool> Accounts::signInRequired()
{
    Result<bool> none = needsOwner();
    if (!none)
        return none.error();
    return !*none;
}

Result<QList<Account>> Accounts::list(bool includeInactive)
{
    Result<QList<QSqlRecord>> rows = sql::rows(
        m_db.connection(), kAccountColumns + (includeInactive ? u""_s : u" WHERE active = 1"_s) +
                               u" ORDER BY active DESC, lower(name), id"_s);
    if (!rows)
        return rows.error();
    QList<Account> accounts;
    for (const QSqlRecord& r : *rows)
        accounts.append(accountFrom(r));
    return accounts;
}

Result<Account> Accounts::byId(qint64 id)
{
    Result<QList<QSqlRecord>> rows =
        sql::rows(m_db.connection(), kAccountColumns + u" WHERE id = ?"_s, {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return accountNotFound(QString::number(id));
    return accountFrom(rows->first());
}

Result<Account> Accounts::byLogin(const QString& login)
{
    Result<QList<QSqlRecord>> rows =
        sql::rows(m_db.connection(), kAccountColumns + u" WHERE login = ?"_s, {foldedLogin(login)});
    if (!rows)
        return rows.error();
    if (rows->isEmpty()) {
        // Logins made by the upgrade to accounts were lowered by SQLite,
        // which folds only ASCII ("Олена.Коваль"): compare them folded here.
        Result<QList<QSqlRecord>> all =
            sql::rows(m_db.connection(), kAccountColumns + u" WHERE login IS NOT NULL"_s);
        if (!all)
            return all.error();
        for (const QSqlRecord& r : *all)
            if (foldedLogin(r.value(1).toString()) == foldedLogin(login))
                return accountFrom(r);
        return accountNotFound(login.trimmed());
    }
    return accountFrom(rows->first());
}

Status checkLoginFormat(const QString& login)
{
    const QString folded = foldedLogin(login);
    if (folded.isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("Enter a login."));
    if (folded.size() > 64)
        return makeError(ErrorKind::Invalid, Tr::tr("A login can be at most 64 characters long."));
    if (std::any_of(folded.cbegin(), folded.cend(),
                    [](QChar c) { return c.isSpace() || !c.isPrint(); }))
        return makeError(ErrorKind::Invalid,
                         Tr::tr("A login cannot contain spaces; use a dot instead (olena.koval)."));
    return Status::success();
}

Status checkName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("Enter the person's full name."));
    if (name.size() > 200)
        return makeError(ErrorKind::Invalid, Tr::tr("A name can be at most 200 characters long."));
    return Status::success();
}

Status Accounts::checkLogin(const QString& login, qint64 exceptId)
{
    if (Status s = checkLoginFormat(login); !s)
        return s;
    const QString folded = foldedLogin(login);
    Result<QVariant> taken =
        sql::scalar(m_db.connection(), u"SELECT name FROM users WHERE login = ? AND id <> ?"_s,
                    {folded, exceptId});
    if (!taken)
        return taken.error();
    if (taken->isValid())
        return makeError(
            ErrorKind::Conflict,
            Tr::tr("The login %1 already belongs to %2.").arg(folded, taken->toString()));
    return Status::success();
}

Result<int> Accounts::activeOwners()
{
    Result<QVariant> n = sql::scalar(
        m_db.connection(), u"SELECT count(*) FROM users WHERE role = 'owner' AND active = 1"_s);
    if (!n)
        return n.error();
    return n->toInt();
}

// An administrator manages accounts, but only an owner manages an owner:
// otherwise an administrator could take the owner's place.
Status Accounts::checkAdministers(const Account& target)
{
    const Principal& me = m_db.principal();
    if (Status s = require(me, Capability::Accounts); !s)
        return s;
    if (target.role == Role::Owner && !me.isSystem() && me.role != Role::Owner)
        return makeError(ErrorKind::Forbidden,
                         Tr::tr("Only an owner can change an owner's account."));
    return Status::success();
}

Result<Account> Accounts::createOwner(const QString& login, const QString& name,
                                      const QString& password, qint64 existingId)
{
    if (Status s = checkName(name); !s)
        return s.error();
    if (Status s = checkNewPassword(password); !s)
        return s.error();
    if (Status s = checkLogin(login, existingId); !s)
        return s.error();
    Result<QString> hash = storedPassword(m_db, password);
    if (!hash)
        return hash.error();
    qint64 id = existingId;
    Status s = m_db.write([&](Transaction& tx) -> Status {
        // Checked again under the write lock: two PCs may both offer to set up the owner.
        Result<bool> needed = needsOwner();
        if (!needed)
            return needed.error();
        if (!*needed)
            return makeError(ErrorKind::Conflict,
                             Tr::tr("This database already has an owner. Sign in instead."));
        const QString now = nowUtc();
        if (id) {
            if (Status st = changed(sql::change(tx.db(),
                                                u"UPDATE users SET login = ?, name = ?, "
                                                u"role = 'owner', active = 1, password_hash = ?, "
                                                u"must_change_password = 0, version = version + 1 "
                                                u"WHERE id = ?"_s,
                                                {foldedLogin(login), name.trimmed(), *hash, id}),
                                    id);
                !st)
                return st;
        } else {
            Result<qint64> newId = sql::insertReturningId(
                tx.db(),
                u"INSERT INTO users (login, name, role, active, password_hash, created_at) "
                u"VALUES (?, ?, 'owner', 1, ?, ?)"_s,
                {foldedLogin(login), name.trimmed(), *hash, now});
            if (!newId)
                return newId.error();
            id = *newId;
        }
        if (Status st = updateServerLogin(tx, login, password, true); !st)
            return st;
        tx.recordChange(kEntity, id, existingId ? ChangeOp::Update : ChangeOp::Insert);
        return recordAudit(tx, {auditAction::kAccountAdd,
                                kEntity,
                                id,
                                0,
                                {},
                                QJsonObject{{u"login"_s, foldedLogin(login)},
                                            {u"role"_s, roleName(Role::Owner)}}});
    });
    if (!s)
        return s.error();
    return byId(id);
}

Result<Account> Accounts::add(const QString& login, const QString& name, Role role,
                              const QString& temporaryPassword)
{
    const Principal& me = m_db.principal();
    if (Status s = require(me, Capability::Accounts); !s)
        return s.error();
    if (role == Role::Owner && !me.isSystem() && me.role != Role::Owner)
        return makeError(ErrorKind::Forbidden, Tr::tr("Only an owner can add another owner."));
    if (Status s = checkName(name); !s)
        return s.error();
    if (Status s = checkNewPassword(temporaryPassword); !s)
        return s.error();
    if (Status s = checkLogin(login, 0); !s)
        return s.error();
    Result<QVariant> sameName =
        sql::scalar(m_db.connection(), u"SELECT id FROM users WHERE name = ?"_s, {name.trimmed()});
    if (!sameName)
        return sameName.error();
    if (sameName->isValid())
        return makeError(ErrorKind::Conflict,
                         Tr::tr("There is already an account named %1. Give the new one a "
                                "different name (add a middle name or an initial).")
                             .arg(name.trimmed()));
    Result<QString> hash = storedPassword(m_db, temporaryPassword);
    if (!hash)
        return hash.error();
    qint64 id = 0;
    Status s = m_db.write([&](Transaction& tx) -> Status {
        Result<qint64> newId = sql::insertReturningId(
            tx.db(),
            u"INSERT INTO users (login, name, role, active, password_hash, must_change_password, "
            u"created_at) VALUES (?, ?, ?, 1, ?, 1, ?)"_s,
            {foldedLogin(login), name.trimmed(), roleName(role), *hash, nowUtc()});
        if (!newId)
            return newId.error();
        id = *newId;
        if (Status st = updateServerLogin(tx, login, temporaryPassword, true); !st)
            return st;
        tx.recordChange(kEntity, id, ChangeOp::Insert);
        return recordAudit(tx, {auditAction::kAccountAdd,
                                kEntity,
                                id,
                                0,
                                {},
                                QJsonObject{{u"login"_s, foldedLogin(login)},
                                            {u"name"_s, name.trimmed()},
                                            {u"role"_s, roleName(role)}}});
    });
    if (!s)
        return s.error();
    return byId(id);
}

Status Accounts::setTemporaryPassword(qint64 id, const QString& temporaryPassword)
{
    Result<Account> target = byId(id);
    if (!target)
        return target.error();
    if (Status s = checkAdministers(*target); !s)
        return s;
    if (target->login.isEmpty())
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("%1 has no login yet: give the account a login first.").arg(target->name));
    if (Status s = checkNewPassword(temporaryPassword); !s)
        return s;
    // Signing in matches the folded login: one from the upgrade is folded now.
    if (Status s = checkLogin(target->login, id); !s)
        return s;
    Result<QString> hash = storedPassword(m_db, temporaryPassword);
    if (!hash)
        return hash.error();
    return m_db.write([&](Transaction& tx) -> Status {
        if (Status st =
                updateAccount(tx, id, u"login = ?, password_hash = ?, must_change_password = 1"_s,
                              {foldedLogin(target->login), *hash});
            !st)
            return st;
        if (Status st = updateServerLogin(tx, target->login, temporaryPassword, target->active);
            !st)
            return st;
        return recordAudit(tx, {auditAction::kAccountPassword,
                                kEntity,
                                id,
                                0,
                                {},
                                QJsonObject{{u"temporary"_s, true}}});
    });
}

Status Accounts::setLogin(qint64 id, const QString& login)
{
    Result<Account> target = byId(id);
    if (!target)
        return target.error();
    if (Status s = checkAdministers(*target); !s)
        return s;
    if (Status s = checkLogin(login, id); !s)
        return s;
    return m_db.write([&](Transaction& tx) -> Status {
        if (Status st = renameLoginRole(tx, *target, login); !st)
            return st;
        if (Status st = updateAccount(tx, id, u"login = ?"_s, {foldedLogin(login)}); !st)
            return st;
        return recordAudit(tx, {auditAction::changeAction(kEntity, u"update"_s),
                                kEntity,
                                id,
                                0,
                                {{u"login"_s, target->login, foldedLogin(login)}},
                                {}});
    });
}

Status Accounts::setName(qint64 id, const QString& name)
{
    Result<Account> target = byId(id);
    if (!target)
        return target.error();
    if (Status s = checkAdministers(*target); !s)
        return s;
    if (Status s = checkName(name); !s)
        return s;
    return m_db.write([&](Transaction& tx) -> Status {
        Result<int> rows =
            sql::change(tx.db(), u"UPDATE users SET name = ?, version = version + 1 WHERE id = ?"_s,
                        {name.trimmed(), id});
        if (!rows && rows.error().detail.contains(u"unique"_s, Qt::CaseInsensitive))
            return makeError(ErrorKind::Conflict,
                             Tr::tr("There is already an account named %1.").arg(name.trimmed()));
        if (Status st = changed(rows, id); !st)
            return st;
        tx.recordChange(kEntity, id, ChangeOp::Update);
        return recordAudit(tx, {auditAction::changeAction(kEntity, u"update"_s),
                                kEntity,
                                id,
                                0,
                                {{u"name"_s, target->name, name.trimmed()}},
                                {}});
    });
}

Status Accounts::rename(qint64 id, const QString& login, const QString& name)
{
    Result<Account> target = byId(id);
    if (!target)
        return target.error();
    if (Status s = checkAdministers(*target); !s)
        return s;
    if (Status s = checkLogin(login, id); !s)
        return s;
    if (Status s = checkName(name); !s)
        return s;
    QList<FieldChange> fields;
    if (target->login != foldedLogin(login))
        fields.append({u"login"_s, target->login, foldedLogin(login)});
    if (target->name != name.trimmed())
        fields.append({u"name"_s, target->name, name.trimmed()});
    if (fields.isEmpty())
        return Status::success();
    return m_db.write([&](Transaction& tx) -> Status {
        if (Status st = renameLoginRole(tx, *target, login); !st)
            return st;
        Result<int> rows = sql::change(
            tx.db(), u"UPDATE users SET login = ?, name = ?, version = version + 1 WHERE id = ?"_s,
            {foldedLogin(login), name.trimmed(), id});
        if (!rows && rows.error().detail.contains(u"unique"_s, Qt::CaseInsensitive))
            return makeError(ErrorKind::Conflict,
                             Tr::tr("There is already an account named %1.").arg(name.trimmed()));
        if (Status st = changed(rows, id); !st)
            return st;
        tx.recordChange(kEntity, id, ChangeOp::Update);
        return recordAudit(
            tx, {auditAction::changeAction(kEntity, u"update"_s), kEntity, id, 0, fields, {}});
    });
}

Result<HandOverReport> Accounts::workOf(qint64 id)
{
    if (Status s = require(m_db.principal(), Capability::Accounts); !s)
        return s.error();
    Result<QVariant> clients = sql::scalar(
        m_db.connection(), u"SELECT count(*) FROM clients WHERE manager_id = ?"_s, {id});
    if (!clients)
        return clients.error();
    Result<QVariant> deals = sql::scalar(
        m_db.connection(),
        u"SELECT count(*) FROM deals WHERE manager_id = ? AND closed_at IS NULL"_s, {id});
    if (!deals)
        return deals.error();
    return HandOverReport{clients->toInt(), deals->toInt()};
}

Status Accounts::setRole(qint64 id, Role role)
{
    Result<Account> target = byId(id);
    if (!target)
        return target.error();
    if (Status s = checkAdministers(*target); !s)
        return s;
    const Principal& me = m_db.principal();
    if (role == Role::Owner && !me.isSystem() && me.role != Role::Owner)
        return makeError(ErrorKind::Forbidden, Tr::tr("Only an owner can make someone an owner."));
    if (target->role == role)
        return Status::success();
    return m_db.write([&](Transaction& tx) -> Status {
        if (target->role == Role::Owner) {
            Result<int> owners = activeOwners();
            if (!owners)
                return owners.error();
            if (*owners <= 1 && target->active)
                return makeError(ErrorKind::Invalid,
                                 Tr::tr("%1 is the only owner. Make someone else an owner first: "
                                        "there is always at least one.")
                                     .arg(target->name));
        }
        if (Status st = updateAccount(tx, id, u"role = ?"_s, {roleName(role)}); !st)
            return st;
        return recordAudit(tx, {auditAction::kAccountRole,
                                kEntity,
                                id,
                                0,
                                {{u"role"_s, roleName(target->role), roleName(role)}},
                                {}});
    });
}

Status Accounts::changeOwnPassword(const QString& current, const QString& password)
{
    const Principal& me = m_db.principal();
    if (me.isSystem())
        return makeError(ErrorKind::Invalid, Tr::tr("Sign in first to change your password."));
    if (Status s = checkNewPassword(password); !s)
        return s;
    if (current == password)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("Choose a new password that differs from the current one."));
    Result<QVariant> stored = sql::scalar(
        m_db.connection(), u"SELECT password_hash FROM users WHERE id = ?"_s, {me.accountId});
    if (!stored)
        return stored.error();
    if (!passwordIsRight(m_db, me.login, *stored, current))
        return makeError(ErrorKind::SignInFailed, Tr::tr("The current password is not right."));
    Result<QString> hash = storedPassword(m_db, password);
    if (!hash)
        return hash.error();
    const Status changed = m_db.write([&](Transaction& tx) -> Status {
        if (Status st = updateAccount(tx, me.accountId,
                                      u"password_hash = ?, must_change_password = 0"_s, {*hash});
            !st)
            return st;
        if (Status st = updateServerLogin(tx, me.login, password, true); !st)
            return st;
        return recordAudit(tx, {auditAction::kAccountPassword,
                                kEntity,
                                me.accountId,
                                0,
                                {},
                                QJsonObject{{u"temporary"_s, false}}});
    });
    if (!changed)
        return changed;
    // The connections reopened from this one (reports, backups) sign in with
    // the new password from now on.
    if (m_db.backend() == Backend::PostgreSql && m_db.serverLogin() == me.login)
        return m_db.connectAs(me.login, password);
    return Status::success();
}

Result<HandOverReport> Accounts::deactivate(const HandOver& handOver)
{
    Result<Account> leaving = byId(handOver.fromId);
    if (!leaving)
        return leaving.error();
    if (Status s = checkAdministers(*leaving); !s)
        return s.error();
    if (!leaving->active)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("%1 is already deactivated.").arg(leaving->name));
    if (handOver.toIds.contains(handOver.fromId))
        return makeError(ErrorKind::Invalid,
                         Tr::tr("Hand %1's clients to someone else than %1.").arg(leaving->name));
    QList<Account> receivers;
    for (qint64 to : handOver.toIds) {
        Result<Account> colleague = byId(to);
        if (!colleague)
            return colleague.error();
        if (!colleague->active)
            return makeError(
                ErrorKind::Invalid,
                Tr::tr("%1 is deactivated and cannot receive clients.").arg(colleague->name));
        receivers.append(*colleague);
    }
    HandOverReport report;
    Status s = m_db.write([&](Transaction& tx) -> Status {
        if (leaving->role == Role::Owner) {
            Result<int> owners = activeOwners();
            if (!owners)
                return owners.error();
            if (*owners <= 1)
                return makeError(ErrorKind::Invalid,
                                 Tr::tr("%1 is the only owner and cannot be deactivated. Make "
                                        "someone else an owner first.")
                                     .arg(leaving->name));
        }
        Result<QList<QSqlRecord>> clients = sql::rows(
            tx.db(), u"SELECT id FROM clients WHERE manager_id = ? ORDER BY sort_key, id"_s,
            {leaving->id});
        if (!clients)
            return clients.error();
        Result<QList<QSqlRecord>> deals =
            sql::rows(tx.db(),
                      u"SELECT d.id, d.client_id, c.manager_id = ? FROM deals AS d "
                      u"JOIN clients AS c ON c.id = d.client_id "
                      u"WHERE d.manager_id = ? AND d.closed_at IS NULL ORDER BY d.id"_s,
                      {leaving->id, leaving->id});
        if (!deals)
            return deals.error();
        if (receivers.isEmpty() && (!clients->isEmpty() || !deals->isEmpty()))
            return makeError(ErrorKind::Invalid,
                             Tr::tr("%1 has %2 and %3: choose who takes them over.")
                                 .arg(leaving->name,
                                      Tr::tr("%n client(s)", nullptr, int(clients->size())),
                                      Tr::tr("%n open deal(s)", nullptr, int(deals->size()))));
        const QString now = nowUtc();
        QHash<qint64, qint64> clientGoesTo;
        QHash<qint64, int> clientsPer;
        QHash<qint64, int> dealsPer;
        int turn = 0;
        for (const QSqlRecord& r : *clients) {
            const qint64 clientId = r.value(0).toLongLong();
            const qint64 to = receivers.at(turn++ % receivers.size()).id;
            clientGoesTo.insert(clientId, to);
            if (Status st = sql::exec(tx.db(),
                                      u"UPDATE clients SET manager_id = ?, updated_at = ?, "
                                      u"version = version + 1 WHERE id = ?"_s,
                                      {to, now, clientId});
                !st)
                return st;
            tx.recordChange(kClientEntity, clientId, ChangeOp::Update);
            ++clientsPer[to];
        }
        for (const QSqlRecord& r : *deals) {
            const qint64 dealId = r.value(0).toLongLong();
            const qint64 clientId = r.value(1).toLongLong();
            // A deal follows its client; deals of other managers' clients go in turn.
            const qint64 to =
                clientGoesTo.value(clientId, receivers.at(turn++ % receivers.size()).id);
            if (Status st = sql::exec(tx.db(),
                                      u"UPDATE deals SET manager_id = ?, updated_at = ?, "
                                      u"version = version + 1 WHERE id = ?"_s,
                                      {to, now, dealId});
                !st)
                return st;
            tx.recordChange(kDealEntity, dealId, ChangeOp::Update);
            ++dealsPer[to];
        }
        if (Status st = updateAccount(tx, leaving->id, u"active = 0"_s, {}); !st)
            return st;
        if (Status st = updateServerLogin(tx, leaving->login, {}, false); !st)
            return st;
        report.clients = int(clients->size());
        report.deals = int(deals->size());
        QJsonArray to;
        for (const Account& receiver : receivers)
            to.append(QJsonObject{{u"id"_s, receiver.id},
                                  {u"name"_s, receiver.name},
                                  {u"clients"_s, clientsPer.value(receiver.id)},
                                  {u"deals"_s, dealsPer.value(receiver.id)}});
        if (!receivers.isEmpty()) {
            if (Status st = recordAudit(tx, {auditAction::kHandOver,
                                             kEntity,
                                             leaving->id,
                                             0,
                                             {},
                                             QJsonObject{{u"from"_s, leaving->name},
                                                         {u"clients"_s, report.clients},
                                                         {u"deals"_s, report.deals},
                                                         {u"to"_s, to}}});
                !st)
                return st;
        }
        return recordAudit(tx, {auditAction::kAccountDeactivate,
                                kEntity,
                                leaving->id,
                                0,
                                {},
                                QJsonObject{{u"name"_s, leaving->name}}});
    });
    if (!s)
        return s.error();
    return report;
}

Status Accounts::activate(qint64 id)
{
    Result<Account> target = byId(id);
    if (!target)
        return target.error();
    if (Status s = checkAdministers(*target); !s)
        return s;
    return m_db.write([&](Transaction& tx) -> Status {
        if (Status st = updateAccount(tx, id, u"active = 1"_s, {}); !st)
            return st;
        if (Status st = updateServerLogin(tx, target->login, {}, true); !st)
            return st;
        return recordAudit(tx, {auditAction::kAccountActivate, kEntity, id, 0, {}, {}});
    });
}

Result<Principal> Accounts::principalOf(qint64 id)
{
    Result<Account> account = byId(id);
    if (!account)
        return account.error();
    Result<QSet<Capability>> capabilities = capabilitiesOf(account->role);
    if (!capabilities)
        return capabilities.error();
    return Principal{account->id, account->login, account->name, account->role, *capabilities};
}

Result<Principal> Accounts::signIn(const QString& login, const QString& password)
{
    const QString folded = foldedLogin(login);
    Result<QList<QSqlRecord>> rows = sql::rows(
        m_db.connection(),
        u"SELECT id, password_hash, active, name, role FROM users WHERE login = ?"_s, {folded});
    if (!rows)
        return rows.error();
    const bool exists = !rows->isEmpty();
    // Attempts are audited under the account they were for (whoever is signed
    // in on this window did not make them), or under nobody for an unknown login.
    Principal target;
    if (exists) {
        target.accountId = rows->first().value(0).toLongLong();
        target.name = rows->first().value(3).toString();
        target.login = folded;
        target.role = roleFromName(rows->first().value(4).toString()).value_or(Role::Manager);
    }
    auto writeAs = [&](const Principal& who, const std::function<Status(Transaction&)>& work) {
        if (m_db.isReadOnly())
            return Status::success();
        const Principal before = m_db.principal();
        m_db.setPrincipal(who);
        Status s = m_db.write(work, Database::IgnoreMaintenance);
        m_db.setPrincipal(before);
        return s;
    };
    auto auditAttempt = [&](const QString& action, QJsonObject details) {
        details.insert(u"login"_s, folded);
        return writeAs(target, [&](Transaction& tx) {
            return recordAudit(tx, {action, kEntity, target.accountId, 0, {}, details});
        });
    };

    Result<QList<QSqlRecord>> failures =
        sql::rows(m_db.connection(),
                  u"SELECT failures, last_at FROM signin_failures WHERE login = ?"_s, {folded});
    if (!failures)
        return failures.error();
    const int failed = failures->isEmpty() ? 0 : failures->first().value(0).toInt();
    if (failed >= kFreeSignInFailures) {
        const QDateTime last =
            QDateTime::fromString(failures->first().value(1).toString(), Qt::ISODateWithMs);
        const qint64 wait =
            QDateTime::currentDateTimeUtc().secsTo(last.addSecs(signInDelay(failed).count()));
        if (wait > 0) {
            (void)auditAttempt(auditAction::kLockedOut, QJsonObject{{u"failures"_s, failed}});
            return makeError(ErrorKind::TooManyAttempts,
                             Tr::tr("Too many wrong passwords for %1. Try again in %n second(s).",
                                    nullptr, int(wait))
                                 .arg(folded));
        }
    }

    const bool known = exists && !rows->first().value(1).isNull();
    bool right = false;
    if (known && movesServerConnection(m_db, folded))
        right = bool(m_db.connectAs(folded, password));
    else if (known)
        right = passwordIsRight(m_db, folded, rows->first().value(1), password);
    else
        spendVerificationTime(password);
    const bool active = known && rows->first().value(2).toBool();

    if (!right) {
        Status s = writeAs(target, [&](Transaction& tx) -> Status {
            if (Status st = sql::exec(
                    tx.db(),
                    u"INSERT INTO signin_failures (login, failures, last_at) "
                    u"VALUES (?, 1, ?) ON CONFLICT (login) DO UPDATE SET "
                    u"failures = signin_failures.failures + 1, last_at = excluded.last_at"_s,
                    {folded, nowUtc()});
                !st)
                return st;
            return recordAudit(tx, {auditAction::kSignInFailed,
                                    kEntity,
                                    target.accountId,
                                    0,
                                    {},
                                    QJsonObject{{u"login"_s, folded}}});
        });
        if (!s)
            return s.error();
        return makeError(ErrorKind::SignInFailed, Tr::tr("Wrong login or password."));
    }
    if (!active) {
        (void)auditAttempt(auditAction::kSignInFailed, QJsonObject{{u"inactive"_s, true}});
        return makeError(ErrorKind::SignInFailed,
                         Tr::tr("The account %1 is deactivated. Ask the owner.").arg(folded));
    }
    Result<Principal> principal = principalOf(target.accountId);
    if (!principal)
        return principal.error();
    Status s = writeAs(*principal, [&](Transaction& tx) -> Status {
        if (Status st =
                sql::exec(tx.db(), u"DELETE FROM signin_failures WHERE login = ?"_s, {folded});
            !st)
            return st;
        return recordAudit(tx, {auditAction::kSignIn, kEntity, target.accountId, 0, {}, {}});
    });
    if (!s)
        return s.error();
    return principal;
}

Result<QSet<Capability>> Accounts::capabilitiesOf(Role role)
{
    if (role == Role::Owner)
        return defaultCapabilities(Role::Owner);
    Result<QList<QSqlRecord>> rows =
        sql::rows(m_db.connection(), u"SELECT capability FROM role_capabilities WHERE role = ?"_s,
                  {roleName(role)});
    if (!rows)
        return rows.error();
    QSet<Capability> capabilities;
    for (const QSqlRecord& r : *rows)
        if (std::optional<Capability> c = capabilityFromName(r.value(0).toString()))
            capabilities.insert(*c);
    return capabilities;
}

Status Accounts::setCapabilities(Role role, const QSet<Capability>& capabilities)
{
    return setCapabilities(QHash<Role, QSet<Capability>>{{role, capabilities}});
}

Status Accounts::setCapabilities(const QHash<Role, QSet<Capability>>& byRole)
{
    const Principal& me = m_db.principal();
    if (!me.isSystem() && me.role != Role::Owner)
        return makeError(ErrorKind::Forbidden,
                         Tr::tr("Only an owner can change what the roles may do."));
    if (byRole.contains(Role::Owner))
        return makeError(ErrorKind::Invalid, Tr::tr("An owner can always do everything."));
    struct Step
    {
        Role role;
        QSet<Capability> before;
        QSet<Capability> after;
    };
    QList<Step> steps;
    for (Role role : allRoles()) {
        if (!byRole.contains(role))
            continue;
        Result<QSet<Capability>> before = capabilitiesOf(role);
        if (!before)
            return before.error();
        if (*before != byRole.value(role))
            steps.append({role, *before, byRole.value(role)});
    }
    if (steps.isEmpty())
        return Status::success();
    auto names = [](const QSet<Capability>& set) {
        QStringList list;
        for (Capability c : allCapabilities())
            if (set.contains(c))
                list.append(capabilityName(c));
        return list.join(u", "_s);
    };
    return m_db.write([&](Transaction& tx) -> Status {
        for (const Step& step : steps) {
            if (Status st = sql::exec(tx.db(), u"DELETE FROM role_capabilities WHERE role = ?"_s,
                                      {roleName(step.role)});
                !st)
                return st;
            for (Capability c : step.after) {
                if (Status st = sql::exec(tx.db(),
                                          u"INSERT INTO role_capabilities (role, capability) "
                                          u"VALUES (?, ?)"_s,
                                          {roleName(step.role), capabilityName(c)});
                    !st)
                    return st;
            }
            tx.recordChange(u"role"_s, qint64(step.role), ChangeOp::Update);
            if (Status st =
                    recordAudit(tx, {auditAction::kRoleCapabilities,
                                     u"role"_s,
                                     0,
                                     0,
                                     {{roleName(step.role), names(step.before), names(step.after)}},
                                     {}});
                !st)
                return st;
        }
        return Status::success();
    });
}

Status Accounts::takeClient(qint64 clientId)
{
    const Principal& me = m_db.principal();
    if (me.isSystem())
        return makeError(ErrorKind::Invalid, Tr::tr("Sign in first to take a client."));
    if (Status s = require(me, Capability::TakeUnassigned); !s)
        return s;
    return m_db.write([&](Transaction& tx) -> Status {
        Result<int> rows =
            sql::change(tx.db(),
                        u"UPDATE clients SET manager_id = ?, updated_at = ?, "
                        u"version = version + 1 WHERE id = ? AND manager_id IS NULL"_s,
                        {me.accountId, nowUtc(), clientId});
        if (!rows)
            return rows.error();
        if (*rows == 0)
            return makeError(
                ErrorKind::Conflict,
                Tr::tr("This client is no longer unassigned: someone took them first."));
        tx.recordChange(kClientEntity, clientId, ChangeOp::Update);
        return recordAudit(tx, {auditAction::kClientTake,
                                kClientEntity,
                                clientId,
                                clientId,
                                {{u"manager"_s, QString(), me.name}},
                                {}});
    });
}

} // namespace kartoteka
