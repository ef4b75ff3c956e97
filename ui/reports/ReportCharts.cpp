#include "reports/ReportCharts.h"

#include "clients/ClientSettings.h"
#include "language/Formats.h"
#include "reports/ReportTables.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ui::ReportCharts)
};

const QColor kAccent(0x2f, 0x6f, 0xb3);
const QColor kSecond(0xe0, 0x8a, 0x2c);
const QColor kThird(0x3a, 0x9a, 0x5b);

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    // Axis numbers as the user writes them: "10 000 000" where that is the custom.
    chart->setLocalizeNumbers(true);
    return chart;
}

// Money on an axis in whole units, so the labels stay short.
double major(qint64 minor)
{
    return double(minor) / 100.0;
}

QValueAxis* valueAxis(double max, const QString& format = u"%.0f"_s)
{
    auto* axis = new QValueAxis;
    const ValueScale scale = valueScale(max);
    axis->setRange(0, scale.top);
    axis->setTickCount(scale.ticks);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(format);
    return axis;
}

// A short name for a long category label under a bar.
QString shortened(const QString& text, int max = 22)
{
    return text.size() > max ? text.left(max - 1) + u'…' : text;
}

// Adds `series` with its category axis (below, or at the left for
// horizontal bars) and a value axis from 0 to a little above `max`.
void addBars(QChart* chart, QAbstractBarSeries* series, const QStringList& categories, double max,
             bool horizontal)
{
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    chart->addAxis(names, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(names);
    QValueAxis* values = valueAxis(max);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(values);
}

void connectBars(QBarSet* set, const RowClicked& clicked, int count, bool reversed)
{
    QObject::connect(set, &QBarSet::clicked, set, [clicked, count, reversed](int index) {
        if (clicked)
            clicked(reversed ? count - 1 - index : index);
    });
}

} // namespace

ValueScale valueScale(double max)
{
    // applyNiceNumbers() on 0..1 gave steps of 0.2, written "%.0f" as
    // 0, 0, 0, 1, 1, 1. Steps of 1, 2 or 5 times a power of ten, never below
    // one (counts and whole hryvnias), make every label different.
    if (!(max > 0))
        return {10, 6}; // no data: a clean 0, 2 ... 10
    const double wanted = max * 1.05 / 5;
    double step = 1;
    while (step * 10 <= wanted)
        step *= 10;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (step * factor >= wanted) {
            step *= factor;
            break;
        }
    }
    const double intervals = std::max(1.0, std::ceil(max * 1.05 / step));
    return {intervals * step, int(intervals) + 1};
}

QChart* funnelChart(const FunnelReport& report, const RowClicked& clicked)
{
    QChart* chart =
        newChart(Tr::tr("Where deals fall out: %n deal(s) created", nullptr, report.deals));
    // Bars run top to bottom in stage order; horizontal series draw bottom up.
    auto* pad = new QBarSet(QString());
    auto* bars = new QBarSet(Tr::tr("Reached"));
    pad->setColor(Qt::transparent);
    pad->setBorderColor(Qt::transparent);
    bars->setColor(kAccent);
    QStringList categories;
    const int top = report.stages.isEmpty() ? 0 : report.stages.first().reached;
    QList<std::pair<QString, int>> steps;
    // Each label carries the count and the conversion from the stage above:
    // the narrow bars at the bottom have no room for text.
    auto label = [](const QString& name, int count, double conversion) {
        return u"%1 · %2 · %3 %"_s.arg(shortened(name), formatNumber(count),
                                       QLocale().toString(conversion * 100, 'f', 0));
    };
    for (const FunnelStage& s : report.stages)
        steps.append({label(s.name, s.reached, s.conversionFromPrevious), s.reached});
    const int last = report.stages.isEmpty() ? 0 : report.stages.last().reached;
    steps.append({label(Tr::tr("Won"), report.won, shareOf(report.won, last)), report.won});
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        *pad << (top - it->second) / 2.0;
        *bars << it->second;
        categories << it->first;
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(pad);
    series->append(bars);
    series->setBarWidth(0.85);
    connectBars(bars, clicked, int(steps.size()), true);
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto* counts = new QValueAxis;
    counts->setRange(0, std::max(top, 1));
    counts->setVisible(false);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    return chart;
}

