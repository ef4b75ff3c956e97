#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "demo/DemoData.h"
#include "reports/Dashboard.h"
#include "reports/ReportTables.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

QSet<qint64> idsOf(const ReportTable& listed)
{
    QSet<qint64> ids;
    for (int r = 0; r < listed.rows.size(); ++r) {
        const ReportDrill one = listed.opensAt(r);
        // Each row of a drill-down list opens one card.
        CHECK((one.kind == ReportDrill::Kind::Deal || one.kind == ReportDrill::Kind::Client));
        ids.insert(one.id);
    }
    return ids;
}

// The deals of a slice, asked of the database directly: the definition the
// report's figures use (created in the period, or won in it, of the pipeline
// and manager), narrowed as the row says.
QSet<qint64> dealsDirectly(Database& db, const DealSlice& slice, qint64 pipelineId,
                           qint64 managerId)
{
    const PeriodBounds bounds = boundsOf(slice.period);
    QString sql = u"SELECT d.id FROM deals d JOIN clients c ON c.id = d.client_id JOIN stages s ON "
                  u"s.id = d.stage_id WHERE d.pipeline_id = ? AND "_s;
    sql += slice.byClosing ? u"d.closed_at >= ? AND d.closed_at < ?"_s
                           : u"d.created_at >= ? AND d.created_at < ?"_s;
    QVariantList args{pipelineId, bounds.from, bounds.to};
    auto add = [&](const QString& condition, const QVariant& value) {
        sql += u" AND "_s + condition;
        args << value;
    };
    if (managerId > 0)
        add(u"d.manager_id = ?"_s, managerId);
    if (slice.stageId > 0)
        add(u"d.stage_id = ?"_s, slice.stageId);
    if (slice.kind)
        add(u"s.kind = ?"_s, *slice.kind == StageKind::Won ? u"won"_s : u"lost"_s);
    if (slice.sourceId)
        add(u"COALESCE(d.source_id, c.source_id, 0) = ?"_s, *slice.sourceId);
    if (slice.managerId)
        add(u"COALESCE(d.manager_id, 0) = ?"_s, *slice.managerId);
    if (slice.lossReasonId)
        add(u"COALESCE(d.loss_reason_id, 0) = ?"_s, *slice.lossReasonId);
    QSet<qint64> ids;
    for (const QSqlRecord& r : requireValue(sql::rows(db.connection(), sql, args)))
        ids.insert(r.value(0).toLongLong());
    return ids;
}

int count(const ReportTable& t, int row, int column)
{
    return t.rows.at(row).value(column).toInt();
}

