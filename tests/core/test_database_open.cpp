// Opening refuses without changing anything and never invents a database
// (issue 10, §2), and the live file is SQLite's alone (§1).
#include "Catch.h"
#include "TestSupport.h"

#include "import/ImportFiles.h"
#include "reports/ReportTable.h"
#include "storage/FileSync.h"
#include "storage/LiveFiles.h"
#include "storage/Sessions.h"
#include "storage/Sql.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

void addSession(Database& db, const QString& host, qint64 pid, const QString& mode)
{
    requireOk(db.write([&](Transaction& tx) {
        return sql::exec(tx.db(),
                         u"INSERT INTO sessions (host, user_name, pid, app_version, started_at, "
                         u"heartbeat_at, mode) VALUES (?, 'Оксана', ?, 'test', ?, ?, ?)"_s,
                         {host, pid, nowUtc(), nowUtc(), mode});
    }));
}

// A process id that surely belongs to no running process any more.
qint64 deadPid()
{
    QProcess finished;
    finished.start(u"true"_s, QStringList{});
    REQUIRE(finished.waitForFinished(10000));
    return finished.processId() > 0 ? finished.processId() : 999999;
}

QString thisHost()
{
    return Identity::current().host;
}

} // namespace

TEST_CASE("another program's SQLite file is refused byte for byte unchanged in either mode",
          "[database][identity]")
{
    for (ModeChoice mode : {ModeChoice::Local, ModeChoice::Shared}) {
        TempDir dir;
        const QString other = dir.path(u"invoices.db"_s);
        {
            sql::Connection c(other);
            requireOk(c.open());
            requireOk(sql::exec(c.db(), u"CREATE TABLE invoices (id INTEGER PRIMARY KEY)"_s));
            requireOk(sql::exec(c.db(), u"INSERT INTO invoices VALUES (1)"_s));
        }
        const QByteArray before = fileBytes(other);
        Result<std::unique_ptr<Database>> opened = Database::open({other, mode, false});
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().kind == ErrorKind::Foreign);
        // Today's bug: the journal mode became WAL (header bytes 18-19) before the refusal.
        CHECK(fileBytes(other) == before);
        CHECK_FALSE(QFileInfo::exists(other + u"-wal"_s));
    }
}

TEST_CASE("a text file is refused through SQLite, not by reading its bytes", "[database][identity]")
{
    TempDir dir;
    const QString text = dir.path(u"letter.sqlite"_s);
    writeFile(text, QByteArray(2048, 'x'));
    Result<std::unique_ptr<Database>> opened = Database::open({text, ModeChoice::Local, true});
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::Foreign);
    CHECK(fileBytes(text) == QByteArray(2048, 'x'));
}

TEST_CASE("an SQLite error's details explain its code in the person's language, SQLite's words "
          "last",
          "[database][identity][errors]")
{
    TempDir dir;
    const QString text = dir.path(u"letter.sqlite"_s);
    writeFile(text, QByteArray(2048, 'x'));
    for (const Language language : {Language::English, Language::Russian}) {
        LanguageGuard speaking(language);
        Result<std::unique_ptr<Database>> opened = Database::open({text, ModeChoice::Local, true});
        REQUIRE_FALSE(opened.ok());
        const QStringList lines = opened.error().detail.split(u'\n');
        REQUIRE(lines.size() == 2);
        // SQLITE_NOTADB (26) explained, then SQLite's own text on a line of its own.
        CHECK(lines.first() == sql::sqliteCodeExplanation(26));
        CHECK(lines.last().contains(u"file is not a database"_s));
        CHECK(lines.last().contains(u"26"_s));
        // Qt's driver phrase, in whatever language, is not glued to it.
        CHECK_FALSE(opened.error().detail.contains(
            QCoreApplication::translate("QSQLiteResult", "Unable to execute statement")));
        CHECK_FALSE(opened.error().detail.contains(u"PRAGMA"_s));
    }
    CHECK(sql::sqliteCodeExplanation(5) == sql::sqliteCodeExplanation(6)); // BUSY and LOCKED
    CHECK(sql::sqliteCodeExplanation(26) != sql::sqliteCodeExplanation(11));
    CHECK(sql::sqliteCodeExplanation(10 | (3 << 8)) == sql::sqliteCodeExplanation(10)); // extended
}

