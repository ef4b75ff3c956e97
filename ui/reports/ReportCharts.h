#pragma once

#include "reports/Dashboard.h"

#include <functional>

class QChart;

namespace kartoteka::ui {

// The dashboard's charts. Each calls `clicked` with the row of its table
// behind the bar or slice that was clicked.
using RowClicked = std::function<void(int row)>;

// Horizontal bars narrowing stage by stage, centred like a funnel, with the
// conversion from the previous stage in each stage's label.
QChart* funnelChart(const FunnelReport& report, const RowClicked& clicked);
QChart* lossReasonsChart(const FunnelReport& report, const RowClicked& clicked);
// A value axis from 0: its top and number of ticks (labels included), in
// steps of 1, 2 or 5 times a power of ten and never below 1, so that labels
// written without decimals never repeat. 0 .. 10 when there is nothing.
struct ValueScale
{
    double top = 0;
    int ticks = 0;
};
ValueScale valueScale(double max);

// Won amount and logged purchases per bucket as bars, the won amount of the
// same buckets a year before as a line; with nothing to show, says so in the
// title and keeps a clean axis (property "noData" is true).
QChart* salesChart(const SalesReport& report, SalesBucket bucket, const RowClicked& clicked);
QChart* channelsChart(const ChannelsReport& report, const RowClicked& clicked);
QChart* managersChart(const ManagersReport& report, const RowClicked& clicked);
QChart* purchaseCountsChart(const ClientsReport& report, const RowClicked& clicked);
QChart* segmentsChart(const ClientsReport& report, const RowClicked& clicked);

} // namespace kartoteka::ui
