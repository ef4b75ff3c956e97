#pragma once

#include "storage/Result.h"

#include <QString>

namespace kartoteka {

// The two kinds of database Kartoteka stores in: one SQLite file, or a
// database on a PostgreSQL server. Only core/storage and the few places the
// design allows ask which one a connection uses.
enum class Backend
{
    Sqlite,
    PostgreSql
};

// Where a server database lives, from postgresql://[USER@]HOST[:PORT]/DBNAME
// [?sslmode=MODE]. No password in it: addresses are shown and remembered, so
// the password comes from the person (or libpq's own PGPASSWORD / ~/.pgpass).
struct ServerAddress
{
    QString host;
    int port = 5432;
    QString database;
    QString user;    // empty: libpq's default, the operating system's user name
    QString sslMode; // empty: libpq's default ("prefer")

    // The address as written, for messages and for opening it again.
    QString toString() const;
    // The libpq options QPSQL passes on ("sslmode=require;...").
    QString connectOptions() const;
};

// Whether `path` names a server database rather than a file: it begins with
// postgresql:// or postgres://, as libpq's own connection URIs do.
bool isServerAddress(const QString& path);

// The server's login role of a Kartoteka account: "<database>.<login>".
// Roles belong to the whole server, databases do not: the prefix keeps two
// bases on one server apart (postgresql/0020_server_roles.sql).
QString serverLoginRole(const QString& database, const QString& login);
// The server's longest role name, in bytes.
inline constexpr int kMaxServerRoleBytes = 63;

// What a window's title and status line name a database by: a file's name,
// or a server database's HOST/DBNAME.
QString databaseShortName(const QString& path);

// Reads a server address; a malformed one is refused with ErrorKind::Invalid
// and a message saying what is wrong.
Result<ServerAddress> parseServerAddress(const QString& address);

} // namespace kartoteka