TEST_CASE("an empty file becomes a database only when a database is being created",
          "[database][identity]")
{
    TempDir dir;
    const QString empty = dir.path(u"empty.sqlite"_s);
    writeFile(empty, {});
    for (ModeChoice mode : {ModeChoice::Local, ModeChoice::Shared}) {
        Result<std::unique_ptr<Database>> opened = openDatabase({empty, mode, false});
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().kind == ErrorKind::Foreign);
        CHECK(QFileInfo(empty).size() == 0);
    }
    auto created = requireValue(openDatabase({empty, ModeChoice::Local, true}));
    CHECK(requireValue(created->schemaVersion()) == latestSchemaVersion());
}

TEST_CASE("a missing database is an error naming the path, and no folder is made",
          "[database][identity]")
{
    TempDir dir;
    const QString path = dir.path(u"nope/deeper/x.sqlite"_s);
    Result<std::unique_ptr<Database>> opened = openDatabase({path, ModeChoice::Automatic, false});
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::NotFound);
    CHECK(opened.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(QFileInfo::exists(dir.path(u"nope"_s)));
}

TEST_CASE("a read-only database can be read, refuses every write and stays unchanged",
          "[database][readonly]")
{
    TempDir dir;
    const QString path = dir.path(u"cd.sqlite"_s);
    {
        auto db = openTestDatabase(path, ModeChoice::Local);
        createProbeTable(*db);
        insertProbe(*db, u"Іван"_s);
    }
    const QByteArray before = fileBytes(path);
    {
        OpenOptions options{path, ModeChoice::Automatic, false};
        options.readOnly = true;
        auto workspace = requireValue(Workspace::open(options, Identity::current()));
        workspace->start();
        Database& db = workspace->database();
        CHECK(db.isReadOnly());
        CHECK(probeNames(db) == QStringList{u"Іван"_s});
        CHECK(requireValue(sql::scalar(db.connection(), u"SELECT count(*) FROM sessions"_s))
                  .toInt() == 0);
        Status write = db.write([](Transaction& tx) {
            return sql::exec(tx.db(), u"INSERT INTO probe (name) VALUES ('Петро')"_s);
        });
        REQUIRE_FALSE(write.ok());
        CHECK(write.error().kind == ErrorKind::ReadOnly);
        // A report's own connection is read-only too.
        auto report = requireValue(Database::open(db.reopenOptions()));
        CHECK(report->isReadOnly());
    }
    CHECK(fileBytes(path) == before);
}

TEST_CASE("a program in one mode is refused while another on this PC uses the file in the other",
          "[database][mode]")
{
    TempDir dir;
    const QString path = dir.path(u"mixed.sqlite"_s);
    {
        auto shared = openTestDatabase(path, ModeChoice::Shared);
        // pid 1 always runs: a program of this PC in shared mode.
        addSession(*shared, thisHost(), 1, u"shared"_s);
    }
    Result<std::unique_ptr<Database>> local = Database::open({path, ModeChoice::Local, false});
    REQUIRE_FALSE(local.ok());
    CHECK(local.error().kind == ErrorKind::Busy);
    {
        auto shared = openTestDatabase(path, ModeChoice::Shared);
        CHECK(
            requireValue(sql::scalar(shared->connection(), u"PRAGMA journal_mode"_s)).toString() ==
            u"delete"_s);
        // The program has gone (crashed without removing its row): local is fine again.
        requireOk(shared->write([](Transaction& tx) {
            return sql::exec(tx.db(), u"UPDATE sessions SET pid = ?"_s, {deadPid()});
        }));
    }
    CHECK(Database::open({path, ModeChoice::Local, false}).ok());

    // And the other way round.
    {
        auto local2 = openTestDatabase(path, ModeChoice::Local);
        requireOk(local2->write(
            [](Transaction& tx) { return sql::exec(tx.db(), u"DELETE FROM sessions"_s); }));
        addSession(*local2, thisHost(), 1, u"local"_s);
    }
    Result<std::unique_ptr<Database>> shared = Database::open({path, ModeChoice::Shared, false});
    REQUIRE_FALSE(shared.ok());
    CHECK(shared.error().kind == ErrorKind::Busy);
}

