#pragma once

#include "Catch.h"

#include "storage/Database.h"

#include <QString>

#include <memory>

namespace kartoteka::test {
class TempDir;
}

namespace kartoteka::test {

// The PostgreSQL server the server backend's tests use: the address in
// KARTOTEKA_TEST_PG (./test.sh starts a throwaway cluster and sets it), or
// empty when none is given.
QString testServerAddress();

// Whether a server is given. Without one it prints the line ctest reads as
// "skipped" (tests/CMakeLists.txt: SKIP_REGULAR_EXPRESSION), so a developer's
// plain ctest run says what it did not test instead of passing silently.
bool haveTestServer();

// Starts a server test case: returns from it, skipped, when no server is given.
#define KARTOTEKA_REQUIRE_TEST_SERVER()                                                            \
    do {                                                                                           \
        if (!::kartoteka::test::haveTestServer())                                                  \
            return;                                                                                \
    } while (false)

// A new, empty database on the test server for one test case, dropped when
// this goes out of scope (with whatever connections are still open to it).
class ServerDatabase
{
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    const QString& name() const { return m_name; }
    // postgresql://USER@HOST:PORT/NAME
    const QString& address() const { return m_address; }
    // What opens it: server databases allowed.
    OpenOptions openOptions() const;

private:
    QString m_name;
    QString m_address;
};

// Opens the server database and brings it to the newest schema, as the program
// makes a new database (workspace/Workspace.h openDatabase); fails the test if
// it cannot.
std::unique_ptr<Database> openServerTestDatabase(const ServerDatabase& database);

// A new database for one test body on `backend`: a file in a folder of its
// own, or a database of its own on the test server (which must be given:
// check with haveTestServer() first, or use KARTOTEKA_ON_EACH_BACKEND).
class BackendDatabase
{
public:
    explicit BackendDatabase(Backend backend);
    ~BackendDatabase();
    BackendDatabase(const BackendDatabase&) = delete;
    BackendDatabase& operator=(const BackendDatabase&) = delete;

    Database& operator*() { return *m_db; }
    Database* operator->() { return m_db.get(); }
    Database* get() { return m_db.get(); }

private:
    std::unique_ptr<TempDir> m_dir;
    std::unique_ptr<ServerDatabase> m_server; // dropped after the connection closes
    std::unique_ptr<Database> m_db;
};

// Runs the rest of the test case once on a new file and once on a new server
// database (Catch's GENERATE), as `name`: the same repository code, the same
// checks on both. Without a server the file's run still happens and the
// server's prints the skip line.
#define KARTOTEKA_ON_EACH_BACKEND(name)                                                            \
    const ::kartoteka::Backend name##Backend =                                                     \
        GENERATE(::kartoteka::Backend::Sqlite, ::kartoteka::Backend::PostgreSql);                  \
    if (name##Backend == ::kartoteka::Backend::PostgreSql && !::kartoteka::test::haveTestServer()) \
        return;                                                                                    \
    INFO((name##Backend == ::kartoteka::Backend::PostgreSql ? "on the server" : "on a file"));     \
    ::kartoteka::test::BackendDatabase name(name##Backend)

} // namespace kartoteka::test
