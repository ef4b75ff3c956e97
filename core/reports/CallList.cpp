#include "reports/CallList.h"

#include "accounts/Access.h"
#include "clients/Birthdays.h"
#include "clients/ClientSettings.h"
#include "clients/FirstPhone.h"
#include "clients/PhoneNumbers.h"
#include "clients/PurchaseStats.h"

#include "reports/ReportPeriod.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// The list from a query selecting (id, name, kFirstPhone, manager, sales,
// total, last, gap, since).
Result<QList<DriftingClient>> driftingRows(Database& db, const QString& sql,
                                           const QVariantList& args)
{
    Result<QList<QSqlRecord>> rows = sql::rows(db.connection(), sql, args);
    if (!rows)
        return rows.error();
    QList<DriftingClient> list;
    list.reserve(rows->size());
    const QString region = phoneRegion(db);
    for (const QSqlRecord& r : *rows)
        list.append({r.value(0).toLongLong(), r.value(1).toString(), shownPhone(r, 2, region),
                     r.value(4).toString(), r.value(5).toInt(), r.value(6).toLongLong(),
                     localDayOf(r.value(7)), r.value(8).toDouble(), int(r.value(9).toDouble())});
    return list;
}

// Only the clients the principal reaches ("1 = 1" for whoever sees all), of
// one manager when asked, biggest spenders first.
void narrowDrifting(Database& db, const DriftOptions& options, QString& sql, QVariantList& args)
{
    const ScopeSql reached = clientScope(db.principal(), u"c"_s);
    sql += u" AND "_s + reached.sql;
    args += reached.args;
    if (options.managerId > 0) {
        sql += u" AND c.manager_id = ?"_s;
        args << options.managerId;
    }
}

} // namespace

Result<QList<DriftingClient>> driftingClientsRecounted(Database& db, const DriftOptions& options)
{
    const Backend backend = db.backend();
    // Purchases and won deals (the sales as clients/PurchaseStats counts them)
    // summed per client separately, each straight off its (client, date,
    // amount) index, then put together: far cheaper over all time than
    // grouping the union of every sale.
    const QString asOf = boundsOf(options.asOf, options.asOf).to; // the end of that day
    SalesScope scope;
    scope.to = asOf;
    scope.perClient = true;
    scope.backend = backend;
    const SalesSql purchases = purchaseSales(scope);
    const SalesSql won = wonDealSales(scope);
    const QString perSource = u"SELECT client_id, count(*) AS n, sum(amount) AS total, min(at) AS "
                              u"first, max(at) AS last FROM ("_s;
    QString sql =
        u"WITH pp AS ("_s + perSource + purchases.sql + u") s GROUP BY client_id), pd AS ("_s +
        perSource + won.sql +
        u") s GROUP BY client_id), "
        u"per AS (SELECT client_id, sum(n) AS n, sum(total) AS total, min(first) AS first, "
        u"max(last) AS last FROM (SELECT * FROM pp UNION ALL SELECT * FROM pd) s GROUP BY "
        u"client_id), "
        u"m AS (SELECT per.*, CASE WHEN n > 1 THEN ("_s +
        sql::dayNumber(backend, u"last"_s) + u" - "_s + sql::dayNumber(backend, u"first"_s) +
        u") / (n - 1) END AS gap, "_s + sql::dayNumber(backend, u"?"_s) + u" - "_s +
        sql::dayNumber(backend, u"last"_s) +
        u" AS since FROM per) "
        u"SELECT c.id, c.display_name, "_s +
        kFirstPhone +
        u", COALESCE(u.name, ''), m.n, m.total, m.last, m.gap, m.since FROM m "
        u"JOIN clients c ON c.id = m.client_id AND c.archived = 0 "
        u"LEFT JOIN users u ON u.id = c.manager_id"_s +
        firstPhoneJoin(backend) + u" WHERE ((m.n > 1 AND m.since > "_s +
        sql::larger(backend, u"2 * m.gap"_s, u"m.gap + 30"_s) +
        u") OR (m.n = 1 AND m.since > ?))"_s;
    QVariantList args = purchases.args + won.args + QVariantList{asOf, options.oneTimeDays};
    narrowDrifting(db, options, sql, args);
    sql += u" ORDER BY m.total DESC, c.id LIMIT ?"_s;
    args << options.limit;
    return driftingRows(db, sql, args);
}

