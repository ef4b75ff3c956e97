#pragma once

#include "storage/Result.h"
#include "storage/ServerAddress.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace kartoteka {

// PostgreSQL's own client programs (pg_dump, pg_restore, psql) back up and
// restore a server database: they know every object the server has, and a
// dump they make restores with any later version of them.

// The program `name` ("pg_dump"): on PATH, else in the newest
// /usr/lib/postgresql/*/bin (Debian installs the versions side by side and
// puts only wrappers on PATH). Missing: ErrorKind::NotFound naming the
// package to install.
Result<QString> findServerTool(const QString& name);

// Who a tool connects as, and where to.
struct ServerToolLogin
{
    ServerAddress address;
    QString role;     // empty: the address's user, or libpq's default
    QString password; // empty: libpq's own (PGPASSWORD, ~/.pgpass) as this process has it
};

// The environment a tool runs with: the connection in libpq's variables,
// the password in PGPASSWORD, never on its command line (which every user
// of the machine can read in `ps`).
QProcessEnvironment serverToolEnvironment(const ServerToolLogin& login);

struct ToolOutput
{
    QByteArray out;
    QString err;
};

// Runs `program` with `arguments` to its end. `keepGoing` is asked about
// every tenth of a second; false stops the program (ErrorKind::Cancelled).
// Exiting with an error is ErrorKind::Failed, its stderr in Error::detail;
// callers say what it means in the person's terms.
Result<ToolOutput> runServerTool(const QString& program, const QStringList& arguments,
                                 const QProcessEnvironment& environment,
                                 const std::function<bool()>& keepGoing = {});

// The same for `first | second`: the first one's output is the second one's
// input. Fails when either fails; `err` holds both programs' stderr.
Result<ToolOutput> runServerToolPipe(const QString& first, const QStringList& firstArguments,
                                     const QString& second, const QStringList& secondArguments,
                                     const QProcessEnvironment& environment);

// What a tool's stderr says went wrong, as an error kind: a refused
// password, an unreachable server, a full disk, a missing right, a lock
// that did not come.
ErrorKind serverToolErrorKind(const QString& stderrText);

} // namespace kartoteka
