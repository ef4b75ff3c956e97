#include "reports/ReportView.h"

#include "audit/Exports.h"
#include "main/FileDialogs.h"
#include "reports/ReportTableModel.h"
#include "storage/Database.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

ReportView::ReportView(Database& db, const QString& title, QWidget* parent)
    : QWidget(parent), m_db(db), m_title(title)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A push button: its size leaves room for the menu's arrow beside the
    // text (a tool button's drew the arrow over «Експорт»).
    m_export = new QPushButton(tr("Export"), this);
    m_export->setToolTip(tr("Save the chart or the table, or print them"));
    auto* menu = new QMenu(m_export);
    QAction* png = menu->addAction(tr("Chart as picture (PNG)…"));
    QAction* pdf = menu->addAction(tr("Chart and table as PDF…"));
    menu->addSeparator();
    QAction* csv = menu->addAction(tr("Table for Excel (CSV)…"), this, [this] {
        exportAs(tr("CSV for Excel (*.csv)"), u"csv"_s, &ReportView::exportCsv);
    });
    QAction* xlsx = menu->addAction(tr("Table as Excel workbook (XLSX)…"), this, [this] {
        exportAs(tr("Excel workbook (*.xlsx)"), u"xlsx"_s, &ReportView::exportXlsx);
    });
    m_saveActions = {png, pdf, csv, xlsx};
    menu->addSeparator();
    QAction* print = menu->addAction(tr("Print…"), this, &ReportView::print);
    m_printAction = print;
    print->setShortcut(QKeySequence::Print);
    print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(print);
    connect(png, &QAction::triggered, this, [this] {
        exportAs(tr("PNG picture (*.png)"), u"png"_s, &ReportView::exportChartImage);
    });
    connect(pdf, &QAction::triggered, this,
            [this] { exportAs(tr("PDF document (*.pdf)"), u"pdf"_s, &ReportView::exportPdf); });
    m_export->setMenu(menu);

    m_chartArea = new QWidget(this);
    m_chartLayout = new QHBoxLayout(m_chartArea);
    m_chartLayout->setContentsMargins(0, 0, 0, 0);
    m_chartArea->hide(); // until there are charts: the call lists have none

    m_chooser = new QComboBox(this);
    m_chooser->setVisible(false);
    connect(m_chooser, &QComboBox::currentIndexChanged, this, &ReportView::showTable);

    m_model = new ReportTableModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Qt::UserRole);
    m_view = new QTableView(this);
    m_view->setModel(m_sorted);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the report's own order first
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setToolTip(tr("Double-click a row to see what is behind it"));
    connect(m_view, &QTableView::activated, this, &ReportView::activate);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_chooser);
    top->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_chartArea, 3);
    layout->addWidget(m_view, 2);
}

void ReportView::setSubtitle(const QString& subtitle)
{
    m_subtitle = subtitle;
}

void ReportView::setSummary(const QString& text)
{
    m_summary->setText(text);
}

QString ReportView::summary() const
{
    return m_summary->text();
}

void ReportView::setAllowed(bool mayExport, bool mayPrint)
{
    for (QAction* action : std::as_const(m_saveActions)) {
        action->setVisible(mayExport);
        action->setEnabled(mayExport);
    }
    m_printAction->setVisible(mayPrint);
    m_printAction->setEnabled(mayPrint);
    m_export->setVisible(mayExport || mayPrint);
    m_export->setText(mayExport ? tr("Export") : tr("Print"));
}

void ReportView::setCharts(const QList<QChart*>& charts, const QList<int>& stretch)
{
    for (QChartView* view : std::as_const(m_chartViews))
        delete view;
    m_chartViews.clear();
    for (int i = 0; i < charts.size(); ++i) {
        auto* view = new QChartView(charts[i], m_chartArea);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
        m_chartLayout->addWidget(view, stretch.value(i, 1));
        m_chartViews.append(view);
    }
    m_chartArea->setVisible(!charts.isEmpty());
}

void ReportView::setTables(const QList<ReportTable>& tables)
{
    const int keep = std::max(0, m_chooser->currentIndex());
    m_tables = tables;
    {
        const QSignalBlocker block(m_chooser);
        m_chooser->clear();
        for (const ReportTable& t : tables)
            m_chooser->addItem(t.title);
        m_chooser->setCurrentIndex(std::min(keep, int(tables.size()) - 1));
    }
    m_chooser->setVisible(tables.size() > 1);
    showTable(m_chooser->currentIndex());
}

