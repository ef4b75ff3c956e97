// Reads one client file the way the import will (CSV/text, XLSX or vCard by its
// extension) and prints how long it took and what it held. Peak memory: run it
// under /usr/bin/time -v. Make 100,000-row files with make_import_files.py.
//   kartoteka_import_bench --file clients.xlsx [--encoding windows-1251] [--repeat 3]
#include "import/CsvReader.h"
#include "import/ImportFiles.h"
#include "import/VCardReader.h"
#include "import/XlsxReader.h"
#include "storage/LiveFiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace kartoteka;

namespace {

double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

TextEncoding encodingNamed(const QString& name)
{
    const QString n = name.toLower();
    if (n == u"utf-8")
        return TextEncoding::Utf8;
    if (n == u"windows-1251")
        return TextEncoding::Windows1251;
    if (n == u"utf-16le")
        return TextEncoding::Utf16LE;
    if (n == u"utf-16be")
        return TextEncoding::Utf16BE;
    return TextEncoding::Detect;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"file"_s, u"The file to read."_s, u"FILE"_s});
    parser.addOption({u"encoding"_s, u"A text file's encoding (default: detect)."_s, u"NAME"_s});
    parser.addOption({u"repeat"_s, u"Read it this many times."_s, u"N"_s, u"1"_s});
    parser.process(app);
    const QString path = parser.value(u"file"_s);
    if (path.isEmpty()) {
        std::fprintf(stderr, "kartoteka_import_bench: --file FILE is needed\n");
        return 2;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    const int repeat = std::max(1, parser.value(u"repeat"_s).toInt());
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer wall;
        wall.start();
        const double cpu0 = cpuMs();
        Result<ImportTable> table = makeError(ErrorKind::Failed, u"not read"_s);
        // As the import will read it: never a live database file (LiveFiles).
        if (suffix == u"xlsx") {
            table = readXlsxFile(path);
        } else {
            Result<QByteArray> bytes = readChosenFile(path);
            if (!bytes) {
                std::fprintf(stderr, "%s\n", qPrintable(bytes.error().message));
                return 1;
            }
            table = suffix == u"vcf"
                        ? readVCards(*bytes)
                        : readCsvTable(*bytes, encodingNamed(parser.value(u"encoding"_s)));
        }
        const double wallMs = double(wall.nsecsElapsed()) / 1e6;
        const double cpu = cpuMs() - cpu0;
        if (!table) {
            std::fprintf(stderr, "refused: %s (%s)\n", qPrintable(table.error().message),
                         qPrintable(table.error().detail));
            return 1;
        }
        qsizetype rows = 0, cells = 0;
        for (const ImportSheet& s : table->sheets) {
            rows += s.rows.size();
            for (const ImportRow& r : s.rows)
                cells += r.cells.size();
        }
        std::printf(
            "read %s: %lld sheet(s), %lld rows, %lld cells%s%s: wall %.0f ms, CPU %.0f ms\n",
            qPrintable(QFileInfo(path).fileName()), qlonglong(table->sheets.size()),
            qlonglong(rows), qlonglong(cells),
            table->encoding == TextEncoding::Detect ? "" : ", encoding ",
            qPrintable(textEncodingName(table->encoding)), wallMs, cpu);
    }
    return 0;
}