QChart* lossReasonsChart(const FunnelReport& report, const RowClicked& clicked)
{
    QChart* chart = newChart(Tr::tr("Why deals were lost: %1").arg(report.lost));
    auto* pie = new QPieSeries;
    for (int i = 0; i < report.lossReasons.size(); ++i) {
        const LossReasonCount& l = report.lossReasons[i];
        QPieSlice* slice =
            pie->append(shortened(l.name.isEmpty() ? Tr::tr("no reason") : l.name, 40), l.count);
        QObject::connect(slice, &QPieSlice::clicked, slice, [clicked, i] {
            if (clicked)
                clicked(i);
        });
    }
    pie->setPieSize(0.75);
    chart->addSeries(pie);
    // Names alone in the legend beside the pie (Qt gives a side legend at most
    // 40 % of the chart, so a name with its count was cut at 1366 px); the
    // slices show their count and share.
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setShowToolTips(true); // the whole name where a narrow window cuts it
    for (QPieSlice* slice : pie->slices()) {
        slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
        slice->setLabelColor(Qt::white);
    }
    const auto legendNames = pie->slices();
    for (QPieSlice* slice : legendNames) {
        const QString name = slice->label();
        slice->setLabel(u"%1 · %2 %"_s.arg(formatNumber(qint64(slice->value())),
                                           QLocale().toString(slice->percentage() * 100, 'f', 0)));
        chart->legend()->markers(pie).value(int(pie->slices().indexOf(slice)))->setLabel(name);
    }
    for (QPieSlice* slice : pie->slices())
        slice->setLabelVisible(slice->percentage() > 0.04);
    return chart;
}

QChart* salesChart(const SalesReport& report, SalesBucket bucket, const RowClicked& clicked)
{
    // Won deals and logged purchases are separate figures (a purchase is a
    // sale without a deal): two bars, as in the report's table and the CLI.
    const bool empty = report.won == 0 && report.purchases == 0 && report.previousYearWon == 0;
    QChart* chart = newChart(
        empty ? Tr::tr("No won deals or logged purchases in this period")
              : Tr::tr("Won deals and logged purchases, %1").arg(currencySign(report.currency)));
    chart->setProperty("noData", empty);
    chart->legend()->setVisible(!empty);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* now = new QBarSet(Tr::tr("Won deals"));
    now->setColor(kAccent);
    auto* purchases = new QBarSet(Tr::tr("Logged purchases"));
    purchases->setColor(kThird);
    auto* before = new QLineSeries;
    before->setName(Tr::tr("Won deals a year before"));
    before->setColor(kSecond);
    QPen pen = before->pen();
    pen.setWidth(3);
    before->setPen(pen);
    before->setPointsVisible(true);
    QStringList categories;
    double max = 0;
    for (int i = 0; i < report.rows.size(); ++i) {
        const SalesRow& r = report.rows[i];
        *now << major(r.wonMinor);
        *purchases << major(r.purchasesMinor);
        before->append(i, major(r.previousYearMinor));
        // Days show their number only: a month of bars leaves no room for more.
        categories << (bucket == SalesBucket::Day ? QString::number(r.start.day())
                                                  : bucketLabel(r.start, bucket));
        max =
            std::max({max, major(r.wonMinor), major(r.purchasesMinor), major(r.previousYearMinor)});
    }
    auto* bars = new QBarSeries;
    bars->append(now);
    bars->append(purchases);
    connectBars(now, clicked, int(report.rows.size()), false);
    connectBars(purchases, clicked, int(report.rows.size()), false);
    addBars(chart, bars, categories, max, false);
    // "лист. 2026", "week of 03.11.26": a year of them side by side is cut
    // to "лист…" on a 1366-pixel screen; slanted, each has its room.
    if (bucket != SalesBucket::Day && categories.size() > 6) {
        for (QAbstractAxis* axis : chart->axes(Qt::Horizontal))
            axis->setLabelsAngle(-45);
    }
    chart->addSeries(before);
    for (QAbstractAxis* axis : chart->axes())
        before->attachAxis(axis);
    return chart;
}

