#include "reports/ReportExport.h"

#include "storage/LiveFiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ui::ReportExport)
};

Error cannotWrite(const QString& path)
{
    return makeError(ErrorKind::Failed,
                     Tr::tr("Cannot write %1. Choose another folder or free some disk space.")
                         .arg(QFileInfo(path).absoluteFilePath()));
}

void fill(QTextDocument& doc, const ReportPrint& print, double pageWidth)
{
    QString html =
        u"<h2>%1</h2><p>%2</p>"_s.arg(print.title.toHtmlEscaped(), print.subtitle.toHtmlEscaped());
    if (!print.charts.isNull()) {
        doc.addResource(QTextDocument::ImageResource, QUrl(u"report://charts"_s), print.charts);
        // The picture fills the page's width, keeping its proportions.
        const double width = pageWidth;
        const double height = width * print.charts.height() / std::max(1, print.charts.width());
        html += u"<p><img src=\"report://charts\" width=\"%1\" height=\"%2\"></p>"_s.arg(int(width))
                    .arg(int(height));
    }
    const ReportTable& t = print.table;
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>"_s;
    for (const ReportColumn& c : t.columns)
        html += u"<th>%1</th>"_s.arg(c.title.toHtmlEscaped());
    html += u"</tr>"_s;
    for (int r = 0; r < t.rows.size(); ++r) {
        html += u"<tr>"_s;
        for (int c = 0; c < t.columns.size(); ++c)
            html += u"<td align=\"%1\">%2</td>"_s.arg(
                t.columns[c].kind == CellKind::Text ? u"left"_s : u"right"_s,
                displayCell(t, r, c).toHtmlEscaped());
        html += u"</tr>"_s;
    }
    html += u"</table>"_s;
    doc.setHtml(html);
}

void render(const ReportPrint& print, QPrinter& printer)
{
    printer.setPageOrientation(QPageLayout::Landscape);
    // print() lays the document out at 96 units an inch and scales it to the
    // printer, so the page's width in those units is what the picture may take.
    QTextDocument doc;
    const double width = printer.pageLayout().paintRect(QPageLayout::Inch).width() * 96;
    fill(doc, print, width * 0.9);
    doc.print(&printer);
}

} // namespace

Status saveImage(const QImage& image, const QString& path)
{
    if (Status s = refuseWritingOverDatabase(path); !s)
        return s;
    // Written whole or not at all: an earlier file of that name stays until then.
    QSaveFile file(path);
    if (image.isNull() || !file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") ||
        !file.commit())
        return cannotWrite(path);
    return Status::success();
}

Status savePdf(const ReportPrint& print, const QString& path)
{
    if (Status s = refuseWritingOverDatabase(path); !s)
        return s;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(print.title);
    render(print, printer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return cannotWrite(path);
    return Status::success();
}

void printReport(const ReportPrint& print, QPrinter& printer)
{
    render(print, printer);
}

} // namespace kartoteka::ui
