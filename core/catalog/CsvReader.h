#pragma once

#include "storage/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace kartoteka {

// A CSV file as exported by accounting software and spreadsheets: UTF-8 (with
// or without BOM) or Windows-1251, separated by ';', ',' or tabs (whichever
// the header line uses most), fields quoted with '"' when needed.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> lineNumbers; // the file's line number of each row, for messages
};

Result<CsvTable> readCsv(const QByteArray& bytes);

} // namespace kartoteka
