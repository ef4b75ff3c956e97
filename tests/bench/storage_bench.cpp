// kartoteka_storage_bench: measured figures for the storage engine.
//   kartoteka_storage_bench [--rows N] [--dir DIR]
// Builds a database with N filler rows (about 250 bytes each, with an index
// and an FTS5 index like the client tables will have), then prints medians
// and p95 of: opening, one-row write transactions in local and shared mode,
// change-feed polls, and the time and size of backup, verify and restore.
#include "BenchSupport.h"

#include "backup/BackupMaker.h"
#include "backup/BackupVerifier.h"
#include "backup/Restore.h"
#include "storage/ChangeWatcher.h"
#include "storage/Database.h"
#include "storage/Sessions.h"
#include "storage/Sql.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::bench;

namespace {

void print(const char* what, const Stats& s)
{
    std::printf("%-46s median %8.3f ms   p95 %8.3f ms   max %8.3f ms\n", what, s.median, s.p95,
                s.max);
}

void printOnce(const char* what, double ms, const QString& extra = {})
{
    std::printf("%-46s %10.1f ms   %s\n", what, ms, extra.toUtf8().constData());
}

// The filler table as one more migration: a restore recreates only what the
// program's migrations define.
const QList<Migration>& fillerMigrations()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> list = builtinMigrations();
        list.append({latestSchemaVersion() + 1, u"9000_filler.sql"_s,
                     u"CREATE TABLE filler (id INTEGER PRIMARY KEY, name TEXT NOT NULL, phone "
                     u"TEXT, note TEXT, version INTEGER NOT NULL DEFAULT 1);\n"
                     u"CREATE INDEX filler_name ON filler (name);\n"
                     u"CREATE VIRTUAL TABLE filler_fts USING fts5 (name, phone, content='filler', "
                     u"content_rowid='id');\n"_s});
        return list;
    }();
    return migrations;
}

void fill(Database& db, int rows)
{
    need(db.write([&](Transaction& tx) -> Status {
        QSqlQuery insert(tx.db());
        insert.prepare(u"INSERT INTO filler (name, phone, note) VALUES (?, ?, ?)"_s);
        static const QStringList last{u"Шевченко"_s,   u"Коваленко"_s, u"Иванов"_s,  u"Smith"_s,
                                      u"Бондаренко"_s, u"Kowalski"_s,  u"Петрова"_s, u"Мельник"_s};
        static const QStringList first{u"Олена"_s,   u"Андрій"_s, u"Мария"_s, u"John"_s,
                                       u"Дмитрий"_s, u"Анна"_s,   u"Тарас"_s, u"Ewa"_s};
        for (int i = 0; i < rows; ++i) {
            insert.addBindValue(QString(last[i % last.size()] + u' ' +
                                        first[(i / 8) % first.size()] + u' ' + QString::number(i)));
            insert.addBindValue(u"+38050%1"_s.arg(1000000 + i * 7 % 9000000));
            insert.addBindValue(QString(160, QChar(u'а' + i % 30)));
            if (!insert.exec())
                return sql::errorFrom(insert.lastError());
        }
        insert.finish();
        return sql::exec(tx.db(), u"INSERT INTO filler_fts (filler_fts) VALUES ('rebuild')"_s);
    }));
}

std::vector<double> timeWrites(Database& db, int count)
{
    std::vector<double> ms;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer t;
        t.start();
        need(db.write([&](Transaction& tx) -> Status {
            tx.recordChange(u"filler"_s, i + 1, ChangeOp::Update);
            return sql::exec(tx.db(),
                             u"UPDATE filler SET note = ?, version = version + 1 "
                             u"WHERE id = ? AND version = version"_s,
                             {u"edited %1"_s.arg(i), i + 1});
        }));
        ms.push_back(elapsedMs(t));
    }
    return ms;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(u"rows"_s, u"Filler rows."_s, u"N"_s, u"200000"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Work folder (default: a temporary one)."_s,
                                       u"DIR"_s);
    parser.addOptions({rowsOption, dirOption});
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir temp;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temp.path();
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(u"bench.sqlite"_s);
    QFile::remove(path);
    const int rows = parser.value(rowsOption).toInt();

    std::printf("Kartoteka storage benchmark: %d filler rows, SQLite file in %s\n\n", rows,
                QDir::toNativeSeparators(dir).toUtf8().constData());
    {
        auto db = need(openDatabase({path, ModeChoice::Local, true}, fillerMigrations()));
        QElapsedTimer t;
        t.start();
        fill(*db, rows);
        printOnce("fill (one transaction)", elapsedMs(t));
    }
    std::vector<double> opens;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        auto db = need(openDatabase({path, ModeChoice::Local, false}, fillerMigrations()));
        opens.push_back(elapsedMs(t));
    }
    print("open + schema check (local)", stats(opens));

    for (ModeChoice mode : {ModeChoice::Local, ModeChoice::Shared}) {
        auto db = need(openDatabase({path, mode, false}, fillerMigrations()));
        const std::vector<double> writes = timeWrites(*db, 300);
        print(mode == ModeChoice::Local ? "one-row write transaction, local (WAL)"
                                        : "one-row write transaction, shared (DELETE, FULL)",
              stats(writes));
    }

    {
        auto writer = need(openDatabase({path, ModeChoice::Local, false}, fillerMigrations()));
        auto reader = need(openDatabase({path, ModeChoice::Local, false}, fillerMigrations()));
        ChangeWatcher watcher(*reader);
        std::vector<double> idle, busy;
        for (int i = 0; i < 300; ++i) {
            QElapsedTimer t;
            t.start();
            need(watcher.poll());
            idle.push_back(elapsedMs(t));
            need(writer->write([&](Transaction& tx) {
                tx.recordChange(u"filler"_s, i + 1, ChangeOp::Update);
                return Status::success();
            }));
            t.restart();
            need(watcher.poll());
            busy.push_back(elapsedMs(t));
        }
        print("change-feed poll, nothing new", stats(idle));
        print("change-feed poll, one new change", stats(busy));
    }

    auto db = need(openDatabase({path, ModeChoice::Local, false}, fillerMigrations()));
    const QString folder = QDir(dir).filePath(u"backups"_s);
    QElapsedTimer t;
    t.start();
    const BackupInfo backup =
        need(createBackup({path, StorageMode::Local, folder, BackupKind::Manual}));
    printOnce("backup (VACUUM INTO, check, fsync, SHA-256)", elapsedMs(t),
              u"%1 MB database -> %2 MB backup"_s.arg(QFileInfo(path).size() / 1e6, 0, 'f', 1)
                  .arg(backup.bytes / 1e6, 0, 'f', 1));
    t.restart();
    need(verifyBackupFile(backup.file, fillerMigrations().last().version));
    printOnce("verify backup (SHA-256, integrity_check)", elapsedMs(t));

    SessionRegistry session(*db, Identity::current());
    need(session.start());
    t.restart();
    const RestoreReport report =
        need(restoreBackup(*db, session, backup.file, folder, {}, fillerMigrations()));
    printOnce("restore (verify, safety backup, copy in)", elapsedMs(t),
              u"%1 rows copied"_s.arg(report.rowsCopied));
    return 0;
}
