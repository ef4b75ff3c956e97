#include "reports/ReportTable.h"
#include "language/Formats.h"

#include "clients/ClientSettings.h"
#include "storage/LiveFiles.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Reports)
};

Error cannotWrite(const QString& path, const QString& why)
{
    return cannotWriteFile(path, why);
}

QString csvField(QString text, QChar separator)
{
    text = neutraliseFormula(text);
    if (text.contains(separator) || text.contains(u'"') || text.contains(u'\n') ||
        text.contains(u'\r')) {
        text.replace(u"\""_s, u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}

// Excel refuses a cell longer than this; libxlsxwriter then skips it.
constexpr qsizetype kXlsxMaxCell = 32767;

Error cellTooLong(const ReportTable& table, int row, int column, qsizetype length)
{
    return makeError(
        ErrorKind::Invalid,
        Tr::tr("Row %1, column \"%2\" holds %3 characters, more than the %4 a "
               "spreadsheet cell can take. Nothing was written; export as CSV instead.")
            .arg(row + 1)
            .arg(table.columns.at(column).title)
            .arg(length)
            .arg(kXlsxMaxCell));
}

} // namespace

Error cannotWriteFile(const QString& path, const QString& why)
{
    // What to do depends on why: a folder that is not there, one that is
    // not ours to write, or (most often) a full disk.
    const QFileInfo folder(QFileInfo(path).absolutePath());
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return makeError(
            ErrorKind::Failed,
            Tr::tr("Cannot write %1: it is a folder. Give the file's name in it.").arg(shown),
            u"write.is-folder"_s);
    if (folder.exists() && !folder.isDir())
        return makeError(ErrorKind::Failed,
                         Tr::tr("Cannot write %1: %2 is a file, not a folder. Choose a folder.")
                             .arg(shown, QDir::toNativeSeparators(folder.filePath())),
                         u"write.no-folder"_s);
    if (!folder.exists())
        return makeError(ErrorKind::Failed,
                         Tr::tr("Cannot write %1: the folder %2 does not exist. Choose another "
                                "folder.")
                             .arg(shown, QDir::toNativeSeparators(folder.filePath())),
                         u"write.no-folder"_s);
    if (!folder.isWritable())
        return makeError(ErrorKind::Failed,
                         Tr::tr("Cannot write %1: you may not write to the folder %2. Choose "
                                "another folder.")
                             .arg(shown, QDir::toNativeSeparators(folder.filePath())),
                         u"write.not-writable"_s);
    return makeError(ErrorKind::Failed,
                     Tr::tr("Cannot write %1: %2. Choose another folder or free some disk space.")
                         .arg(shown, why));
}

Status writeChosenFile(const QString& path, const QByteArray& bytes)
{
    // Saving over a database (a slip in the file dialog) would replace it.
    if (Status s = refuseWritingOverDatabase(path); !s)
        return s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return cannotWriteFile(path, file.errorString());
    return Status::success();
}

Status checkFileTarget(const QString& path)
{
    if (Status s = refuseWritingOverDatabase(path); !s)
        return s;
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    // cannotWriteFile says which of these it is.
    if (file.isDir() || !folder.isDir() || !folder.isWritable())
        return cannotWriteFile(path, QString());
    return Status::success();
}

bool looksLikeFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' &&
        first != u'\r')
        return false;
    // A plain signed number ("-12", "+3.5") is data a spreadsheet reads as a
    // number, not a formula: it stays as it is. Anything more ("+380 50 123",
    // "-2+3") is what the OWASP guidance quotes.
    static const QRegularExpression number(u"^[+-][0-9]+([.,][0-9]+)?$"_s);
    return !number.match(text).hasMatch();
}

QString neutraliseFormula(const QString& text)
{
    return looksLikeFormula(text) ? u'\'' + text : text;
}

QString displayCell(const ReportTable& table, int row, int column)
{
    const QVariant value = table.rows.at(row).value(column);
    if (!value.isValid())
        return QString(); // nothing to say here, e.g. the conversion into "Lost"
    switch (table.columns.at(column).kind) {
    case CellKind::Text:
        return value.toString();
    case CellKind::Count:
        return formatNumber(value.toLongLong()); // grouped like the money beside it
    case CellKind::Money:
        return formatMoney(value.toLongLong(), table.currency);
    case CellKind::Percent:
        return QLocale().toString(value.toDouble() * 100, 'f', 1) + u" %"_s;
    case CellKind::Days:
        return QLocale().toString(value.toDouble(), 'f', 1);
    case CellKind::Date:
        return formatDate(value.toDate());
    }
    return value.toString();
}

CsvStyle CsvStyle::forSystemLocale()
{
    const QString decimal = QLocale::system().decimalPoint();
    return decimal == u","_s ? CsvStyle{u';', u','} : CsvStyle{u',', u'.'};
}

QByteArray csvOf(const ReportTable& table, const CsvStyle& style)
{
    auto number = [&](double value, int decimals) {
        QString text = QString::number(value, 'f', decimals);
        return text.replace(u'.', style.decimal);
    };
    QStringList lines;
    QStringList header;
    for (const ReportColumn& c : table.columns) {
        QString title = c.title;
        if (c.kind == CellKind::Money && !table.currency.isEmpty())
            title += u" ("_s + currencySign(table.currency) + u')';
        else if (c.kind == CellKind::Percent)
            title += u" (%)"_s;
        header << csvField(title, style.separator);
    }
    lines << header.join(style.separator);
    for (const QVariantList& row : table.rows) {
        QStringList fields;
        for (int c = 0; c < table.columns.size(); ++c) {
            const QVariant v = row.value(c);
            if (!v.isValid()) {
                fields << QString();
                continue;
            }
            switch (table.columns[c].kind) {
            case CellKind::Text:
                fields << csvField(v.toString(), style.separator);
                break;
            case CellKind::Count:
                fields << QString::number(v.toLongLong());
                break;
            case CellKind::Money:
                fields << number(double(v.toLongLong()) / 100.0, 2);
                break;
            case CellKind::Percent:
                fields << number(v.toDouble() * 100, 1);
                break;
            case CellKind::Days:
                fields << number(v.toDouble(), 1);
                break;
            case CellKind::Date:
                fields << v.toDate().toString(Qt::ISODate);
                break;
            }
        }
        lines << fields.join(style.separator);
    }
    // Excel reads the byte-order mark as "this is UTF-8"; CRLF is what it writes.
    return "\xEF\xBB\xBF" + lines.join(u"\r\n"_s).toUtf8() + "\r\n";
}

