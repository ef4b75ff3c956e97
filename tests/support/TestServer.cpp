#include "TestServer.h"

#include "TestSupport.h"

#include "storage/ServerAddress.h"
#include "storage/Sql.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <atomic>
#include <iostream>

using namespace Qt::StringLiterals;

namespace kartoteka::test {

namespace {

// Runs `statement` on the server's maintenance database (the one in
// KARTOTEKA_TEST_PG): CREATE and DROP DATABASE cannot run inside the database
// they concern.
void onServer(const QString& statement)
{
    const Result<ServerAddress> address = parseServerAddress(testServerAddress());
    if (!address)
        FAIL(address.error().fullText().toStdString());
    sql::Connection connection(*address);
    requireOk(connection.open());
    requireOk(sql::execDirect(connection.db(), statement));
}

} // namespace

QString testServerAddress()
{
    return qEnvironmentVariable("KARTOTEKA_TEST_PG");
}

bool haveTestServer()
{
    if (!testServerAddress().isEmpty())
        return true;
    std::cout << "SKIPPED: no PostgreSQL server for the tests (KARTOTEKA_TEST_PG is not set; "
                 "./test.sh starts one)"
              << std::endl;
    return false;
}

ServerDatabase::ServerDatabase()
{
    // ctest runs test cases as parallel processes: the pid and a random part
    // keep their databases apart.
    static std::atomic<int> counter{0};
    m_name = u"kartoteka_test_%1_%2_%3"_s.arg(QCoreApplication::applicationPid())
                 .arg(++counter)
                 .arg(QRandomGenerator::global()->bounded(1000000));
    onServer(u"CREATE DATABASE %1"_s.arg(m_name));
    Result<ServerAddress> address = parseServerAddress(testServerAddress());
    REQUIRE(address);
    address->database = m_name;
    m_address = address->toString();
}

ServerDatabase::~ServerDatabase()
{
    // WITH (FORCE): a connection the test leaked must not leave the database behind.
    const Result<ServerAddress> address = parseServerAddress(testServerAddress());
    if (!address)
        return;
    sql::Connection connection(*address);
    if (!connection.open())
        return;
    (void)sql::execDirect(connection.db(),
                          u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name));
    // The login roles of its accounts and its staff group belong to the server
    // (postgresql/0020_server_roles.sql): gone with the database's grants.
    (void)sql::execDirect(
        connection.db(),
        u"DO $$ DECLARE r record; BEGIN FOR r IN SELECT rolname FROM pg_roles "
        u"WHERE starts_with(rolname, '%1.') ORDER BY rolname = '%1.staff' LOOP "
        u"EXECUTE format('DROP ROLE %I', r.rolname); END LOOP; END $$"_s.arg(m_name));
}

OpenOptions ServerDatabase::openOptions() const
{
    OpenOptions options;
    options.path = m_address;
    options.allowServer = true;
    return options;
}

std::unique_ptr<Database> openServerTestDatabase(const ServerDatabase& database)
{
    return requireValue(openDatabase(database.openOptions()));
}

BackendDatabase::BackendDatabase(Backend backend)
{
    if (backend == Backend::PostgreSql) {
        m_server = std::make_unique<ServerDatabase>();
        m_db = openServerTestDatabase(*m_server);
    } else {
        m_dir = std::make_unique<TempDir>();
        m_db = openTestDatabase(m_dir->path(u"shop.sqlite"_s));
    }
}

BackendDatabase::~BackendDatabase() = default;

} // namespace kartoteka::test
