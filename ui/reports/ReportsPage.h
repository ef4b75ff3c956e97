#pragma once

#include "reports/Dashboard.h"
#include "reports/ReportRange.h"
#include "reports/ReportTable.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QTabWidget;
class QTimer;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

class BackgroundJob;
class ReportView;

// The owner's dashboard: a period (this month, last month, quarter, year,
// all time or custom), a pipeline and a manager; the funnel, sales, channels,
// managers, clients and today's call list as charts with tables. Reports are
// counted on a connection of their own off the UI thread; a busy bar shows
// when that takes more than a moment. Clicking a bar or row lists the deals
// or clients behind it, from where they open.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    // The periods offered, whose days core works out (reports/ReportRange.h).
    using Range = ReportRange;

    explicit ReportsPage(Database& db, QWidget* parent = nullptr);
    ~ReportsPage() override;

    void setRange(Range range);
    void setCustomPeriod(const QDate& from, const QDate& to);
    ReportPeriod period() const;
    // Counts again (F5), and after changes when the page is shown.
    void refresh();
    bool isLoading() const;
    const std::optional<Dashboard>& dashboard() const { return m_dashboard; }
    const std::optional<CallList>& callList() const { return m_callList; }
    ReportView* view(int tab) const;
    QTabWidget* tabs() const { return m_tabs; }
    void reload(); // another database state: pipelines, managers, numbers
    // Something was saved: count again when the page is next shown (not on
    // every save of every colleague while the owner reads a chart).
    void markStale()
    {
        m_stale = true;
        m_callListStale = true;
    }

signals:
    void clientRequested(qint64 clientId);
    void dealRequested(qint64 dealId);
    void loaded(); // the dashboard and then the call list are shown

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildFilters();
    void fillFilters();
    void rangeChosen();
    void display(const Dashboard& dashboard);
    void countCallList();
    void displayCallList(const CallList& list);
    // Opens what a row of a table (or its bar) stands for: a card, or the list
    // of deals or clients behind it, counted off the UI thread.
    void open(const ReportDrill& drill);
    void showBehind(const QString& what, const QString& subtitle, const ReportTable& table);
    void showError(const QString& message);
    QString periodText() const;

    Database& m_db;
    QComboBox* m_range = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_pipeline = nullptr;
    QComboBox* m_manager = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_error = nullptr;
    QTabWidget* m_tabs = nullptr;
    QList<ReportView*> m_views;
    BackgroundJob* m_job = nullptr;
    QTimer* m_busyDelay = nullptr;
    std::optional<Dashboard> m_dashboard;
    std::optional<CallList> m_callList;
    bool m_callListStale = true;
    bool m_again = false; // filters changed while counting
    bool m_stale = true;  // counted before the latest change
    QDate m_firstRecord;
};

} // namespace kartoteka::ui
