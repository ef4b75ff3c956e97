#include "Catch.h"
#include "ProcessHelpers.h"
#include "TestSupport.h"

#include "storage/Sql.h"

#include <QRandomGenerator>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

// A PC switched off mid-save: SIGKILL at random moments while transactions of
// several rows are being written. Every time, the database must open, pass the
// integrity check and hold every transaction the writer reported committed.
TEST_CASE("killing a writer mid-transaction never loses a committed row", "[integration][crash]")
{
    for (const QString& mode : {u"shared"_s, u"local"_s}) {
        TempDir dir;
        const QString path = dir.path(u"crash.sqlite"_s);
        {
            auto db =
                openTestDatabase(path, mode == u"shared" ? ModeChoice::Shared : ModeChoice::Local);
            requireOk(db->write([](Transaction& tx) {
                return sql::exec(tx.db(),
                                 u"CREATE TABLE writes (writer INTEGER, seq INTEGER, part "
                                 u"INTEGER, payload TEXT, PRIMARY KEY (writer, seq, part))"_s);
            }));
        }
        QRandomGenerator random(20261122);
        int committedTotal = 0;
        constexpr int kRounds = 30;
        for (int round = 0; round < kRounds; ++round) {
            INFO(mode.toStdString() << " round " << round);
            auto writer =
                startWriter({path, mode, u"rows"_s, QString::number(round), u"100000"_s, u"40"_s});
            // Let it commit at least once, then pull the plug somewhere random.
            REQUIRE(writer->waitForReadyRead(30000));
            QThread::msleep(random.bounded(5, 120));
            writer->kill();
            REQUIRE(writer->waitForFinished(30000));
            const QList<int> committed = committedSequences(writer->readAllStandardOutput());
            REQUIRE_FALSE(committed.isEmpty());
            committedTotal += int(committed.size());

            auto db = requireValue(Database::open(
                {path, mode == u"shared" ? ModeChoice::Shared : ModeChoice::Local, false}));
            REQUIRE(requireValue(sql::scalar(db->connection(), u"PRAGMA integrity_check"_s))
                        .toString() == u"ok"_s);
            const int lastCommitted = committed.last();
            const int rows =
                requireValue(sql::scalar(db->connection(),
                                         u"SELECT count(*) FROM writes WHERE writer = ? "
                                         u"AND seq <= ?"_s,
                                         {round, lastCommitted}))
                    .toInt();
            CHECK(rows == (lastCommitted + 1) * 40);
            // Whatever was not reported may or may not be there, but never half of it.
            const int partial = requireValue(sql::scalar(db->connection(),
                                                         u"SELECT count(*) FROM (SELECT seq FROM "
                                                         u"writes WHERE writer = ? GROUP BY seq "
                                                         u"HAVING count(*) <> 40)"_s,
                                                         {round}))
                                    .toInt();
            CHECK(partial == 0);
        }
        CHECK(committedTotal >= kRounds);
    }
}
