#include "deals/DealRepository.h"
#include "language/Formats.h"

#include "audit/AuditedValues.h"
#include "audit/AuditLog.h"
#include "automation/Automation.h"
#include "clients/ClientRepository.h"
#include "clients/ClientSettings.h"
#include "deals/BoardRules.h"
#include "deals/FurthestStage.h"
#include "deals/PipelineRepository.h"
#include "money/Money.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "tasks/RepeatSale.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

constexpr double kMsecsPerDay = 24 * 60 * 60 * 1000.0;

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::DealRepository)
};

// The board position after a column's last card. By pipeline and stage, as
// the board's index is: by the stage alone the server read every card of
// the column through the row-level security (a move: 37 ms instead of 2).
Result<double> endOfColumn(QSqlDatabase& db, qint64 pipelineId, qint64 stageId)
{
    Result<QVariant> end = sql::scalar(
        db,
        u"SELECT COALESCE(max(board_position), 0) + 1 FROM deals WHERE pipeline_id = ? AND "
        u"stage_id = ?"_s,
        {pipelineId, stageId});
    if (!end)
        return end.error();
    return end->toDouble();
}

const QString kDealColumns =
    u"id, version, pipeline_id, stage_id, client_id, title, manager_id, source_id, amount_minor, "
    u"currency, expected_close, notes, loss_reason_id, created_at, stage_entered_at, closed_at"_s;

Deal dealFrom(const QSqlRecord& r)
{
    Deal d;
    d.id = r.value(0).toLongLong();
    d.version = r.value(1).toLongLong();
    d.pipelineId = r.value(2).toLongLong();
    d.stageId = r.value(3).toLongLong();
    d.clientId = r.value(4).toLongLong();
    d.title = r.value(5).toString();
    d.managerId = r.value(6).toLongLong();
    d.sourceId = r.value(7).toLongLong();
    d.amountMinor = r.value(8).toLongLong();
    d.currency = r.value(9).toString();
    d.expectedClose = QDate::fromString(r.value(10).toString(), Qt::ISODate);
    d.notes = r.value(11).toString();
    d.lossReasonId = r.value(12).toLongLong();
    d.createdAt = QDateTime::fromString(r.value(13).toString(), Qt::ISODateWithMs);
    d.stageEnteredAt = QDateTime::fromString(r.value(14).toString(), Qt::ISODateWithMs);
    d.closedAt = QDateTime::fromString(r.value(15).toString(), Qt::ISODateWithMs);
    return d;
}

// The days the deal stayed in the stage it leaves at `when`, on its open
// history row (day numbers: julianday() is SQLite's alone).
Status closeStageStay(QSqlDatabase& db, qint64 dealId, const QString& when)
{
    const Backend backend = sql::backendOf(db);
    return sql::exec(db,
                     u"UPDATE deal_stage_history SET days_in_stage = "_s +
                         sql::dayNumber(backend, u"?"_s) + u" - "_s +
                         sql::dayNumber(backend, u"at"_s) +
                         u" WHERE deal_id = ? AND days_in_stage IS NULL"_s,
                     {when, dealId});
}

// Records a move in the deal's stage history, with the account that made it
// beside its name (none: the program itself; files from before accounts have
// no such column).
Status recordMove(QSqlDatabase& db, const Database& database, qint64 dealId, const QVariant& from,
                  qint64 to, const QString& at)
{
    Result<qint64> move = sql::insertReturningId(
        db,
        u"INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, at, by_user) "
        u"VALUES (?, ?, ?, ?, ?)"_s,
        {dealId, from, to, at, database.actor()});
    if (!move)
        return move.error();
    if (!keepsAccounts(db))
        return Status::success();
    return sql::exec(db, u"UPDATE deal_stage_history SET by_user_id = ? WHERE id = ?"_s,
                     {database.actorId(), *move});
}

// A card's last activity (BoardCard::lastActivity): its latest move or
// change. Plain SQL (no two-argument max) for the PostgreSQL backend too.
const QString kActivity = u"CASE WHEN d.updated_at > d.stage_entered_at THEN d.updated_at "
                          u"ELSE d.stage_entered_at END"_s;

// What a card shows, in the order readCards reads it.
const QString kCardColumns =
    u"SELECT d.id, d.version, d.stage_id, d.title, c.display_name, d.amount_minor, d.currency, "
    u"d.stage_entered_at, "_s +
    kActivity + u", d.board_position, d.manager_id, d.client_id "_s;
const QString kBoardSelect = kCardColumns + u"FROM deals d JOIN clients c ON c.id = d.client_id "_s;

// A board query's conditions on the deals of some of its columns (all open
// or all final) that SQL decides: pipeline, open or closed since, reach,
// manager, rotting. The text is left to the rule (BoardFilter::keeps).
struct BoardWhere
{
    QString sql;
    QVariantList args;
    bool none = false; // no card of these columns can be kept: nothing to ask
};

BoardWhere boardWhere(const Principal& who, const BoardQuery& query, const QList<Stage>& stages)
{
    BoardWhere where;
    if (stages.isEmpty())
        return {{}, {}, true};
    const bool open = !stages.first().isFinal();
    if (!open && !query.closedSince.isValid())
        return {{}, {}, true};
    where.sql = u"d.pipeline_id = ? AND "_s;
    where.args << query.pipelineId;
    if (open) {
        where.sql += u"d.closed_at IS NULL"_s;
    } else {
        where.sql += u"d.closed_at IS NOT NULL AND d.closed_at >= ?"_s;
        where.args << utcTimestamp(query.closedSince);
    }
    QStringList marks;
    for (const Stage& stage : stages) {
        marks << u"?"_s;
        where.args << stage.id;
    }
    where.sql += u" AND d.stage_id IN ("_s + marks.join(u", "_s) + u")"_s;
    if (query.filter.managerId != 0) {
        where.sql += u" AND d.manager_id = ?"_s;
        where.args << query.filter.managerId;
    }
    if (query.filter.rottingOnly) {
        // Each stage its own limit (rottingBefore: the rule as a bound).
        QStringList rotting;
        for (const Stage& stage : stages) {
            const QDateTime before = rottingBefore(stage, query.now);
            if (!before.isValid())
                continue;
            rotting << u"(d.stage_id = ? AND "_s + kActivity + u" < ?)"_s;
            where.args << stage.id << utcTimestamp(before);
        }
        if (rotting.isEmpty())
            return {{}, {}, true};
        where.sql += u" AND ("_s + rotting.join(u" OR "_s) + u")"_s;
    }
    const ScopeSql scope = dealScope(who, u"d"_s);
    where.sql += u" AND "_s + scope.sql;
    where.args += scope.args;
    return where;
}

