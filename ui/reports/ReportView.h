#pragma once

#include "reports/ReportExport.h"
#include "reports/ReportTable.h"

#include <QList>
#include <QWidget>

#include <functional>

class QChart;
class QChartView;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QPushButton;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

class ReportTableModel;

// One report on the dashboard: a summary line, its charts, and its tables
// (a chooser when there are several) with export and print. A double-click
// or Enter on a row, or a click on a bar, asks for what stands behind it.
class ReportView : public QWidget
{
    Q_OBJECT
public:
    // Exports and printing go through core's Exports as `db`'s account.
    ReportView(Database& db, const QString& title, QWidget* parent = nullptr);
    // exports and printing go through core's Exports with `db`'s account.
    ReportView(Database& db, const QString& what, const QString& title, QWidget* parent = nullptr);

    void setSubtitle(const QString& subtitle);
    void setSummary(const QString& text);
    // Takes ownership; `stretch` shares the width (equal when empty).
    void setCharts(const QList<QChart*>& charts, const QList<int>& stretch = {});
    void setTables(const QList<ReportTable>& tables);

    int currentTable() const;
    void setCurrentTable(int index);
    const ReportTable& table(int index) const { return m_tables.at(index); }
    QTableView* tableView() const { return m_view; }
    QString summary() const;
    // Offers saving (CSV, XLSX, PDF, PNG) and printing only to whom core
    // would allow them (Capability::Export, Capability::Print).
    void setAllowed(bool mayExport, bool mayPrint);
    QPushButton* exportButton() const { return m_export; }

    // What the export menu does, after asking for a file name.
    Status exportChartImage(const QString& path) const;
    Status exportPdf(const QString& path) const;
    Status exportCsv(const QString& path) const;
    Status exportXlsx(const QString& path) const;
    // Where the save dialog of an export opens: the folder the last export
    // went to, else Documents, else the home folder.
    static QString exportFolder();
    static void rememberExportFolder(const QString& path);

signals:
    void rowActivated(int table, int row);

private:
    void showTable(int index);
    void activate(const QModelIndex& index);
    void exportAs(const QString& filter, const QString& suffix,
                  Status (ReportView::*write)(const QString&) const);
    void print();
    ReportPrint forPrint() const;
    QImage chartsImage() const;

    // What an export writes: the file, audited under the capability it needs.
    Status exportFile(const QString& path, const QString& format, qint64 rows,
                      const std::function<Status()>& write) const;

    Database& m_db;
    QString m_title;
    QString m_subtitle;
    QLabel* m_summary = nullptr;
    QWidget* m_chartArea = nullptr;
    QHBoxLayout* m_chartLayout = nullptr;
    QList<QChartView*> m_chartViews;
    QComboBox* m_chooser = nullptr;
    QTableView* m_view = nullptr;
    ReportTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QPushButton* m_export = nullptr;
    QList<QAction*> m_saveActions;
    QAction* m_printAction = nullptr;
    QList<ReportTable> m_tables;
};

} // namespace kartoteka::ui
