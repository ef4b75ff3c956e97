#include "tasks/RepeatSale.h"

#include "clients/Lists.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "tasks/TaskRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::RepeatSale)
};

const QString kOriginPrefix = u"repeat_sale:"_s;
constexpr int kShortestGap = 7;
constexpr int kLongestGap = 730;

// Cancels the open tasks `where` finds (of tasks, by id), each as a person would.
Status cancelWhere(Transaction& tx, Database& db, const QString& where, const QVariantList& args)
{
    Result<QList<QSqlRecord>> found =
        sql::rows(tx.db(), u"SELECT id FROM tasks WHERE state = 'open' AND "_s + where, args);
    if (!found)
        return found.error();
    TaskRepository tasks(db);
    for (const QSqlRecord& r : *found) {
        if (Status s = tasks.cancelIn(tx, r.value(0).toLongLong()); !s)
            return s;
    }
    return Status::success();
}

QDate localDay(const QVariant& timestamp)
{
    return QDateTime::fromString(timestamp.toString(), Qt::ISODateWithMs).toLocalTime().date();
}

} // namespace

QString repeatSaleOrigin(qint64 dealId)
{
    return kOriginPrefix + QString::number(dealId);
}

int repeatSaleDays(int purchases, const QDate& first, const QDate& last, int typeDays)
{
    if (purchases >= 2 && first.isValid() && last.isValid() && first < last)
        return std::clamp(int(first.daysTo(last) / (purchases - 1)), kShortestGap, kLongestGap);
    return std::max(typeDays, 0);
}

Status planRepeatSale(Transaction& tx, Database& db, qint64 dealId, const QDate& today)
{
    // The deal, its client's purchases so far (this one among them) and
    // their type's default.
    Result<QList<QSqlRecord>> rows = sql::rows(
        tx.db(),
        u"SELECT d.client_id, d.manager_id, c.manager_id, d.title, s.sales, s.first_at, "
        u"s.last_at, h.repeat_sale_days FROM deals d JOIN clients c ON c.id = d.client_id "
        u"LEFT JOIN client_sales s ON s.client_id = d.client_id LEFT JOIN contact_type_habits h "
        u"ON h.type_id = c.contact_type_id WHERE d.id = ?"_s,
        {dealId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Status::success();
    const QSqlRecord& r = rows->first();
    const int days = repeatSaleDays(r.value(4).toInt(), localDay(r.value(5)), localDay(r.value(6)),
                                    r.value(7).toInt());
    if (days <= 0)
        return Status::success();
    const qint64 clientId = r.value(0).toLongLong();
    // The client has just bought: an earlier reminder to sell is done with.
    if (Status s =
            cancelWhere(tx, db, u"client_id = ? AND origin LIKE 'repeat_sale:%'"_s, {clientId});
        !s)
        return s;
    Task next;
    next.title = Tr::tr("Offer the next purchase (after «%1»)").arg(r.value(3).toString());
    next.clientId = clientId;
    next.dealId = dealId;
    next.dueDate = today.addDays(days);
    next.origin = repeatSaleOrigin(dealId);
    if (Result<qint64> kind = Lists(db).idByMeaning(kTaskKinds, u"call"_s); kind)
        next.kindId = *kind;
    return TaskRepository(db).createForShop(tx, next,
                                            {r.value(1).toLongLong(), r.value(2).toLongLong()});
}

Status cancelRepeatSale(Transaction& tx, Database& db, qint64 dealId)
{
    return cancelWhere(tx, db, u"origin = ?"_s, {repeatSaleOrigin(dealId)});
}

} // namespace kartoteka
