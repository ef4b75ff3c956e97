// The call list's drifting regulars read each client's sales sums, kept by
// the schema as purchases and deals change (schema 9). After thousands of
// random edits the sums and the list equal a recount from the raw rows.
#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "clients/ClientRepository.h"
#include "clients/InteractionRepository.h"
#include "clients/Lists.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "demo/DemoData.h"
#include "reports/CallList.h"
#include "reports/ReportPeriod.h"
#include "storage/Sql.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

// Rows of client_sales that differ from a recount of every sale, and clients
// with sales that have no row (or rows without sales).
int sumsOffByRecount(Database& db)
{
    const QString recount =
        u"SELECT client_id, count(*) AS n, sum(amount) AS t, min(at) AS f, max(at) AS l FROM ("
        u"SELECT client_id, occurred_at AS at, amount_minor AS amount FROM interactions WHERE "
        u"kind = 'purchase' UNION ALL SELECT client_id, closed_at, amount_minor FROM deals WHERE "
        u"closed_at IS NOT NULL AND stage_id IN (SELECT id FROM stages WHERE kind = 'won')) s "
        u"GROUP BY client_id"_s;
    const int differ =
        requireValue(
            sql::scalar(
                db.connection(),
                u"SELECT count(*) FROM ("_s + recount +
                    u") r LEFT JOIN client_sales s USING (client_id) WHERE "
                    u"s.client_id IS NULL OR s.sales <> r.n OR "
                    u"COALESCE(s.total, -1) <> COALESCE(r.t, -1) OR s.first_at <> r.f OR s.last_at <> r.l"_s))
            .toInt();
    const int extra =
        requireValue(sql::scalar(db.connection(), u"SELECT count(*) FROM client_sales WHERE "
                                                  u"client_id NOT IN (SELECT client_id FROM ("_s +
                                                      recount + u") x)"_s))
            .toInt();
    return differ + extra;
}

void checkSameList(Database& db, const DriftOptions& options)
{
    const QList<DriftingClient> kept = requireValue(driftingClients(db, options));
    const QList<DriftingClient> recounted = requireValue(driftingClientsRecounted(db, options));
    INFO("as of " << options.asOf.toString(Qt::ISODate).toStdString() << ", manager "
                  << options.managerId);
    REQUIRE(kept.size() == recounted.size());
    for (int i = 0; i < kept.size(); ++i) {
        CHECK(kept[i].clientId == recounted[i].clientId);
        CHECK(kept[i].purchases == recounted[i].purchases);
        CHECK(kept[i].totalMinor == recounted[i].totalMinor);
        CHECK(kept[i].lastPurchase == recounted[i].lastPurchase);
        CHECK(kept[i].daysSinceLast == recounted[i].daysSinceLast);
        CHECK(kept[i].usualGapDays == Approx(recounted[i].usualGapDays));
    }
}

} // namespace

