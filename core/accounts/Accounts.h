#pragma once

#include "accounts/Access.h"
#include "accounts/Roles.h"
#include "storage/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <chrono>

namespace kartoteka {

class Database;

struct Account
{
    qint64 id = 0;
    QString login;
    QString name;
    Role role = Role::Manager;
    bool active = true;
    bool hasPassword = false;
    bool mustChangePassword = false;
    qint64 version = 0;
};

// Who receives a leaving colleague's clients and open deals: one colleague,
// or several, who then get them in turn (client by client, each client's
// open deals with it).
struct HandOver
{
    qint64 fromId = 0;
    QList<qint64> toIds;
};

struct HandOverReport
{
    int clients = 0;
    int deals = 0;
};

// What a login or a person's name must be, before any database is asked
// (the first-start assistant checks its page before the database exists).
Status checkLoginFormat(const QString& login);
// A login as stored and matched: without surrounding spaces, in lower case.
QString foldedLogin(const QString& login);
Status checkName(const QString& name);

// After this many failed sign-ins in a row, each further attempt waits
// longer: 2, 4, 8 ... up to kMaxSignInDelay seconds after the last failure.
inline constexpr int kFreeSignInFailures = 5;
inline constexpr std::chrono::seconds kMaxSignInDelay{300};
std::chrono::seconds signInDelay(int failures);

// Account `id`'s name as people read it; empty for 0 or an account the
// principal cannot read (a manager's name in a letter is a nicety).
QString accountName(Database& db, qint64 id);

// The staff accounts: signing in, the owner's set-up, the administrator's
// work (adding, roles, passwords, deactivation with hand-over) and the
// roles' capabilities. Each change checks the signed-in principal's
// capabilities here, in core, and is audited in the same transaction.
class Accounts
{
public:
    explicit Accounts(Database& db) : m_db(db) {}

    static inline const QString kEntity = QStringLiteral("user");

    // True while no active owner can sign in: a new database, or one from
    // before accounts. Then the first person to open it becomes the owner.
    Result<bool> needsOwner();
    // Whether anyone must sign in: the database has an owner who can.
    Result<bool> signInRequired();

    Result<QList<Account>> list(bool includeInactive = true);
    Result<Account> byId(qint64 id);
    // Logins are matched ignoring case and surrounding spaces.
    Result<Account> byLogin(const QString& login);

    // Sets up the owner while needsOwner(): `existingId` names a person of
    // the old staff list who becomes the owner (their clients stay theirs),
    // 0 adds a new account.
    Result<Account> createOwner(const QString& login, const QString& name, const QString& password,
                                qint64 existingId = 0);
    // Adds an account with a temporary password, to be changed at first
    // sign-in. Needs Accounts; only an owner adds an owner.
    Result<Account> add(const QString& login, const QString& name, Role role,
                        const QString& temporaryPassword);
    // Gives an existing account (also one from before accounts, which has no
    // password) a login and a temporary password.
    Status setTemporaryPassword(qint64 id, const QString& temporaryPassword);
    Status setLogin(qint64 id, const QString& login);
    Status setName(qint64 id, const QString& name);
    // Login and name together, in one change (an account from before accounts
    // gets its proper login and name at once).
    Status rename(qint64 id, const QString& login, const QString& name);
    Status setRole(qint64 id, Role role);
    // The signed-in person's own password: the current one must be right.
    Status changeOwnPassword(const QString& current, const QString& password);
    // Deactivates `handOver.fromId` and hands their clients and open deals
    // to the colleagues named, in one transaction. Needs Accounts.
    Result<HandOverReport> deactivate(const HandOver& handOver);
    // What deactivate() would hand over: the person's clients and open deals.
    // Needs Accounts.
    Result<HandOverReport> workOf(qint64 id);
    Status activate(qint64 id);

    // Checks the password; on success the principal to give the database
    // (Database::setPrincipal). Failures are audited and, after
    // kFreeSignInFailures, slowed down (ErrorKind::TooManyAttempts).
    Result<Principal> signIn(const QString& login, const QString& password);
    // The principal of an account as it is now (after a role change).
    Result<Principal> principalOf(qint64 id);

    // A role's capabilities as the owner set them (the owner's own: all).
    Result<QSet<Capability>> capabilitiesOf(Role role);
    // Only an owner adjusts the roles.
    Status setCapabilities(Role role, const QSet<Capability>& capabilities);
    // Several roles in one change (the Roles table's Save).
    Status setCapabilities(const QHash<Role, QSet<Capability>>& byRole);

    // A manager with TakeUnassigned assigns an unassigned client to themselves.
    Status takeClient(qint64 clientId);

private:
    Status checkLogin(const QString& login, qint64 exceptId);
    Status checkAdministers(const Account& target);
    Result<int> activeOwners();
    Database& m_db;
};

} // namespace kartoteka
