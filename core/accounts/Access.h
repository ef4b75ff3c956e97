#pragma once

#include "accounts/Roles.h"
#include "storage/Result.h"

#include <QSet>
#include <QString>
#include <QVariantList>

#include <optional>

namespace kartoteka {

// Who is using a connection: the account signed in, with its role's
// capabilities as they were at sign-in. Every repository asks the principal
// of its Database (Database::principal()) through the functions below, so the
// access rule lives here and nowhere else.
struct Principal
{
    // 0: the program itself, unrestricted. A connection starts so: tests,
    // maintenance jobs, and a database that has no accounts yet (before its
    // owner is set up). The GUI and the CLI sign in before they show or do
    // anything on a database with accounts.
    qint64 accountId = 0;
    QString login;
    QString name;
    Role role = Role::Owner;
    QSet<Capability> capabilities;

    bool isSystem() const { return accountId == 0; }
    bool can(Capability capability) const
    {
        return isSystem() || role == Role::Owner || capabilities.contains(capability);
    }
};

// A condition in SQL with the values it binds.
struct ScopeSql
{
    QString sql;
    QVariantList args;
};

// The clients `who` reaches, as a condition on the clients table aliased
// `alias`: all of them, or their own (and unassigned ones with TakeUnassigned).
ScopeSql clientScope(const Principal& who, const QString& alias);
// The deals `who` reaches, on deals aliased `alias`: all, or the deals they
// manage and the deals of the clients they reach.
ScopeSql dealScope(const Principal& who, const QString& alias);
// The tasks `who` reaches, on tasks aliased `alias`: all, or the tasks they
// are responsible for and those on the clients and deals they reach.
ScopeSql taskScope(const Principal& who, const QString& alias);
// Whether `who` reaches a client whose manager is `managerId` (0: nobody).
bool reachesClient(const Principal& who, qint64 managerId);
// The manager a client or deal written by `who` gets, `requested` being the
// one the form names and `current` the one it has (0: nobody, or a new
// record). Whoever sees all clients assigns anyone. Others keep the current
// manager or take the record themselves, and a new record they name nobody
// for becomes theirs (else they would make something they cannot see);
// naming anyone else is ErrorKind::Forbidden.
Result<qint64> managerFor(const Principal& who, qint64 requested, qint64 current, bool isNew);
// Whether reports and their drill-downs may cover `managerId`'s work (0: everyone's).
bool reachesManagerReport(const Principal& who, qint64 managerId);
// The manager a report of `who` is limited to: their own id without
// AllReports, else `requested` (0: everyone).
qint64 reportManagerFor(const Principal& who, qint64 requested);

// ErrorKind::Forbidden, naming the missing capability, unless `who` has it.
Status require(const Principal& who, Capability capability);
// ErrorKind::NotFound, as for a client that does not exist: a manager learns
// nothing about other managers' clients from an id.
Error unreachableClient(qint64 id);
Error unreachableDeal(qint64 id);

} // namespace kartoteka