// Our own timestamps (utcTimestamp: "2026-03-20T10:00:00.000Z") read by hand:
// QDateTime's general parser took more time than the query on a big board.
// Anything else goes to that parser.
QDateTime parseTimestamp(const QString& text)
{
    const QChar* c = text.constData();
    const auto digits = [c](int from, int count, int& value) {
        value = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t d = c[i].unicode();
            if (d < u'0' || d > u'9')
                return false;
            value = value * 10 + (d - u'0');
        }
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0;
    if (text.size() == 24 && c[4] == u'-' && c[7] == u'-' && c[10] == u'T' && c[13] == u':' &&
        c[16] == u':' && c[19] == u'.' && c[23] == u'Z' && digits(0, 4, year) &&
        digits(5, 2, month) && digits(8, 2, day) && digits(11, 2, hour) && digits(14, 2, minute) &&
        digits(17, 2, second) && digits(20, 3, ms) && hour < 24 && minute < 60 && second < 60) {
        const QDate date(year, month, day);
        if (date.isValid()) {
            const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
            return QDateTime::fromMSecsSinceEpoch(
                ((days * 24 + hour) * 60 + minute) * 60000 + second * 1000 + ms, Qt::UTC);
        }
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// Runs `statement` on `query` (prepared once, run again for each call with
// the same text) and appends its rows as cards. Values are read by column
// number: a QSqlRecord per row cost more than the query on a big board.
Status readCards(QSqlQuery& query, const QString& statement, const QVariantList& args,
                 QList<BoardCard>& cards)
{
    query.setForwardOnly(true);
    if (query.lastQuery() != statement && !query.prepare(statement))
        return sql::errorFrom(query.lastError(), statement);
    for (int i = 0; i < args.size(); ++i)
        query.bindValue(i, sql::bindable(args[i]));
    if (!query.exec())
        return sql::errorFrom(query.lastError(), statement);
    while (query.next()) {
        BoardCard c;
        c.dealId = query.value(0).toLongLong();
        c.version = query.value(1).toLongLong();
        c.stageId = query.value(2).toLongLong();
        c.title = query.value(3).toString();
        c.clientName = query.value(4).toString();
        c.amountMinor = query.value(5).toLongLong();
        c.currency = query.value(6).toString();
        c.stageEnteredAt = parseTimestamp(query.value(7).toString());
        c.lastActivity = parseTimestamp(query.value(8).toString());
        c.boardPosition = query.value(9).toDouble();
        c.managerId = query.value(10).toLongLong();
        c.clientId = query.value(11).toLongLong();
        cards.append(c);
    }
    const QSqlError error = query.lastError();
    // Finished before returning: an open SELECT would hold the read lock.
    query.finish();
    if (error.isValid())
        return sql::errorFrom(error, statement);
    return Status::success();
}

Status conflict()
{
    return makeError(
        ErrorKind::Conflict,
        Tr::tr("Someone else changed or moved this deal in the meantime. Open it again "
               "to see their change."));
}

} // namespace

Result<Pipeline> DealRepository::pipelineOf(qint64 pipelineId)
{
    PipelineRepository pipelines(m_db);
    return pipelineId > 0 ? pipelines.pipeline(pipelineId) : pipelines.pipelineNamed(QString());
}

Status DealRepository::prepare(Deal& deal, const Pipeline& pipeline, bool bulk)
{
    if (deal.title.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("Give the deal a title."));
    if (deal.clientId <= 0)
        return makeError(ErrorKind::Invalid, Tr::tr("A deal needs a client."));
    // Bulk data names existing clients and their sources (the foreign key
    // still guards it); one by one, the client is checked with a message.
    if (!bulk || deal.sourceId == 0) {
        Result<QVariant> client = sql::scalar(
            m_db.connection(), u"SELECT source_id FROM clients WHERE id = ?"_s, {deal.clientId});
        if (!client)
            return client.error();
        if (!client->isValid())
            return makeError(ErrorKind::NotFound,
                             Tr::tr("Client %1 does not exist.").arg(deal.clientId));
        if (deal.sourceId == 0)
            deal.sourceId = client->toLongLong(); // the client's channel, changeable later
    }
    for (const DealItem& item : deal.items) {
        if (item.name.trimmed().isEmpty() || !(item.quantity > 0) || item.priceMinor < 0 ||
            !(item.discountPercent >= 0 && item.discountPercent <= 100))
            return makeError(ErrorKind::Invalid,
                             Tr::tr("Each line needs a name, a quantity above zero, a price and a "
                                    "discount of 0-100 %."));
        // Checked as a double first: a huge quantity must not overflow the total.
        if (!moneyInRange(item.priceMinor) ||
            !(item.quantity * double(item.priceMinor) <= double(kMaxMoneyMinor)))
            return makeError(ErrorKind::Invalid,
                             Tr::tr("The line %1 comes to more than the largest amount Kartoteka "
                                    "takes, %2.")
                                 .arg(item.name, formatMajor(kMaxMoneyMinor)));
    }
    if (!deal.items.isEmpty()) {
        deal.amountMinor = 0;
        for (const DealItem& item : deal.items) {
            deal.amountMinor += item.totalMinor();
            if (!moneyInRange(deal.amountMinor))
                return checkMoneyRange(deal.amountMinor);
        }
    }
    if (Status inRange = checkMoneyRange(deal.amountMinor); !inRange)
        return inRange;
    if (deal.currency.isEmpty())
        deal.currency = shopCurrency(m_db);
    deal.pipelineId = pipeline.id;
    if (deal.stageId == 0) {
        const Stage* first = pipeline.firstOpenStage();
        if (!first)
            return makeError(ErrorKind::Invalid, Tr::tr("The pipeline has no open stage."));
        deal.stageId = first->id;
    }
    if (!pipeline.stageWithId(deal.stageId))
        return makeError(ErrorKind::Invalid,
                         Tr::tr("That stage is not in the pipeline %1.").arg(pipeline.name));
    return Status::success();
}

Status DealRepository::writeItems(QSqlDatabase& db, const Deal& deal)
{
    if (Status s = sql::exec(db, u"DELETE FROM deal_items WHERE deal_id = ?"_s, {deal.id}); !s)
        return s;
    for (int i = 0; i < deal.items.size(); ++i) {
        const DealItem& item = deal.items[i];
        if (Status s =
                sql::exec(db,
                          u"INSERT INTO deal_items (deal_id, position, product_id, name, quantity, "
                          u"price_minor, discount_percent) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                          {deal.id, i, sql::idOrNull(item.productId), item.name.trimmed(),
                           item.quantity, item.priceMinor, item.discountPercent});
            !s)
            return s;
    }
    return Status::success();
}