Result<QList<DriftingClient>> driftingClients(Database& db, const DriftOptions& options)
{
    const Backend backend = db.backend();
    // Each client's sales are kept summed in client_sales as they change
    // (schema 9): the list walks it biggest spender first and stops at the
    // limit. Those sums cover every sale; a list as of a day before some sale
    // (a look back) counts the sales up to that day instead.
    const QString asOf = boundsOf(options.asOf, options.asOf).to; // the end of that day
    Result<QVariant> later =
        sql::scalar(db.connection(),
                    u"SELECT EXISTS (SELECT 1 FROM client_sales WHERE last_at >= ?)"_s, {asOf});
    if (!later)
        return later.error();
    if (later->toBool())
        return driftingClientsRecounted(db, options);
    // A manager with few clients (the owner of a big base often has none) is
    // reached from their clients instead: walking everyone's sums biggest
    // first would pass all the others' to find theirs.
    bool fromClients = false;
    if (options.managerId > 0) {
        constexpr int kFewClients = 20'000;
        Result<QVariant> few = sql::scalar(
            db.connection(),
            u"SELECT count(*) FROM (SELECT 1 FROM clients WHERE manager_id = ? LIMIT ?) AS s"_s,
            {options.managerId, kFewClients + 1});
        if (!few)
            return few.error();
        fromClients = few->toInt() <= kFewClients;
    }
    const QString sums =
        u"SELECT client_id, sales, total, last_at, CASE WHEN sales > 1 THEN ("_s +
        sql::dayNumber(backend, u"last_at"_s) + u" - "_s + sql::dayNumber(backend, u"first_at"_s) +
        u") / (sales - 1) END AS gap, "_s + sql::dayNumber(backend, u"?"_s) + u" - "_s +
        sql::dayNumber(backend, u"last_at"_s) + u" AS since FROM client_sales"_s +
        (fromClients ? QString() : sql::indexedBy(backend, u"client_sales_total"_s));
    const QString joined =
        fromClients
            ? QString(u"clients c"_s + sql::indexedBy(backend, u"clients_manager"_s) +
                      u" JOIN ("_s + sums + u") AS m ON m.client_id = c.id AND c.archived = 0"_s)
            : QString(u"("_s + sums +
                      u") AS m JOIN clients c ON c.id = m.client_id AND c.archived = 0"_s);
    QString sql = u"SELECT c.id, c.display_name, "_s + kFirstPhone +
                  u", COALESCE(u.name, ''), m.sales, m.total, m.last_at, m.gap, m.since FROM "_s +
                  joined + u" LEFT JOIN users u ON u.id = c.manager_id"_s +
                  firstPhoneJoin(backend) + u" WHERE ((m.sales > 1 AND m.since > "_s +
                  sql::larger(backend, u"2 * m.gap"_s, u"m.gap + 30"_s) +
                  u") OR (m.sales = 1 AND m.since > ?))"_s;
    QVariantList args{asOf, options.oneTimeDays};
    narrowDrifting(db, options, sql, args);
    sql += u" ORDER BY m.total DESC, m.client_id LIMIT ?"_s;
    args << options.limit;
    return driftingRows(db, sql, args);
}

Result<QList<UpcomingBirthday>> upcomingBirthdays(Database& db, const QDate& from, int days,
                                                  qint64 managerId)
{
    // "+c.archived" and "+c.manager_id" keep the planner on the birthday
    // index: a week of birthdays is a few hundred clients, a manager's
    // clients many thousands.
    const BirthdayWindow window = birthdayWindow(from, days);
    QVariantList args = window.args;
    QString sql = u"SELECT c.id, c.display_name, "_s + kFirstPhone +
                  u", COALESCE(u.name, ''), c.birthday FROM clients c LEFT JOIN users u ON u.id = "
                  u"c.manager_id"_s +
                  firstPhoneJoin(db.backend()) + u" WHERE +c.archived = 0 AND "_s + window.sql;
    const ScopeSql reached = clientScope(db.principal(), u"c"_s);
    sql += u" AND "_s + reached.sql;
    args += reached.args;
    if (managerId > 0) {
        sql += u" AND +c.manager_id = ?"_s;
        args << managerId;
    }
    Result<QList<QSqlRecord>> rows = sql::rows(db.connection(), sql, args);
    if (!rows)
        return rows.error();
    QList<UpcomingBirthday> list;
    const QString region = phoneRegion(db);
    for (const QSqlRecord& r : *rows) {
        UpcomingBirthday b;
        b.birthday = QDate::fromString(r.value(5).toString(), Qt::ISODate);
        if (!b.birthday.isValid())
            continue;
        b.next = nextBirthday(b.birthday, from);
        if (!b.next.isValid() || b.next >= from.addDays(days))
            continue;
        b.turns = b.next.year() - b.birthday.year();
        // Read and formatted only for the birthdays kept.
        b.clientId = r.value(0).toLongLong();
        b.name = r.value(1).toString();
        b.phone = shownPhone(r, 2, region);
        b.manager = r.value(4).toString();
        list.append(b);
    }
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
        return a.next != b.next ? a.next < b.next : a.name < b.name;
    });
    return list;
}

} // namespace kartoteka
