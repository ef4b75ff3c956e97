#include "reports/FunnelReport.h"

#include "clients/ClientSettings.h"
#include "deals/PipelineRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

double days(const QDateTime& from, const QDateTime& to)
{
    return double(from.msecsTo(to)) / (24.0 * 3600 * 1000);
}

} // namespace

Result<FunnelReport> funnelReport(Database& db, const ReportPeriod& period)
{
    PipelineRepository pipelines(db);
    Result<Pipeline> pipeline = period.pipelineId > 0 ? pipelines.pipeline(period.pipelineId)
                                                      : pipelines.pipelineNamed(QString());
    if (!pipeline)
        return pipeline.error();

    FunnelReport report;
    report.pipeline = pipeline->name;
    report.currency = shopCurrency(db);
    QList<const Stage*> open;
    QHash<qint64, int> openIndex; // stage id -> position among open stages
    QHash<qint64, StageKind> kinds;
    for (const Stage& s : pipeline->stages) {
        kinds.insert(s.id, s.kind);
        if (s.kind == StageKind::Open) {
            openIndex.insert(s.id, int(open.size()));
            open.append(&s);
            report.stages.append({s.id, s.name, 0, 0, 0, 0, 0, 0});
        }
    }

    // Creation dates are instants; the period is in calendar days.
    const QString from = utcTimestamp(QDateTime(period.from, QTime(0, 0)));
    const QString to = utcTimestamp(QDateTime(period.to.addDays(1), QTime(0, 0)));
    QString where = u"d.pipeline_id = ? AND d.created_at >= ? AND d.created_at < ?"_s;
    QVariantList args{pipeline->id, from, to};
    if (period.managerId > 0) {
        where += u" AND d.manager_id = ?"_s;
        args << period.managerId;
    }
    Result<QList<QSqlRecord>> deals = sql::rows(
        db.connection(),
        u"SELECT d.id, d.stage_id, d.amount_minor, d.created_at, d.closed_at, COALESCE(r.name, '') "
        u"FROM deals d LEFT JOIN list_items r ON r.id = d.loss_reason_id WHERE "_s +
            where,
        args);
    Result<QList<QSqlRecord>> moves = sql::rows(
        db.connection(),
        u"SELECT h.deal_id, h.to_stage_id, h.at FROM deal_stage_history h JOIN deals d ON d.id = "
        u"h.deal_id WHERE "_s +
            where + u" ORDER BY h.deal_id, h.id"_s,
        args);
    if (!deals || !moves)
        return !deals ? deals.error() : moves.error();

    // Each deal's moves, in order.
    QHash<qint64, QList<std::pair<qint64, QDateTime>>> history;
    for (const QSqlRecord& m : *moves)
        history[m.value(0).toLongLong()].append(
            {m.value(1).toLongLong(),
             QDateTime::fromString(m.value(2).toString(), Qt::ISODateWithMs)});

    const int openCount = int(open.size());
    QList<QList<double>> stayDays(openCount); // finished stays per open stage, in days
    QHash<QString, int> reasons;
    double daysToWin = 0;
    for (const QSqlRecord& d : *deals) {
        ++report.deals;
        const qint64 id = d.value(0).toLongLong();
        const qint64 stage = d.value(1).toLongLong();
        const qint64 amount = d.value(2).toLongLong();
        const QDateTime created = QDateTime::fromString(d.value(3).toString(), Qt::ISODateWithMs);
        const QDateTime closed = QDateTime::fromString(d.value(4).toString(), Qt::ISODateWithMs);
        const StageKind kind = kinds.value(stage, StageKind::Open);

        // The furthest open stage reached; a won deal passed them all.
        int furthest = -1;
        const auto& steps = history.value(id);
        for (int i = 0; i < steps.size(); ++i) {
            furthest = std::max(furthest, openIndex.value(steps[i].first, -1));
            const int at = openIndex.value(steps[i].first, -1);
            if (at >= 0 && i + 1 < steps.size())
                stayDays[at].append(days(steps[i].second, steps[i + 1].second));
        }
        if (kind == StageKind::Won) {
            furthest = openCount - 1;
            ++report.won;
            report.wonMinor += amount;
            daysToWin += days(created, closed);
        } else if (kind == StageKind::Lost) {
            ++report.lost;
            report.lostMinor += amount;
            reasons[d.value(5).toString()] += 1;
        } else if (openIndex.contains(stage)) {
            FunnelStage& now = report.stages[openIndex.value(stage)];
            now.now += 1;
            now.amountNowMinor += amount;
        }
        for (int k = 0; k <= furthest && k < openCount; ++k)
            report.stages[k].reached += 1;
    }
    for (int k = 0; k < report.stages.size(); ++k) {
        FunnelStage& s = report.stages[k];
        const int previous = k == 0 ? s.reached : report.stages[k - 1].reached;
        const int first = report.stages.first().reached;
        s.conversionFromPrevious = previous > 0 ? double(s.reached) / previous : 0;
        s.conversionFromFirst = first > 0 ? double(s.reached) / first : 0;
        if (!stayDays[k].isEmpty()) {
            double sum = 0;
            for (double v : stayDays[k])
                sum += v;
            s.averageDaysInStage = sum / double(stayDays[k].size());
        }
    }
    report.winRate =
        report.won + report.lost > 0 ? double(report.won) / (report.won + report.lost) : 0;
    report.averageDaysToWin = report.won > 0 ? daysToWin / report.won : 0;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        report.lossReasons.append({it.key(), it.value()});
    std::sort(report.lossReasons.begin(), report.lossReasons.end(),
              [](const auto& a, const auto& b) {
                  return a.second != b.second ? a.second > b.second : a.first < b.first;
              });
    return report;
}

} // namespace kartoteka