Status DealRepository::checkNew(Deal& deal)
{
    const Principal& who = m_db.principal();
    Result<qint64> manager = managerFor(who, deal.managerId, 0, true);
    if (!manager)
        return manager.error();
    deal.managerId = *manager;
    return deal.clientId > 0 ? requireClientReach(m_db.connection(), who, deal.clientId)
                             : Status::success();
}

Status DealRepository::checkWriter(QSqlDatabase& db, Deal& deal)
{
    const Principal& who = m_db.principal();
    if (who.can(Capability::AllClients))
        return Status::success();
    if (Status s = requireDealReach(db, who, deal.id); !s)
        return s;
    if (Status s = requireClientReach(db, who, deal.clientId); !s)
        return s;
    Result<QVariant> was =
        sql::scalar(db, u"SELECT manager_id FROM deals WHERE id = ?"_s, {deal.id});
    if (!was)
        return was.error();
    Result<qint64> manager = managerFor(who, deal.managerId, was->toLongLong(), false);
    if (!manager)
        return manager.error();
    deal.managerId = *manager;
    return Status::success();
}

Status DealRepository::create(Deal& deal)
{
    if (Status s = checkNew(deal); !s)
        return s;
    Result<Pipeline> pipeline = pipelineOf(deal.pipelineId);
    if (!pipeline)
        return pipeline.error();
    if (Status s = prepare(deal, *pipeline); !s)
        return s;
    const Stage* stage = pipeline->stageWithId(deal.stageId);
    if (stage->kind == StageKind::Lost && deal.lossReasonId == 0)
        return makeError(ErrorKind::Invalid, Tr::tr("A lost deal needs a loss reason."));
    return m_db.write([&](Transaction& tx) -> Status {
        const QString now = deal.createdAt.isValid() ? utcTimestamp(deal.createdAt) : nowUtc();
        Result<double> position = endOfColumn(tx.db(), deal.pipelineId, deal.stageId);
        if (!position)
            return position.error();
        Result<qint64> id = sql::insertReturningId(
            tx.db(),
            u"INSERT INTO deals (pipeline_id, stage_id, client_id, title, manager_id, "
            u"source_id, "
            u"amount_minor, currency, expected_close, notes, loss_reason_id, board_position, "
            u"created_at, updated_at, stage_entered_at, closed_at, furthest_stage_id) VALUES "
            u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {deal.pipelineId, deal.stageId, deal.clientId, deal.title.trimmed(),
             sql::idOrNull(deal.managerId), sql::idOrNull(deal.sourceId), deal.amountMinor,
             deal.currency,
             deal.expectedClose.isValid() ? QVariant(deal.expectedClose.toString(Qt::ISODate))
                                          : QVariant(),
             deal.notes, sql::idOrNull(deal.lossReasonId), *position, now, now, now,
             stage->isFinal() ? QVariant(now) : QVariant(),
             furthestOpenStage(*pipeline, {deal.stageId})});
        if (!id)
            return id.error();
        deal.id = *id;
        deal.version = 1;
        if (Status s = writeItems(tx.db(), deal); !s)
            return s;
        if (Status s = recordMove(tx.db(), m_db, deal.id, QVariant(), deal.stageId, now); !s)
            return s;
        tx.recordChange(kEntity, deal.id, ChangeOp::Insert);
        if (Status s =
                auditChange(tx, kEntity, u"insert"_s, deal.id, deal.clientId, {}, auditedDeal);
            !s)
            return s;
        return runArrivalRules(tx, deal, *stage, now);
    });
}

Result<RottingDeals> DealRepository::rotting(qint64 managerId, const QDateTime& now, int limit)
{
    Result<QList<Pipeline>> pipelines = PipelineRepository(m_db).pipelines();
    if (!pipelines)
        return pipelines.error();
    // Each stage its own limit (rottingBefore: the rule as a bound), each
    // found by the index of a stage's open deals by manager (schema 25).
    const QString manager = managerId > 0 ? u" AND d.manager_id = ?"_s : QString();
    QStringList stages;
    QVariantList args;
    QHash<qint64, QString> stageNames;
    for (const Pipeline& pipeline : *pipelines) {
        for (const Stage& stage : pipeline.stages) {
            const QDateTime before = rottingBefore(stage, now);
            if (!before.isValid())
                continue;
            stages << u"(d.stage_id = ?"_s + manager + u" AND "_s + kActivity + u" < ?)"_s;
            args << stage.id;
            if (managerId > 0)
                args << managerId;
            args << utcTimestamp(before);
            stageNames.insert(stage.id, stage.name);
        }
    }
    RottingDeals found;
    if (stages.isEmpty())
        return found;
    QString where = u" WHERE d.closed_at IS NULL AND ("_s + stages.join(u" OR "_s) + u")"_s;
    const ScopeSql scope = dealScope(m_db.principal(), u"d"_s);
    where += u" AND "_s + scope.sql;
    args += scope.args;
    // How many in all comes with the first few, in the same reading.
    Result<QList<QSqlRecord>> rows = sql::rows(
        m_db.connection(),
        u"SELECT d.id, d.title, d.client_id, c.display_name, d.stage_id, d.amount_minor, "
        u"d.currency, "_s +
            kActivity +
            u" AS activity, COALESCE(u.name, ''), count(*) OVER () FROM deals d JOIN "
            u"clients c ON c.id = d.client_id LEFT JOIN users u ON u.id = d.manager_id"_s +
            where + u" ORDER BY activity, d.id LIMIT ?"_s,
        args + QVariantList{std::max(limit, 1)});
    if (!rows)
        return rows.error();
    for (const QSqlRecord& r : *rows) {
        found.total = r.value(9).toInt();
        if (found.deals.size() < limit)
            found.deals.append({r.value(0).toLongLong(), r.value(1).toString(),
                                r.value(2).toLongLong(), r.value(3).toString(),
                                stageNames.value(r.value(4).toLongLong()), r.value(5).toLongLong(),
                                r.value(6).toString(), parseTimestamp(r.value(7).toString()),
                                r.value(8).toString()});
    }
    return found;
}