Status writeCsv(const ReportTable& table, const QString& path, const CsvStyle& style)
{
    return writeChosenFile(path, csvOf(table, style));
}

Status writeXlsx(const ReportTable& table, const QString& path)
{
    if (Status s = refuseWritingOverDatabase(path); !s)
        return s;
    // libxlsxwriter writes the whole file on close; a temporary name keeps a
    // half-written workbook from ever replacing a good one.
    const QString partial = path + u".partial"_s;
    QFile::remove(partial);
    lxw_workbook* book = workbook_new(QFile::encodeName(partial).constData());
    if (!book)
        return cannotWrite(path, Tr::tr("the file cannot be created"));
    QString sheetName = table.title.left(31);
    for (const QChar bad : u"[]:*?/\\"_s)
        sheetName.replace(bad, u' ');
    lxw_worksheet* sheet = workbook_add_worksheet(
        book, sheetName.isEmpty() ? nullptr : sheetName.toUtf8().constData());
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* money = workbook_add_format(book);
    format_set_num_format(money, "#,##0.00");
    lxw_format* share = workbook_add_format(book);
    format_set_num_format(share, "0.0%");
    lxw_format* days = workbook_add_format(book);
    format_set_num_format(days, "0.0");
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");

    // A cell too long for the format would be left out of the file without a
    // word, so the whole export is refused before anything is written.
    for (int r = 0; r < table.rows.size(); ++r) {
        for (int c = 0; c < table.columns.size(); ++c) {
            if (table.columns[c].kind != CellKind::Text)
                continue;
            const QString text = table.rows[r].value(c).toString();
            if (text.size() > kXlsxMaxCell) {
                workbook_close(book);
                QFile::remove(partial);
                return cellTooLong(table, r, c, text.size());
            }
        }
    }

    for (int c = 0; c < table.columns.size(); ++c) {
        QString title = table.columns[c].title;
        if (table.columns[c].kind == CellKind::Money && !table.currency.isEmpty())
            title += u" ("_s + currencySign(table.currency) + u')';
        worksheet_write_string(sheet, 0, lxw_col_t(c), title.toUtf8().constData(), bold);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
                             table.columns[c].kind == CellKind::Text ? 32 : 14, nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    for (int r = 0; r < table.rows.size(); ++r) {
        const lxw_row_t row = lxw_row_t(r + 1);
        for (int c = 0; c < table.columns.size(); ++c) {
            const QVariant v = table.rows[r].value(c);
            const lxw_col_t col = lxw_col_t(c);
            if (!v.isValid())
                continue;
            switch (table.columns[c].kind) {
            case CellKind::Text: {
                const QString text = v.toString();
                // A string cell is not evaluated, but editing it (F2, Enter)
                // or saving the sheet as CSV makes "=..." live again: the same
                // quote as in CSV keeps it text everywhere.
                worksheet_write_string(sheet, row, col,
                                       neutraliseFormula(text).toUtf8().constData(), nullptr);
                break;
            }
            case CellKind::Count:
                worksheet_write_number(sheet, row, col, double(v.toLongLong()), nullptr);
                break;
            case CellKind::Money:
                worksheet_write_number(sheet, row, col, double(v.toLongLong()) / 100.0, money);
                break;
            case CellKind::Percent:
                worksheet_write_number(sheet, row, col, v.toDouble(), share);
                break;
            case CellKind::Days:
                worksheet_write_number(sheet, row, col, v.toDouble(), days);
                break;
            case CellKind::Date: {
                const QDate d = v.toDate();
                if (!d.isValid())
                    break;
                lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0};
                worksheet_write_datetime(sheet, row, col, &when, date);
                break;
            }
            }
        }
    }
    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        return cannotWrite(path, QString::fromUtf8(lxw_strerror(closed)));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return cannotWrite(path, Tr::tr("the file cannot be replaced"));
    }
    return Status::success();
}

std::optional<TableFileFormat> tableFileFormatFromName(const QString& name)
{
    if (name.compare(u"csv"_s, Qt::CaseInsensitive) == 0)
        return TableFileFormat::Csv;
    if (name.compare(u"xlsx"_s, Qt::CaseInsensitive) == 0)
        return TableFileFormat::Xlsx;
    return std::nullopt;
}

Status exportTable(const ReportTable& table, const QString& path, TableFileFormat format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool suffixFits =
        format == TableFileFormat::Csv ? suffix == u"csv" || suffix == u"txt" : suffix == u"xlsx";
    if (!suffixFits)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("%1 does not end in .%2, the kind of file that would be written. "
                                "Give the file that ending, or choose the other format.")
                             .arg(QDir::toNativeSeparators(path),
                                  format == TableFileFormat::Csv ? u"csv"_s : u"xlsx"_s));
    return format == TableFileFormat::Csv ? writeCsv(table, path, CsvStyle::forSystemLocale())
                                          : writeXlsx(table, path);
}

} // namespace kartoteka
