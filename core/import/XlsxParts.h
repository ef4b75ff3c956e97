#pragma once

#include "import/XlsxArchive.h"
#include "import/XlsxDates.h"
#include "storage/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QXmlStreamReader;

namespace kartoteka {

// The parts of an XLSX package that every sheet needs: where the sheets are
// (workbook.xml and its relationships, never guessed from file names), the
// date system, the shared strings and which cell styles are dates.

struct XlsxSheetRef
{
    QString name;
    QString entry; // the zip entry of its worksheet part
    bool hidden = false;
};

struct XlsxWorkbookParts
{
    QList<XlsxSheetRef> sheets; // in the workbook's tab order
    bool date1904 = false;
    QStringList sharedStrings;
    bool hasSharedStrings = false;
    QList<NumberKind> styleKinds; // by cell style index (the s attribute)
    QList<int> styleZeroPadding;  // by cell style index: zeroPaddedWidth() of its format
};

// Reads one entry's XML with `body`, then turns a parse error, a damaged entry
// or a spent budget into a refusal that names the entry and the line.
Status readXmlPart(XlsxArchive& archive, const QString& entry,
                   const std::function<Status(QXmlStreamReader&)>& body);

// `cellBudget` bounds the number of shared strings like the number of cells.
Result<XlsxWorkbookParts> readWorkbookParts(XlsxArchive& archive, qint64 cellBudget);

// The refusal for a file that holds more cells than `cap`.
Error tooManyCells(qint64 cap);

// Excel writes characters XML cannot hold as _xHHHH_ (a line's "\r" as _x000D_).
QString decodeExcelEscapes(QString text);

} // namespace kartoteka