Status DealRepository::createMany(QList<Deal>& deals, const QList<QList<StageMove>>& moves)
{
    for (Deal& deal : deals) {
        if (Status s = checkNew(deal); !s)
            return s;
    }
    if (moves.size() != deals.size())
        return makeError(ErrorKind::Invalid, u"createMany: one list of moves per deal"_s);
    Result<QList<Pipeline>> pipelines = PipelineRepository(m_db).pipelines();
    if (!pipelines)
        return pipelines.error();
    const QString currency = shopCurrency(m_db);
    QVariantList furthest;
    furthest.reserve(deals.size());
    for (qsizetype n = 0; n < deals.size(); ++n) {
        Deal& deal = deals[n];
        if (deal.currency.isEmpty())
            deal.currency = currency;
        const auto pipeline =
            std::find_if(pipelines->cbegin(), pipelines->cend(), [&](const Pipeline& p) {
                return deal.pipelineId == 0 || p.id == deal.pipelineId;
            });
        if (pipeline == pipelines->cend())
            return makeError(ErrorKind::NotFound,
                             Tr::tr("There is no pipeline %1.").arg(deal.pipelineId));
        if (Status s = prepare(deal, *pipeline, true); !s)
            return s;
        QList<qint64> visited{deal.stageId};
        for (const StageMove& move : moves[n])
            visited.append(move.toStageId);
        furthest.append(furthestOpenStage(*pipeline, visited));
    }
    return m_db.write([&](Transaction& tx) -> Status {
        QSqlQuery insertDeal(tx.db());
        QSqlQuery insertItem(tx.db());
        QSqlQuery insertMove(tx.db());
        if (!insertDeal.prepare(
                u"INSERT INTO deals (pipeline_id, stage_id, client_id, title, manager_id, "
                u"source_id, amount_minor, currency, expected_close, notes, loss_reason_id, "
                u"board_position, created_at, updated_at, stage_entered_at, closed_at, "
                u"furthest_stage_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                u"RETURNING id"_s) ||
            !insertItem.prepare(
                u"INSERT INTO deal_items (deal_id, position, product_id, name, quantity, "
                u"price_minor, discount_percent) VALUES (?, ?, ?, ?, ?, ?, ?)"_s) ||
            !insertMove.prepare(
                u"INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, at, "
                u"by_user, days_in_stage) VALUES (?, ?, ?, ?, ?, ?)"_s))
            return sql::errorFrom(insertDeal.lastError());
        auto run = [](QSqlQuery& q, const QVariantList& args) -> Status {
            for (int i = 0; i < args.size(); ++i)
                q.bindValue(i, sql::bindable(args[i]));
            return q.exec() ? Status::success()
                            : Status(sql::errorFrom(q.lastError(), q.lastQuery()));
        };
        for (int n = 0; n < deals.size(); ++n) {
            Deal& deal = deals[n];
            const QDateTime createdAt =
                deal.createdAt.isValid() ? deal.createdAt : QDateTime::currentDateTimeUtc();
            const QString created = utcTimestamp(createdAt);
            const qint64 firstStage = deal.stageId;
            const StageMove* last = moves[n].isEmpty() ? nullptr : &moves[n].last();
            const qint64 finalStage = last ? last->toStageId : firstStage;
            const QString entered = last ? utcTimestamp(last->at) : created;
            const bool closed = deal.lossReasonId != 0 || deal.closedAt.isValid();
            if (Status s =
                    run(insertDeal,
                        {deal.pipelineId, finalStage, deal.clientId, deal.title.trimmed(),
                         sql::idOrNull(deal.managerId), sql::idOrNull(deal.sourceId),
                         deal.amountMinor, deal.currency,
                         deal.expectedClose.isValid()
                             ? QVariant(deal.expectedClose.toString(Qt::ISODate))
                             : QVariant(),
                         deal.notes, sql::idOrNull(deal.lossReasonId), double(n), created, entered,
                         entered, closed ? QVariant(entered) : QVariant(), furthest[n]});
                !s)
                return s;
            // RETURNING: a server's lastInsertId() may be a trigger's sequence.
            deal.id = insertDeal.next() ? insertDeal.value(0).toLongLong() : 0;
            insertDeal.finish();
            deal.version = 1;
            deal.stageId = finalStage;
            for (int i = 0; i < deal.items.size(); ++i) {
                const DealItem& item = deal.items[i];
                if (Status s =
                        run(insertItem, {deal.id, i, sql::idOrNull(item.productId), item.name,
                                         item.quantity, item.priceMinor, item.discountPercent});
                    !s)
                    return s;
            }
            // Each stay lasts until the next move; the last one is still going on.
            auto daysUntilNext = [&](int k, const QDateTime& at) {
                return k < moves[n].size()
                           ? QVariant(double(at.msecsTo(moves[n][k].at)) / kMsecsPerDay)
                           : QVariant();
            };
            if (Status s = run(insertMove, {deal.id, QVariant(), firstStage, created, m_db.actor(),
                                            daysUntilNext(0, createdAt)});
                !s)
                return s;
            qint64 from = firstStage;
            for (int k = 0; k < moves[n].size(); ++k) {
                const StageMove& move = moves[n][k];
                if (Status s =
                        run(insertMove, {deal.id, from, move.toStageId, utcTimestamp(move.at),
                                         move.by.isEmpty() ? m_db.actor() : move.by,
                                         daysUntilNext(k + 1, move.at)});
                    !s)
                    return s;
                from = move.toStageId;
            }
        }
        insertDeal.finish();
        insertItem.finish();
        insertMove.finish();
        tx.recordChange(kEntity, 0, ChangeOp::Reload);
        return recordAudit(tx, {auditAction::changeAction(kEntity, u"import"_s),
                                kEntity,
                                0,
                                0,
                                {},
                                QJsonObject{{u"rows"_s, deals.size()}}});
    });
}

Result<Deal> DealRepository::load(qint64 id)
{
    if (Status s = requireDealReach(m_db.connection(), m_db.principal(), id); !s)
        return s.error();
    Result<QList<QSqlRecord>> rows = sql::rows(
        m_db.connection(), u"SELECT "_s + kDealColumns + u" FROM deals WHERE id = ?"_s, {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorKind::NotFound, Tr::tr("Deal %1 does not exist.").arg(id));
    Deal deal = dealFrom(rows->first());
    Result<QList<QSqlRecord>> items = sql::rows(
        m_db.connection(),
        u"SELECT product_id, name, quantity, price_minor, discount_percent FROM deal_items "
        u"WHERE deal_id = ? ORDER BY position"_s,
        {id});
    if (!items)
        return items.error();
    for (const QSqlRecord& r : *items)
        deal.items.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toDouble(),
                           r.value(3).toLongLong(), r.value(4).toDouble()});
    return deal;
}