TEST_CASE("the open database and its companions are known as live files", "[database][livefiles]")
{
    TempDir dir;
    const QString path = dir.path(u"live.sqlite"_s);
    const QString link = dir.path(u"link.sqlite"_s);
    {
        auto db = openTestDatabase(path);
        REQUIRE(QFile::link(path, link));
        const QStringList names{path,
                                path + u"-wal"_s,
                                path + u"-shm"_s,
                                path + u"-journal"_s,
                                link,
                                dir.path(u"./live.sqlite"_s)};
        for (const QString& name : names) {
            INFO(name.toStdString());
            CHECK(isLiveDatabaseFile(name));
            CHECK(refuseLiveDatabaseFile(name).error().kind == ErrorKind::Invalid);
        }
        CHECK_FALSE(isLiveDatabaseFile(dir.path(u"export.csv"_s)));
        CHECK(refuseLiveDatabaseFile(dir.path(u"export.csv"_s)).ok());
    }
    CHECK_FALSE(isLiveDatabaseFile(path));
}

TEST_CASE("no export, import or flush touches the open database's files", "[database][livefiles]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    auto db = openTestDatabase(path);
    createProbeTable(*db);
    insertProbe(*db, u"Іван"_s);
    ReportTable table;
    table.title = u"Sales"_s;
    table.columns = {ReportColumn{u"Month"_s, CellKind::Text}};
    table.rows = {QVariantList{u"January"_s}};
    for (TableFileFormat format : {TableFileFormat::Csv, TableFileFormat::Xlsx}) {
        for (const QString& target : QStringList{path, path + u"-wal"_s}) {
            Status exported = exportTable(table, target, format);
            REQUIRE_FALSE(exported.ok());
            CHECK(exported.error().kind == ErrorKind::Invalid);
        }
    }
    Result<QByteArray> read = readChosenFile(path);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().kind == ErrorKind::Invalid);
    // A workbook to import, chosen as the live file or its WAL: refused unread.
    for (const QString& chosen : QStringList{path, path + u"-wal"_s}) {
        Result<ImportTable> workbook = readXlsxFile(chosen);
        REQUIRE_FALSE(workbook.ok());
        CHECK(workbook.error().kind == ErrorKind::Invalid);
    }
    CHECK(syncFileToDisk(path + u"-wal"_s).error().kind == ErrorKind::Invalid);
    // Still the same, working database.
    CHECK(probeNames(*db) == QStringList{u"Іван"_s});
    CHECK(requireValue(sql::scalar(db->connection(), u"PRAGMA integrity_check"_s)).toString() ==
          u"ok"_s);
}

TEST_CASE("an export never writes over a database, nor in a format its name denies",
          "[database][livefiles]")
{
    TempDir dir;
    const QString backup = dir.path(u"shop-20261130.sqlite"_s);
    openTestDatabase(backup).reset(); // a closed database, as a backup is
    const QByteArray before = fileBytes(backup);
    ReportTable table;
    table.columns = {ReportColumn{u"Month"_s, CellKind::Text}};
    table.rows = {QVariantList{u"January"_s}};
    for (TableFileFormat format : {TableFileFormat::Csv, TableFileFormat::Xlsx}) {
        Status exported = exportTable(table, backup, format);
        REQUIRE_FALSE(exported.ok());
        CHECK(exported.error().kind == ErrorKind::Invalid);
    }
    CHECK(fileBytes(backup) == before);
    CHECK(exportTable(table, dir.path(u"z.xlsx"_s), TableFileFormat::Csv).error().kind ==
          ErrorKind::Invalid);
    CHECK(exportTable(table, dir.path(u"z.csv"_s), TableFileFormat::Xlsx).error().kind ==
          ErrorKind::Invalid);
    CHECK(exportTable(table, dir.path(u"z.csv"_s), TableFileFormat::Csv).ok());
    CHECK(exportTable(table, dir.path(u"z.xlsx"_s), TableFileFormat::Xlsx).ok());
    // Writing over an earlier export is what Export does.
    CHECK(exportTable(table, dir.path(u"z.csv"_s), TableFileFormat::Csv).ok());
}