// Every row of every table of the dashboard opens what it counts: a deals row
// lists as many deals as its count, the very deals a direct query finds; a
// clients row as many clients as it counts, each of the row's kind; a client
// row opens that client. Returns the deals seen through the drill-downs.
QSet<qint64> checkEveryRow(Database& db, const ReportPeriod& period, qint64 managerId)
{
    const Dashboard d = requireValue(loadDashboard(db, period, SalesBucket::Month));
    const qint64 pipelineId = requireValue(reportPipeline(db, period)).id;
    QSet<qint64> seen;
    // (table, the column whose count a row's list has: -1 to add open+won+lost)
    struct Counted
    {
        ReportTable table;
        int column;
    };
    const QList<Counted> dealTables{
        {funnelSheet(d.funnel, d.period).tables[0], 4},         // in it now
        {funnelSheet(d.funnel, d.period).tables[1], 1},         // deals lost for the reason
        {salesSheet(d.sales, d.bucket, d.period).tables[0], 1}, // won deals
        {channelsSheet(d.channels, d.period).tables[0], 2},     // deals
        {managersSheet(d.managers, d.period).tables[0], -1},    // open + won + lost
    };
    for (const Counted& c : dealTables) {
        INFO(c.table.key.toStdString() << " " << c.table.title.toStdString());
        REQUIRE(c.table.opens.size() == c.table.rows.size());
        int nonEmpty = 0;
        for (int r = 0; r < c.table.rows.size(); ++r) {
            INFO("row " << r);
            const ReportDrill drill = c.table.opensAt(r);
            REQUIRE(drill.kind == ReportDrill::Kind::Deals);
            CHECK_FALSE(drill.what.isEmpty());
            const QSet<qint64> listed =
                idsOf(requireValue(drillTable(db, drill, d.funnel.currency)));
            const int expected =
                c.column >= 0 ? count(c.table, r, c.column)
                              : count(c.table, r, 1) + count(c.table, r, 3) + count(c.table, r, 4);
            CHECK(listed.size() == expected);
            CHECK(listed == dealsDirectly(db, drill.deals, pipelineId, managerId));
            nonEmpty += listed.isEmpty() ? 0 : 1;
            seen += listed;
        }
        CHECK(nonEmpty > 0);
    }

    const ReportSheet clients = clientsSheet(d.clients, d.period);
    for (int t = 0; t < 3; ++t) {
        const ReportTable& table = clients.tables[t];
        INFO(table.key.toStdString());
        REQUIRE(table.opens.size() == table.rows.size());
        int nonEmpty = 0;
        for (int r = 0; r < table.rows.size(); ++r) {
            INFO("row " << r);
            const ReportDrill drill = table.opensAt(r);
            REQUIRE(drill.kind == ReportDrill::Kind::Clients);
            const QList<ClientValue> values =
                requireValue(clientValues(db, drill.period, drill.clients));
            const ReportTable listed = requireValue(drillTable(db, drill, d.clients.currency));
            CHECK(listed.rows.size() == count(table, r, 1));
            QSet<qint64> ids;
            for (const ClientValue& v : values) {
                ids.insert(v.clientId);
                if (t == 0)
                    CHECK(v.segment == d.clients.segments[r].key);
                if (t == 1) {
                    CHECK(v.purchases >= d.clients.purchaseCounts[r].minPurchases);
                    if (d.clients.purchaseCounts[r].maxPurchases > 0)
                        CHECK(v.purchases <= d.clients.purchaseCounts[r].maxPurchases);
                }
            }
            CHECK(idsOf(listed) == ids);
            nonEmpty += ids.isEmpty() ? 0 : 1;
        }
        CHECK(nonEmpty > 0);
    }
    const ReportTable& top = clients.tables[3];
    REQUIRE(top.rows.size() == d.clients.top.size());
    CHECK_FALSE(top.rows.isEmpty());
    for (int r = 0; r < top.rows.size(); ++r) {
        CHECK(top.opensAt(r).kind == ReportDrill::Kind::Client);
        CHECK(top.opensAt(r).id == d.clients.top[r].clientId);
    }

    const CallList calls = requireValue(loadCallList(db, period.to, period.managerId));
    const ReportSheet callSheet = callListSheet(calls, d.clients.currency);
    REQUIRE(callSheet.tables[0].rows.size() == calls.drifting.size());
    for (int r = 0; r < calls.drifting.size(); ++r)
        CHECK(callSheet.tables[0].opensAt(r).id == calls.drifting[r].clientId);
    for (int r = 0; r < calls.birthdays.size(); ++r)
        CHECK(callSheet.tables[1].opensAt(r).id == calls.birthdays[r].clientId);
    return seen;
}

} // namespace

TEST_CASE("every report row opens the deals or clients it counts, for the owner and a manager",
          "[reports][drill][access]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    requireValue(generateDemo(*db, {150, 17}));
    requireOk(createDemoAccounts(*db));
    const QDate today = QDate::currentDate();
    const ReportPeriod period{today.addYears(-1).addDays(1), today};

    Accounts accounts(*db);
    const Principal owner =
        requireValue(accounts.signIn(demoAccounts().first().login, kDemoPassword));
    REQUIRE(owner.role == Role::Owner);
    db->setPrincipal(owner);
    const QSet<qint64> everyone = checkEveryRow(*db, period, 0);

    // A manager's rows and lists hold their own deals only, the same ones a
    // direct query of their deals finds, and the funnel's rows add up to them.
    const auto manager = std::find_if(demoAccounts().begin(), demoAccounts().end(),
                                      [](const DemoAccount& a) { return a.role == Role::Manager; });
    REQUIRE(manager != demoAccounts().end());
    const Principal me = requireValue(accounts.signIn(manager->login, kDemoPassword));
    db->setPrincipal(me);
    const QSet<qint64> mine = checkEveryRow(*db, period, me.accountId);
    CHECK_FALSE(mine.isEmpty());
    CHECK(mine.size() < everyone.size());
    db->setPrincipal({});
    for (qint64 deal : mine)
        CHECK(requireValue(sql::scalar(db->connection(),
                                       u"SELECT manager_id FROM deals WHERE id = ?"_s, {deal}))
                  .toLongLong() == me.accountId);

    // A row with nothing behind it has no list.
    CHECK_FALSE(drillTable(*db, ReportDrill::client(5), u"UAH"_s).ok());
}