Status DealRepository::update(Deal& deal)
{
    Result<Pipeline> pipeline = pipelineOf(deal.pipelineId);
    if (!pipeline)
        return pipeline.error();
    if (Status s = prepare(deal, *pipeline); !s)
        return s;
    return m_db.write([&](Transaction& tx) -> Status { return writeUpdate(tx, deal); });
}

Status DealRepository::updateIn(Transaction& tx, Deal& deal)
{
    Result<Pipeline> pipeline = pipelineOf(deal.pipelineId);
    if (!pipeline)
        return pipeline.error();
    if (Status s = prepare(deal, *pipeline); !s)
        return s;
    return writeUpdate(tx, deal);
}

Status DealRepository::writeUpdate(Transaction& tx, Deal& deal)
{
    if (Status s = checkWriter(tx.db(), deal); !s)
        return s;
    Result<QVariantMap> before = auditedDeal(tx.db(), deal.id);
    if (!before)
        return before.error();
    // The stage changes only through move(), which records the history.
    Result<int> changed = sql::change(
        tx.db(),
        u"UPDATE deals SET client_id = ?, title = ?, manager_id = ?, source_id = ?, "
        u"amount_minor = ?, "
        u"currency = ?, expected_close = ?, notes = ?, updated_at = ?, version = version + 1 "
        u"WHERE id = ? AND version = ?"_s,
        {deal.clientId, deal.title.trimmed(), sql::idOrNull(deal.managerId),
         sql::idOrNull(deal.sourceId), deal.amountMinor, deal.currency,
         deal.expectedClose.isValid() ? QVariant(deal.expectedClose.toString(Qt::ISODate))
                                      : QVariant(),
         deal.notes, nowUtc(), deal.id, deal.version});
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return conflict();
    deal.version += 1;
    tx.recordChange(kEntity, deal.id, ChangeOp::Update);
    if (Status s = writeItems(tx.db(), deal); !s)
        return s;
    // Under the client it belongs to now; a deal given to another client
    // shows in both cards' history through its old and new client field.
    return auditChange(tx, kEntity, u"update"_s, deal.id, deal.clientId, *before, auditedDeal);
}

Result<Stage> DealRepository::stageToMoveTo(const Deal& deal, qint64 toStageId, qint64 lossReasonId)
{
    Result<Pipeline> pipeline = pipelineOf(deal.pipelineId);
    if (!pipeline)
        return pipeline.error();
    const Stage* target = pipeline->stageWithId(toStageId);
    if (!target)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("That stage is not in the pipeline %1.").arg(pipeline->name));
    if (target->kind == StageKind::Lost && lossReasonId == 0)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("Moving a deal to \"%1\" needs a loss reason.").arg(target->name));
    return *target;
}

Status DealRepository::move(Deal& deal, qint64 toStageId, qint64 lossReasonId, const QDateTime& at)
{
    Result<Stage> target = stageToMoveTo(deal, toStageId, lossReasonId);
    if (!target)
        return target.error();
    if (toStageId == deal.stageId)
        return Status::success();
    const QString when = at.isValid() ? utcTimestamp(at) : nowUtc();
    return m_db.write([&](Transaction& tx) -> Status {
        if (Status s = requireDealReach(tx.db(), m_db.principal(), deal.id); !s)
            return s;
        // A move dated before the deal reached its stage would make the time
        // spent there negative in every report.
        Result<QVariant> entered =
            sql::scalar(tx.db(), u"SELECT stage_entered_at FROM deals WHERE id = ?"_s, {deal.id});
        if (!entered)
            return entered.error();
        if (when < entered->toString())
            return makeError(
                ErrorKind::Invalid,
                Tr::tr("The deal came to its stage on %1; a move cannot be dated before that.")
                    .arg(formatDateTime(
                        QDateTime::fromString(entered->toString(), Qt::ISODateWithMs))));
        Result<QVariantMap> before = auditedDeal(tx.db(), deal.id);
        if (!before)
            return before.error();
        if (Status s =
                writeMoveAndFollowUps(tx, deal, *target, lossReasonId, when, std::nullopt, {});
            !s)
            return s;
        tx.recordChange(kEntity, deal.id, ChangeOp::Update);
        return auditChange(tx, kEntity, u"move"_s, deal.id, deal.clientId, *before, auditedDeal);
    });
}

Status DealRepository::writeMoveAndFollowUps(Transaction& tx, Deal& deal, const Stage& target,
                                             qint64 lossReasonId, const QString& when,
                                             std::optional<double> position,
                                             const QString& lossComment,
                                             const std::optional<QString>& notes)
{
    Result<QVariant> fromKind =
        sql::scalar(tx.db(), u"SELECT kind FROM stages WHERE id = ?"_s, {deal.stageId});
    if (!fromKind)
        return fromKind.error();
    const bool wasWon = fromKind->toString() == stageKindName(StageKind::Won);
    const qint64 fromStage = deal.stageId;
    if (Status s =
            writeMove(tx.db(), deal, target, lossReasonId, when, position, lossComment, notes);
        !s)
        return s;
    if (fromStage == target.id)
        return Status::success();
    if (target.kind == StageKind::Won) {
        if (Status s = planRepeatSale(tx, m_db, deal.id, QDate::currentDate()); !s)
            return s;
    } else if (wasWon) {
        if (Status s = cancelRepeatSale(tx, m_db, deal.id); !s)
            return s;
    }
    // An undone move (it brings its notes back) is no new arrival: what
    // rules set up for the move it undoes is called off instead.
    if (notes)
        return cancelRuleTasksOfArrival(tx, m_db, deal.id, fromStage);
    return runArrivalRules(tx, deal, target, when);
}

