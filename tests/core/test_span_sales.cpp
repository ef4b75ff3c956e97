// Schema 12's per-client span sums (client_span_sales) on a file and on a
// server database: the same triggers in two dialects, driven by plain SQL as
// any writer would.
#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "storage/Sql.h"

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

// Rows of the span table that a regrouping of the sales does not give, and
// the other way round: 0 when they are the same.
int differences(Database& db)
{
    const QString regrouped = u"SELECT span, client_id, count(*), sum(amount), min(at), max(at) "
                              u"FROM client_span_sale_rows GROUP BY span, client_id"_s;
    const QString kept =
        u"SELECT span, client_id, sales, total, first_at, last_at FROM client_span_sales"_s;
    int count = 0;
    for (const QString& difference :
         QStringList{regrouped + u" EXCEPT "_s + kept, kept + u" EXCEPT "_s + regrouped})
        count += requireValue(sql::scalar(db.connection(),
                                          u"SELECT count(*) FROM ("_s + difference + u") AS d"_s))
                     .toInt();
    return count;
}

// A column of a client's span row as text; empty for NULL or no row.
QString spanOf(Database& db, qint64 client, const QString& span, const QString& column)
{
    const QVariant value = requireValue(sql::scalar(
        db.connection(),
        u"SELECT "_s + column + u" FROM client_span_sales WHERE client_id = ? AND span = ?"_s,
        {client, span}));
    return value.isNull() ? QString() : value.toString();
}

} // namespace