TEST_CASE("the call list's sales sums stay equal to a recount through random edits",
          "[reports][calllist]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    requireValue(generateDemo(*db, {200, 23}));
    REQUIRE(sumsOffByRecount(*db) == 0);

    QRandomGenerator random(2026);
    const QList<qint64> clients = [&] {
        QList<qint64> ids;
        for (const QSqlRecord& r :
             requireValue(sql::rows(db->connection(), u"SELECT id FROM clients ORDER BY id"_s)))
            ids.append(r.value(0).toLongLong());
        return ids;
    }();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto pastMoment = [&] {
        return now.addSecs(-qint64(random.bounded(3 * 365 * 24)) * 3600 - 60);
    };
    InteractionRepository timeline(*db);
    DealRepository deals(*db);
    const Pipeline pipeline = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    QList<qint64> open, won, lost;
    for (const Stage& s : pipeline.stages)
        (s.kind == StageKind::Won ? won : s.kind == StageKind::Lost ? lost : open).append(s.id);
    const qint64 reason = requireValue(Lists(*db).items(kLossReasons)).first().id;
    const QList<qint64> dealIds = [&] {
        QList<qint64> ids;
        for (const QSqlRecord& r : requireValue(sql::rows(
                 db->connection(), u"SELECT id FROM deals WHERE pipeline_id = ? ORDER BY id"_s,
                 {pipeline.id})))
            ids.append(r.value(0).toLongLong());
        return ids;
    }();
    REQUIRE(dealIds.size() > 20);

    int edits = 0;
    for (int step = 0; step < 1500; ++step) {
        const qint64 client = clients[random.bounded(int(clients.size()))];
        switch (random.bounded(6)) {
        case 0:
        case 1: { // a purchase
            Interaction p;
            p.clientId = client;
            p.kind = InteractionKind::Purchase;
            p.occurredAt = pastMoment();
            p.amountMinor = random.bounded(1, 500000);
            p.text = u"Покупка %1"_s.arg(step);
            requireOk(timeline.add(p));
            ++edits;
            break;
        }
        case 2: { // a purchase changed: amount, day, or no longer a purchase; or removed
            QList<Interaction> entries = requireValue(timeline.forClient(client));
            entries.removeIf(
                [](const Interaction& i) { return i.kind != InteractionKind::Purchase; });
            if (entries.isEmpty())
                break;
            Interaction e = entries[random.bounded(int(entries.size()))];
            const int what = random.bounded(4);
            if (what == 0) {
                requireOk(timeline.remove(e));
            } else {
                if (what == 1)
                    e.amountMinor = random.bounded(1, 900000);
                else if (what == 2)
                    e.occurredAt = pastMoment();
                else
                    e.kind = InteractionKind::Note;
                requireOk(timeline.update(e));
            }
            ++edits;
            break;
        }
        default: { // a deal won, lost or taken back to an open stage
            Deal d = requireValue(deals.load(dealIds[random.bounded(int(dealIds.size()))]));
            const int to = random.bounded(3);
            const qint64 stage = to == 0   ? won[0]
                                 : to == 1 ? lost[0]
                                           : open[random.bounded(int(open.size()))];
            if (stage == d.stageId)
                break;
            const Status moved = deals.move(d, stage, to == 1 ? reason : 0);
            if (moved.ok())
                ++edits;
            break;
        }
        }
        if (step % 500 == 499)
            REQUIRE(sumsOffByRecount(*db) == 0);
    }
    CHECK(edits > 1000);
    REQUIRE(sumsOffByRecount(*db) == 0);

    // Today the kept sums answer (no sale lies after today); a day in the
    // past is recounted. Both give the list a recount gives.
    REQUIRE(
        requireValue(sql::scalar(db->connection(), u"SELECT max(last_at) < ? FROM client_sales"_s,
                                 {boundsOf(QDate::currentDate(), QDate::currentDate()).to}))
            .toBool());
    checkSameList(*db, {QDate::currentDate()});
    checkSameList(*db, {QDate::currentDate(), 0, 30, 15});
    // Each manager's own list (reached from their clients: they have few),
    // and one with no clients at all, as the owner of a big base often is.
    for (const QSqlRecord& r :
         requireValue(sql::rows(db->connection(), u"SELECT id FROM users ORDER BY id"_s)))
        checkSameList(*db, {QDate::currentDate(), r.value(0).toLongLong()});
    CHECK(requireValue(driftingClients(*db, {QDate::currentDate(), 999999})).isEmpty());
    checkSameList(*db, {QDate::currentDate().addMonths(-8)});
    const qint64 manager =
        requireValue(sql::scalar(db->connection(),
                                 u"SELECT manager_id FROM clients WHERE manager_id IS NOT NULL "
                                 u"LIMIT 1"_s))
            .toLongLong();
    checkSameList(*db, {QDate::currentDate(), manager});
    CHECK_FALSE(requireValue(driftingClients(*db, {QDate::currentDate()})).isEmpty());
}
