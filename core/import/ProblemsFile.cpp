#include "import/ProblemsFile.h"

#include "storage/LiveFiles.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ClientImport)
};

} // namespace

Status writeProblemsCsv(const QString& path, const ImportTable& table,
                        const ImportSettings& settings, const ClientImportReport& report)
{
    if (Status s = checkImportSheet(table, settings); !s)
        return s;
    // Never over the open database or any SQLite file (storage/LiveFiles.h).
    if (Status s = refuseWritingOverDatabase(path); !s)
        return s;
    const ImportSheet& sheet = table.sheets[settings.sheet];
    QHash<int, QStringList> reasons;
    for (const ClientImportProblem& problem : report.problems)
        reasons[problem.row].append(problem.reason);
    auto quoted = [](const QString& text) -> QString {
        QString cell = text;
        // A cell a spreadsheet would run as a formula is kept as text.
        if (!cell.isEmpty() && QStringLiteral("=+-@").contains(cell.front()))
            cell.prepend(u'\'');
        return u'"' + cell.replace(u'"', u"\"\""_s) + u'"';
    };
    QStringList lines;
    QStringList header;
    const ImportRow* headerRow =
        settings.headerRow >= 0 ? &sheet.rows[settings.headerRow] : nullptr;
    for (int col = 0; col < sheet.columnCount; ++col) {
        const QString name =
            headerRow ? (col < headerRow->cells.size() ? headerRow->cells[col].text : QString())
                      : sheet.columnKeys.value(col);
        header.append(quoted(name));
    }
    header.append(quoted(Tr::tr("Problem")));
    lines.append(header.join(u';'));
    for (int i = firstClientRow(settings); i < sheet.rows.size(); ++i) {
        const ImportRow& row = sheet.rows[i];
        if (!reasons.contains(row.source))
            continue;
        QStringList cells;
        for (int col = 0; col < sheet.columnCount; ++col)
            cells.append(quoted(col < row.cells.size() ? row.cells[col].text : QString()));
        cells.append(quoted(reasons.value(row.source).join(u"; "_s)));
        lines.append(cells.join(u';'));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Io,
                         Tr::tr("Could not write %1: %2").arg(path, file.errorString()));
    // UTF-8 with a byte-order mark and ';': what Excel opens right on Ukrainian Windows.
    file.write("\xEF\xBB\xBF");
    file.write(lines.join(u"\r\n"_s).toUtf8());
    file.write("\r\n");
    if (!file.commit())
        return makeError(ErrorKind::Io,
                         Tr::tr("Could not write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

} // namespace kartoteka