Status DealRepository::runArrivalRules(Transaction& tx, const Deal& deal, const Stage& stage,
                                       const QString& when)
{
    for (const AutomationEvent& event :
         dealArrivalEvents(deal.id, deal.clientId, stage.id, stageKindName(stage.kind), when)) {
        if (Status s = runRules(tx, m_db, event); !s)
            return s;
    }
    return Status::success();
}

Status DealRepository::writeMove(QSqlDatabase& db, Deal& deal, const Stage& target,
                                 qint64 lossReasonId, const QString& when,
                                 std::optional<double> position, const QString& lossComment,
                                 const std::optional<QString>& notes)
{
    if (!position) {
        Result<double> end = endOfColumn(db, deal.pipelineId, target.id);
        if (!end)
            return end.error();
        position = *end;
    }
    // The comment is kept with the deal, where whoever opens it reads it.
    QString note;
    if (target.kind == StageKind::Lost && !lossComment.trimmed().isEmpty()) {
        Result<QVariant> reason =
            sql::scalar(db, u"SELECT name FROM list_items WHERE id = ?"_s, {lossReasonId});
        if (!reason)
            return reason.error();
        note = Tr::tr("Lost on %1 (%2): %3")
                   .arg(QDateTime::fromString(when, Qt::ISODateWithMs)
                            .toLocalTime()
                            .date()
                            .toString(Qt::ISODate),
                        reason->toString(), lossComment.trimmed());
    }
    const bool moved = target.id != deal.stageId;
    Result<int> changed = sql::change(
        db,
        u"UPDATE deals SET stage_id = ?, loss_reason_id = ?, board_position = ?, "
        u"stage_entered_at = CASE WHEN ? = 1 THEN ? ELSE stage_entered_at END, "
        u"closed_at = CASE WHEN ? = 1 THEN ? ELSE closed_at END, "
        u"notes = CASE WHEN ? = 1 THEN ? WHEN ? = '' THEN notes WHEN notes = '' THEN ? "
        u"ELSE notes || ? || ? END, updated_at = ?, version = version + 1 "
        u"WHERE id = ? AND version = ? AND stage_id = ?"_s,
        {target.id, target.kind == StageKind::Lost ? sql::idOrNull(lossReasonId) : QVariant(),
         *position, moved ? 1 : 0, when, moved ? 1 : 0,
         target.isFinal() ? QVariant(when) : QVariant(), notes ? 1 : 0, notes.value_or(QString()),
         note, note, u"\n"_s, note, nowUtc(), deal.id, deal.version, deal.stageId});
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return conflict();
    if (moved) {
        if (Status s = closeStageStay(db, deal.id, when); !s)
            return s;
        if (Status s = recordMove(db, m_db, deal.id, deal.stageId, target.id, when); !s)
            return s;
        if (target.kind == StageKind::Open) {
            if (Status s = noteStageReached(db, deal.id, target.id, target.position); !s)
                return s;
        }
        deal.stageId = target.id;
        deal.lossReasonId = target.kind == StageKind::Lost ? lossReasonId : 0;
        deal.stageEnteredAt = QDateTime::fromString(when, Qt::ISODateWithMs);
        deal.closedAt = target.isFinal() ? deal.stageEnteredAt : QDateTime();
    }
    if (!note.isEmpty())
        deal.notes = deal.notes.isEmpty() ? note : deal.notes + u'\n' + note;
    deal.version += 1;
    return Status::success();
}

Result<QList<BoardCard>> DealRepository::board(qint64 pipelineId, const QDateTime& closedSince)
{
    // Only the deals the principal reaches ("1 = 1" for whoever sees all).
    const ScopeSql scope = dealScope(m_db.principal(), u"d"_s);
    QList<BoardCard> cards;
    // Open and closed deals in two statements, each read in the order of its
    // index (deals_open, deals_closed) without a sort of the whole union.
    QSqlQuery open(m_db.connection());
    if (Status s =
            readCards(open,
                      kBoardSelect + u"WHERE d.pipeline_id = ? AND d.closed_at IS NULL AND "_s +
                          scope.sql + u" ORDER BY d.stage_id, d.board_position, d.id"_s,
                      QVariantList{pipelineId} + scope.args, cards);
        !s)
        return s.error();
    if (closedSince.isValid()) {
        Result<QList<BoardCard>> closed = closedBoard(pipelineId, closedSince);
        if (!closed)
            return closed.error();
        cards.append(*closed);
    }
    return cards;
}

Result<QList<BoardCard>> DealRepository::closedBoard(qint64 pipelineId,
                                                     const QDateTime& closedSince)
{
    const ScopeSql scope = dealScope(m_db.principal(), u"d"_s);
    QList<BoardCard> closed;
    QSqlQuery query(m_db.connection());
    if (Status s = readCards(
            query,
            kBoardSelect +
                u"WHERE d.pipeline_id = ? AND d.closed_at IS NOT NULL AND d.closed_at >= ? AND "_s +
                scope.sql,
            QVariantList{pipelineId, utcTimestamp(closedSince)} + scope.args, closed);
        !s)
        return s.error();
    // The index (deals_closed) gives them by date: sorted here into their columns' order.
    std::sort(closed.begin(), closed.end(), [](const BoardCard& a, const BoardCard& b) {
        return a.stageId != b.stageId ? a.stageId < b.stageId : boardOrderLess(a, b);
    });
    return closed;
}