QChart* channelsChart(const ChannelsReport& report, const RowClicked& clicked)
{
    QChart* chart = newChart(
        Tr::tr("Revenue per buying client by channel, %1").arg(currencySign(report.currency)));
    auto* set = new QBarSet(Tr::tr("Revenue per client"));
    set->setColor(kAccent);
    QStringList categories;
    double max = 0;
    for (const ChannelRow& c : report.rows) {
        *set << major(c.revenuePerClientMinor);
        categories << shortened(c.source);
        max = std::max(max, major(c.revenuePerClientMinor));
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsFormat(u"@value"_s);
    set->setLabelColor(Qt::white);
    connectBars(set, clicked, int(report.rows.size()), false);
    addBars(chart, series, categories, max, false);
    return chart;
}

QChart* managersChart(const ManagersReport& report, const RowClicked& clicked)
{
    QChart* chart =
        newChart(Tr::tr("Won and still open by manager, %1").arg(currencySign(report.currency)));
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* won = new QBarSet(Tr::tr("Won"));
    won->setColor(kAccent);
    auto* open = new QBarSet(Tr::tr("Open"));
    open->setColor(kSecond);
    QStringList categories;
    double max = 0;
    for (auto it = report.rows.crbegin(); it != report.rows.crend(); ++it) {
        *won << major(it->wonMinor);
        *open << major(it->openMinor);
        categories << shortened(it->manager, 26);
        max = std::max({max, major(it->wonMinor), major(it->openMinor)});
    }
    auto* series = new QHorizontalBarSeries;
    series->append(won);
    series->append(open);
    connectBars(won, clicked, int(report.rows.size()), true);
    connectBars(open, clicked, int(report.rows.size()), true);
    addBars(chart, series, categories, max, true);
    return chart;
}

QChart* purchaseCountsChart(const ClientsReport& report, const RowClicked& clicked)
{
    QChart* chart = newChart(Tr::tr("Clients by number of purchases"));
    auto* set = new QBarSet(Tr::tr("Clients"));
    set->setColor(kAccent);
    QStringList categories;
    double max = 0;
    for (const PurchaseCountRow& p : report.purchaseCounts) {
        *set << p.clients;
        categories << p.label;
        max = std::max(max, double(p.clients));
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    set->setLabelColor(Qt::black);
    connectBars(set, clicked, int(report.purchaseCounts.size()), false);
    addBars(chart, series, categories, max, false);
    return chart;
}

QChart* segmentsChart(const ClientsReport& report, const RowClicked& clicked)
{
    QChart* chart = newChart(Tr::tr("RFM segments: clients and their revenue share"));
    auto* set = new QBarSet(Tr::tr("Clients"));
    set->setColor(kAccent);
    QStringList categories;
    double max = 0;
    for (auto it = report.segments.crbegin(); it != report.segments.crend(); ++it) {
        *set << it->clients;
        categories << u"%1 · %2 %"_s.arg(it->name).arg(QLocale().toString(
            shareOf(double(it->revenueMinor), double(report.revenueMinor)) * 100, 'f', 0));
        max = std::max(max, double(it->clients));
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    set->setLabelColor(Qt::black);
    connectBars(set, clicked, int(report.segments.size()), true);
    addBars(chart, series, categories, max, true);
    return chart;
}

} // namespace kartoteka::ui