TEST_CASE("each client's sums per month, quarter and year follow their purchases",
          "[reports][facts][server]")
{
    KARTOTEKA_ON_EACH_BACKEND(db);
    QSqlDatabase& c = db->connection();
    const QString now = u"2026-01-01T00:00:00.000Z"_s;
    for (qint64 id : {qint64(7001), qint64(7002)})
        requireOk(sql::exec(c,
                            u"INSERT INTO clients (id, kind, display_name, sort_key, created_at, "
                            u"updated_at) VALUES (?, 'person', ?, ?, ?, ?)"_s,
                            {id, u"Клієнт %1"_s.arg(id), u"клієнт %1"_s.arg(id), now, now}));
    auto buy = [&](qint64 id, qint64 client, const QString& at, const QVariant& amount) {
        requireOk(sql::exec(c,
                            u"INSERT INTO interactions (id, client_id, kind, occurred_at, "
                            u"amount_minor, created_at) VALUES (?, ?, 'purchase', ?, ?, ?)"_s,
                            {id, client, at, amount, now}));
    };
    // Mid-month instants, so that no time zone moves them to another month.
    buy(1, 7001, u"2026-02-14T12:00:00.000Z"_s, 10000);
    buy(2, 7001, u"2026-02-20T12:00:00.000Z"_s, 2500);
    buy(3, 7001, u"2026-05-10T12:00:00.000Z"_s, QVariant());
    buy(4, 7002, u"2025-11-15T12:00:00.000Z"_s, 700);
    CHECK(spanOf(*db, 7001, u"2026-02"_s, u"sales"_s) == u"2"_s);
    CHECK(spanOf(*db, 7001, u"2026-02"_s, u"total"_s) == u"12500"_s);
    CHECK(spanOf(*db, 7001, u"2026-Q1"_s, u"first_at"_s) == u"2026-02-14T12:00:00.000Z"_s);
    CHECK(spanOf(*db, 7001, u"2026"_s, u"sales"_s) == u"3"_s);
    CHECK(spanOf(*db, 7001, u"2026"_s, u"last_at"_s) == u"2026-05-10T12:00:00.000Z"_s);
    CHECK(spanOf(*db, 7001, u"2026-05"_s, u"total"_s).isEmpty()); // no amount: NULL
    CHECK(spanOf(*db, 7002, u"2025-Q4"_s, u"total"_s) == u"700"_s);
    CHECK(differences(*db) == 0);

    // Moved to another month and another client, changed, removed.
    requireOk(sql::exec(c, u"UPDATE interactions SET occurred_at = '2026-03-03T12:00:00.000Z', "
                           u"amount_minor = 900, client_id = 7002 WHERE id = 2"_s));
    CHECK(spanOf(*db, 7001, u"2026-02"_s, u"sales"_s) == u"1"_s);
    CHECK(spanOf(*db, 7002, u"2026-03"_s, u"total"_s) == u"900"_s);
    CHECK(spanOf(*db, 7002, u"2026-Q1"_s, u"sales"_s) == u"1"_s);
    requireOk(sql::exec(c, u"DELETE FROM interactions WHERE id = 1"_s));
    CHECK(spanOf(*db, 7001, u"2026-02"_s, u"sales"_s).isEmpty());
    CHECK(spanOf(*db, 7001, u"2026"_s, u"sales"_s) == u"1"_s);
    CHECK(differences(*db) == 0);

    // A deal won adds to its spans; reopened, it leaves them; its stage no
    // longer a won one, its client's spans are counted again.
    auto stageOf = [&](const QString& kind) {
        return requireValue(sql::scalar(c, u"SELECT min(id) FROM stages WHERE kind = ?"_s, {kind}))
            .toLongLong();
    };
    const qint64 open = stageOf(u"open"_s);
    const qint64 won = stageOf(u"won"_s);
    requireOk(sql::exec(c,
                        u"INSERT INTO deals (id, pipeline_id, stage_id, client_id, title, "
                        u"amount_minor, created_at, updated_at, stage_entered_at) SELECT 9001, "
                        u"pipeline_id, id, 7002, 'Угода', 5000, ?, ?, ? FROM stages WHERE id = ?"_s,
                        {now, now, now, open}));
    CHECK(spanOf(*db, 7002, u"2026-04"_s, u"sales"_s).isEmpty());
    const QString wonAt = u"2026-04-16T12:00:00.000Z"_s;
    requireOk(sql::exec(c, u"UPDATE deals SET stage_id = ?, closed_at = ? WHERE id = 9001"_s,
                        {won, wonAt}));
    CHECK(spanOf(*db, 7002, u"2026-04"_s, u"total"_s) == u"5000"_s);
    CHECK(spanOf(*db, 7002, u"2026"_s, u"sales"_s) == u"2"_s);
    CHECK(differences(*db) == 0);
    requireOk(sql::exec(c, u"UPDATE deals SET amount_minor = 6000 WHERE id = 9001"_s));
    CHECK(spanOf(*db, 7002, u"2026-Q2"_s, u"total"_s) == u"6000"_s);
    requireOk(sql::exec(c, u"UPDATE stages SET kind = 'lost' WHERE id = ?"_s, {won}));
    CHECK(spanOf(*db, 7002, u"2026-04"_s, u"sales"_s).isEmpty());
    requireOk(sql::exec(c, u"UPDATE stages SET kind = 'won' WHERE id = ?"_s, {won}));
    CHECK(spanOf(*db, 7002, u"2026-04"_s, u"sales"_s) == u"1"_s);
    requireOk(
        sql::exec(c, u"UPDATE deals SET stage_id = ?, closed_at = NULL WHERE id = 9001"_s, {open}));
    CHECK(spanOf(*db, 7002, u"2026-04"_s, u"sales"_s).isEmpty());
    CHECK(differences(*db) == 0);
    requireOk(sql::exec(c, u"DELETE FROM deals WHERE id = 9001"_s));

    // A client deleted: their sums go with them.
    requireOk(sql::exec(c, u"DELETE FROM clients WHERE id = 7001"_s));
    CHECK(requireValue(
              sql::scalar(c, u"SELECT count(*) FROM client_span_sales WHERE client_id = 7001"_s))
              .toInt() == 0);
    CHECK(differences(*db) == 0);
}