int ReportView::currentTable() const
{
    return std::max(0, m_chooser->currentIndex());
}

void ReportView::setCurrentTable(int index)
{
    m_chooser->setCurrentIndex(index);
}

void ReportView::showTable(int index)
{
    if (index < 0 || index >= m_tables.size())
        return;
    m_model->setTable(m_tables.at(index));
    m_view->resizeColumnsToContents();
}

void ReportView::activate(const QModelIndex& index)
{
    if (index.isValid())
        emit rowActivated(currentTable(), m_sorted->mapToSource(index).row());
}

QImage ReportView::chartsImage() const
{
    if (m_chartViews.isEmpty())
        return {};
    // Twice the screen size: sharp on paper and when zoomed.
    const QSize size = m_chartArea->size().expandedTo(QSize(900, 360));
    QImage image(size * 2, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(2, 2);
    m_chartArea->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    return image;
}

ReportPrint ReportView::forPrint() const
{
    return {m_title, m_subtitle, chartsImage(), m_tables.value(currentTable())};
}

Status ReportView::exportFile(const QString& path, const QString& format, qint64 rows,
                              const std::function<Status()>& write) const
{
    const ExportRecord record{
        kReportExport, m_tables.value(currentTable()).title, format, path, rows, false};
    return runExport(m_db, record, write);
}

Status ReportView::exportChartImage(const QString& path) const
{
    if (m_chartViews.isEmpty())
        return makeError(ErrorKind::Invalid, tr("This report has no chart; export its table."));
    return exportFile(path, u"png"_s, 0, [&] { return saveImage(chartsImage(), path); });
}

Status ReportView::exportPdf(const QString& path) const
{
    const ReportPrint print = forPrint();
    return exportFile(path, u"pdf"_s, print.table.rows.size(),
                      [&] { return savePdf(print, path); });
}

Status ReportView::exportCsv(const QString& path) const
{
    return exportReportTable(m_db, m_tables.value(currentTable()), path, TableFileFormat::Csv);
}

Status ReportView::exportXlsx(const QString& path) const
{
    return exportReportTable(m_db, m_tables.value(currentTable()), path, TableFileFormat::Xlsx);
}

void ReportView::exportAs(const QString& filter, const QString& suffix,
                          Status (ReportView::*write)(const QString&) const)
{
    const QString name = QString(m_tables.value(currentTable()).title + u' ' + m_subtitle)
                             .replace(u'/', u'-')
                             .replace(u':', u'-')
                             .trimmed();
    QString path = chooseFileToSave(this, tr("Export"),
                                    QDir(exportFolder()).filePath(name + u'.' + suffix), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    if (Status s = (this->*write)(path); !s) {
        QMessageBox::warning(this, tr("Export"), s.error().message);
        return;
    }
    rememberExportFolder(path);
    // Where the file went, with a way there: a save dialog that closes
    // without a word leaves the person wondering whether anything happened.
    QMessageBox done(QMessageBox::Information, tr("Export"),
                     tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::NoButton,
                     this);
    done.setObjectName(u"exportDone"_s);
    QPushButton* open = done.addButton(tr("Open the folder"), QMessageBox::ActionRole);
    open->setObjectName(u"openExportFolder"_s);
    done.addButton(QMessageBox::Close);
    done.setDefaultButton(QMessageBox::Close);
    done.exec();
    if (done.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

namespace {
const QString kExportFolderKey = QStringLiteral("reports/exportFolder");
}

QString ReportView::exportFolder()
{
    // The last folder a report went to; else Documents; else the home folder
    // (a missing Documents made the dialog open in the process's working folder).
    const QString last = QSettings().value(kExportFolderKey).toString();
    if (!last.isEmpty() && QDir(last).exists())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir(documents).exists())
        return documents;
    return QDir::homePath();
}

void ReportView::rememberExportFolder(const QString& path)
{
    QSettings().setValue(kExportFolderKey, QFileInfo(path).absolutePath());
}

void ReportView::print()
{
    const ReportPrint print = forPrint();
    const ExportRecord record{
        kReportExport, print.table.title, u"print"_s, {}, print.table.rows.size(), true};
    if (Status s = authorizeExport(m_db, record); !s) {
        QMessageBox::warning(this, tr("Print %1").arg(m_title), s.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(m_title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Audited before the pages go out: a print cannot be taken back.
    if (Status s = recordExport(m_db, record); !s) {
        QMessageBox::warning(this, tr("Print %1").arg(m_title), s.error().message);
        return;
    }
    printReport(print, printer);
}

} // namespace kartoteka::ui
