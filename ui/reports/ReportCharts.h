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
// Won amount per bucket as bars, the same buckets a year before as a line.
QChart* salesChart(const SalesReport& report, SalesBucket bucket, const RowClicked& clicked);
QChart* channelsChart(const ChannelsReport& report, const RowClicked& clicked);
QChart* managersChart(const ManagersReport& report, const RowClicked& clicked);
QChart* purchaseCountsChart(const ClientsReport& report, const RowClicked& clicked);
QChart* segmentsChart(const ClientsReport& report, const RowClicked& clicked);

} // namespace kartoteka::ui