Result<QHash<qint64, ColumnTotals>> DealRepository::boardTotals(const BoardQuery& query,
                                                                const QList<Stage>& stages)
{
    QHash<qint64, ColumnTotals> totals;
    QList<Stage> open;
    QList<Stage> closed;
    for (const Stage& stage : stages)
        (stage.isFinal() ? closed : open).append(stage);
    const bool text = !query.filter.text.trimmed().isEmpty();
    // The open columns in one statement, the closed ones in another: each
    // kind read through its own index (deals_open, deals_board_closed).
    for (const QList<Stage>& group : {open, closed}) {
        const BoardWhere where = boardWhere(m_db.principal(), query, group);
        if (where.none)
            continue;
        if (text) {
            // SQL has decided everything but the text: only what the text
            // rule and the figures need is read, not whole cards.
            const QString statement =
                u"SELECT d.stage_id, d.amount_minor, d.title, c.display_name FROM deals d "
                u"JOIN clients c ON c.id = d.client_id WHERE "_s +
                where.sql;
            QSqlQuery read(m_db.connection());
            read.setForwardOnly(true);
            if (!read.prepare(statement))
                return sql::errorFrom(read.lastError(), statement);
            for (int i = 0; i < where.args.size(); ++i)
                read.bindValue(i, sql::bindable(where.args[i]));
            if (!read.exec())
                return sql::errorFrom(read.lastError(), statement);
            while (read.next()) {
                if (!query.filter.keepsText(read.value(2).toString(), read.value(3).toString()))
                    continue;
                ColumnTotals& t = totals[read.value(0).toLongLong()];
                t.count += 1;
                t.amountMinor += read.value(1).toLongLong();
            }
            const QSqlError error = read.lastError();
            // Finished before going on: an open SELECT would hold the read lock.
            read.finish();
            if (error.isValid())
                return sql::errorFrom(error, statement);
            continue;
        }
        Result<QList<QSqlRecord>> rows = sql::rows(
            m_db.connection(),
            u"SELECT d.stage_id, count(*), COALESCE(sum(d.amount_minor), 0) FROM deals d WHERE "_s +
                where.sql + u" GROUP BY d.stage_id"_s,
            where.args);
        if (!rows)
            return rows.error();
        for (const QSqlRecord& r : std::as_const(*rows))
            totals.insert(r.value(0).toLongLong(), {r.value(1).toInt(), r.value(2).toLongLong()});
    }
    return totals;
}

Result<QList<BoardCard>> DealRepository::boardPage(const BoardQuery& query, const Stage& stage,
                                                   const std::optional<BoardKey>& after, int limit)
{
    return readColumn(query, stage, after, std::nullopt, std::max(1, limit));
}

Result<QList<BoardCard>> DealRepository::boardPageThrough(const BoardQuery& query,
                                                          const Stage& stage,
                                                          const std::optional<BoardKey>& after,
                                                          const BoardKey& through)
{
    return readColumn(query, stage, after, through, 0);
}

Result<QList<BoardCard>> DealRepository::readColumn(const BoardQuery& query, const Stage& stage,
                                                    const std::optional<BoardKey>& after,
                                                    const std::optional<BoardKey>& through,
                                                    int limit)
{
    QList<BoardCard> page;
    const BoardWhere where = boardWhere(m_db.principal(), query, {stage});
    if (where.none)
        return page;
    const bool text = !query.filter.text.trimmed().isEmpty();
    // With a text filter the column is read in chunks after the last card
    // seen and the rule keeps what it keeps, until the page is full.
    constexpr int kTextChunk = 500;
    const int chunk = text ? kTextChunk : limit;
    // The page is chosen by the deals' ids alone, from the column's index
    // (deals_open; deals_board_closed, which a closed column is sorted out
    // of), then only the page's deals and clients are read: choosing with
    // every column of the row read each deal of a closed column's period.
    const auto statementFor = [&](bool fromKey) -> QString {
        QString conditions = where.sql;
        if (fromKey)
            conditions += u" AND (d.board_position, d.id) > (?, ?)"_s;
        if (through)
            conditions += u" AND (d.board_position, d.id) <= (?, ?)"_s;
        return kCardColumns + u"FROM (SELECT d.id FROM deals d WHERE "_s + conditions +
               u" ORDER BY d.board_position, d.id"_s + (chunk > 0 ? u" LIMIT ?"_s : QString()) +
               u") p JOIN deals d ON d.id = p.id JOIN clients c ON c.id = d.client_id "
               u"ORDER BY d.board_position, d.id"_s;
    };
    std::optional<BoardKey> from = after;
    QSqlQuery read(m_db.connection());
    for (;;) {
        QVariantList args = where.args;
        if (from)
            args << from->position << from->dealId;
        if (through)
            args << through->position << through->dealId;
        if (chunk > 0)
            args << chunk;
        QList<BoardCard> cards;
        if (Status s = readCards(read, statementFor(from.has_value()), args, cards); !s)
            return s.error();
        for (const BoardCard& card : std::as_const(cards)) {
            if (text && !query.filter.keeps(card, stage, query.now))
                continue;
            page.append(card);
            if (limit > 0 && page.size() >= limit)
                return page;
        }
        if (!text || chunk == 0 || cards.size() < chunk)
            return page;
        from = BoardKey::of(cards.last());
    }
}

Result<double> DealRepository::columnEnd(qint64 pipelineId, qint64 stageId)
{
    return endOfColumn(m_db.connection(), pipelineId, stageId);
}

Result<QList<BoardCard>> DealRepository::boardCards(qint64 pipelineId, const QList<qint64>& dealIds,
                                                    const QDateTime& closedSince)
{
    const ScopeSql scope = dealScope(m_db.principal(), u"d"_s);
    const QString statement = kBoardSelect +
                              u"WHERE d.id = ? AND d.pipeline_id = ? AND (d.closed_at IS NULL OR "
                              u"d.closed_at >= ?) AND "_s +
                              scope.sql;
    // Without a period no closed deal is shown: its closed_at is never >= NULL.
    const QVariant since = closedSince.isValid() ? QVariant(utcTimestamp(closedSince)) : QVariant();
    QList<BoardCard> cards;
    QSqlQuery query(m_db.connection());
    for (const qint64 id : dealIds) {
        if (Status s = readCards(query, statement, QVariantList{id, pipelineId, since} + scope.args,
                                 cards);
            !s)
            return s.error();
    }
    return cards;
}

Result<CardMove> DealRepository::moveCard(qint64 dealId, qint64 version, qint64 toStageId,
                                          double position, qint64 lossReasonId,
                                          const QString& lossComment)
{
    return placeCard(dealId, version, toStageId, position, lossReasonId, lossComment, std::nullopt);
}

