#pragma once

#include "reports/ReportTable.h"
#include "storage/Result.h"

#include <QImage>
#include <QString>

class QPrinter;

namespace kartoteka::ui {

// What a report tab puts on paper: its title, the period line, the charts as
// one picture and the table under them.
struct ReportPrint
{
    QString title;
    QString subtitle;
    QImage charts; // null: a table-only report
    ReportTable table;
};

// A PNG picture (a chart, the window's screenshot), never over a database.
Status saveImage(const QImage& image, const QString& path);
// A PDF page (A4 landscape) with the charts and the table.
Status savePdf(const ReportPrint& print, const QString& path);
void printReport(const ReportPrint& print, QPrinter& printer);

} // namespace kartoteka::ui