Result<CardMove> DealRepository::placeCard(qint64 dealId, qint64 version, qint64 toStageId,
                                           double position, qint64 lossReasonId,
                                           const QString& lossComment,
                                           const std::optional<QString>& notes)
{
    Result<Deal> loaded = load(dealId);
    if (!loaded)
        return loaded.error();
    Deal deal = *loaded;
    if (deal.version != version)
        return conflict().error();
    const bool moved = toStageId != deal.stageId;
    // Within a column (no move) no loss reason is asked for.
    Result<Stage> target = stageToMoveTo(deal, toStageId, moved ? lossReasonId : -1);
    if (!target)
        return target.error();
    CardMove made{dealId, 0, deal.stageId, 0, deal.lossReasonId, toStageId, position, deal.notes};
    Status written = m_db.write([&](Transaction& tx) -> Status {
        // The place it leaves, read under the write lock: what an undo puts back.
        Result<QVariant> from =
            sql::scalar(tx.db(), u"SELECT board_position FROM deals WHERE id = ? AND version = ?"_s,
                        {dealId, version});
        if (!from)
            return from.error();
        if (!from->isValid())
            return conflict();
        made.fromPosition = from->toDouble();
        Result<QVariantMap> before = auditedDeal(tx.db(), dealId);
        if (!before)
            return before.error();
        // Within a column only the place changes: not a move in the history.
        if (Status s =
                writeMoveAndFollowUps(tx, deal, *target, moved ? lossReasonId : deal.lossReasonId,
                                      nowUtc(), position, moved ? lossComment : QString(), notes);
            !s)
            return s;
        tx.recordChange(kEntity, dealId, ChangeOp::Update);
        return auditChange(tx, kEntity, notes ? u"undo"_s : u"move"_s, dealId, deal.clientId,
                           *before, auditedDeal);
    });
    if (!written)
        return written.error();
    made.version = deal.version;
    return made;
}

Result<CardMove> DealRepository::undoMove(const CardMove& move)
{
    // The version check makes sure the notes are still as the move left them.
    return placeCard(move.dealId, move.version, move.fromStageId, move.fromPosition,
                     move.fromLossReasonId, QString(), move.fromNotes);
}

Result<QList<Deal>> DealRepository::list(const DealListQuery& query)
{
    const ScopeSql scope = dealScope(m_db.principal(), u"d"_s);
    QString where = scope.sql;
    QVariantList args = scope.args;
    if (query.pipelineId > 0) {
        where += u" AND d.pipeline_id = ?"_s;
        args << query.pipelineId;
    }
    if (query.stageId > 0) {
        where += u" AND d.stage_id = ?"_s;
        args << query.stageId;
    }
    if (query.clientId > 0) {
        where += u" AND d.client_id = ?"_s;
        args << query.clientId;
    }
    if (query.state == DealListQuery::State::Open)
        where += u" AND d.closed_at IS NULL"_s;
    else if (query.state == DealListQuery::State::Closed)
        where += u" AND d.closed_at IS NOT NULL"_s;
    args << query.limit;
    QString columns = kDealColumns;
    columns.replace(u", "_s, u", d."_s);
    Result<QList<QSqlRecord>> rows = sql::rows(
        m_db.connection(),
        u"SELECT d."_s + columns + u" FROM deals d JOIN stages s ON s.id = d.stage_id WHERE "_s +
            where + u" ORDER BY s.position, d.board_position, d.id LIMIT ?"_s,
        args);
    if (!rows)
        return rows.error();
    QList<Deal> deals;
    deals.reserve(rows->size());
    for (const QSqlRecord& r : *rows)
        deals.append(dealFrom(r));
    return deals;
}

Result<QList<DealEvent>> DealRepository::eventsForClient(qint64 clientId, int limit)
{
    // A client one reaches: every deal of theirs is reached too.
    if (Status s = requireClientReach(m_db.connection(), m_db.principal(), clientId); !s)
        return s.error();
    Result<QList<QSqlRecord>> rows =
        sql::rows(m_db.connection(),
                  u"SELECT d.id, d.title, COALESCE(s.name, ''), COALESCE(s.kind, 'open'), "
                  u"h.from_stage_id IS NULL, h.at "
                  u"FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id LEFT JOIN stages s "
                  u"ON s.id = h.to_stage_id "
                  u"WHERE d.client_id = ? ORDER BY h.at DESC, h.id DESC LIMIT ?"_s,
                  {clientId, limit});
    if (!rows)
        return rows.error();
    QList<DealEvent> events;
    for (const QSqlRecord& r : *rows)
        events.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                       stageKindFromName(r.value(3).toString()).value_or(StageKind::Open),
                       r.value(4).toBool(),
                       QDateTime::fromString(r.value(5).toString(), Qt::ISODateWithMs)});
    return events;
}

Result<QList<StageMove>> DealRepository::history(qint64 dealId)
{
    if (Status s = requireDealReach(m_db.connection(), m_db.principal(), dealId); !s)
        return s.error();
    Result<QList<QSqlRecord>> rows = sql::rows(
        m_db.connection(),
        u"SELECT from_stage_id, to_stage_id, at, by_user FROM deal_stage_history WHERE deal_id = ? "
        u"ORDER BY id"_s,
        {dealId});
    if (!rows)
        return rows.error();
    QList<StageMove> moves;
    for (const QSqlRecord& r : *rows)
        moves.append({r.value(0).toLongLong(), r.value(1).toLongLong(),
                      QDateTime::fromString(r.value(2).toString(), Qt::ISODateWithMs),
                      r.value(3).toString()});
    return moves;
}

Status requireDealReach(QSqlDatabase& db, const Principal& who, qint64 dealId)
{
    if (who.can(Capability::AllClients))
        return Status::success();
    const ScopeSql scope = dealScope(who, u"d"_s);
    Result<QVariant> found =
        sql::scalar(db, u"SELECT count(*) FROM deals d WHERE d.id = ? AND "_s + scope.sql,
                    QVariantList{dealId} + scope.args);
    if (!found)
        return found.error();
    return found->toInt() > 0 ? Status::success() : Status(unreachableDeal(dealId));
}

} // namespace kartoteka
