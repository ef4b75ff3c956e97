// Reads one client file the way the import will (CSV/text, XLSX or vCard by its
// extension) and prints how long it took and what it held. Peak memory: run it
// under /usr/bin/time -v. Make 100,000-row files with make_import_files.py.
//   kartoteka_import_bench --file clients.xlsx [--encoding windows-1251] [--repeat 3]
// With --db, also imports the file into that database (a copy of a demo base:
// it is changed) as `clients import` does, with the duplicate check against
// every client, and then undoes the import; each step timed, with the memory
// after it. --preview first plans every row as the assistant's preview does.
//   kartoteka_import_bench --file clients.csv --db /tmp/copy.sqlite [--on-duplicate fill]
//                          [--preview]
#include "import/ClientImport.h"
#include "import/CsvReader.h"
#include "import/ImportBatches.h"
#include "import/ImportFiles.h"
#include "import/VCardReader.h"
#include "import/XlsxReader.h"
#include "storage/LiveFiles.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace kartoteka;

namespace {

double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

// "resident 120 MB, peak 180 MB": where the memory goes, step by step.
QString memory()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return u"memory unknown"_s;
    QString resident, peak;
    for (const QByteArray& line : status.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 2 && parts[0] == "VmRSS:")
            resident = QString::number(parts[1].toLongLong() / 1024);
        else if (parts.size() >= 2 && parts[0] == "VmHWM:")
            peak = QString::number(parts[1].toLongLong() / 1024);
    }
    return u"resident %1 MB, peak %2 MB"_s.arg(resident, peak);
}

void fail(const Error& error)
{
    std::fprintf(stderr, "failed: %s (%s)\n", qPrintable(error.message), qPrintable(error.detail));
    std::exit(1);
}

// The whole import as `clients import FILE` runs it, then its undo.
int importInto(const QString& dbPath, const QString& file, const QString& onDuplicate,
               bool withPreview)
{
    QElapsedTimer wall;
    wall.start();
    Result<ImportTable> table = readImportFile(file);
    if (!table)
        fail(table.error());
    const double readMs = double(wall.nsecsElapsed()) / 1e6;
    std::printf("read: %s\n", qPrintable(memory()));
    OpenOptions options;
    options.path = dbPath;
    Result<std::unique_ptr<Database>> db = openDatabase(options);
    if (!db)
        fail(db.error());
    wall.restart();
    Result<std::unique_ptr<ClientImport>> import = ClientImport::open(**db);
    if (!import)
        fail(import.error());
    const double openMs = double(wall.nsecsElapsed()) / 1e6;
    std::printf("base's keys: %s\n", qPrintable(memory()));
    ImportSettings settings;
    settings.onDuplicate = duplicateActionNamed(onDuplicate).value_or(DuplicateAction::Skip);
    settings.headerRow = (*import)->guessHeaderRow(table->sheets[0]);
    settings.columns = (*import)->guessColumns(table->sheets[0], settings.headerRow);
    wall.restart();
    // What the CLI asks before it runs: the list values the base lacks.
    Result<QList<UnknownValue>> unknown = (*import)->unknownValues(*table, settings);
    if (!unknown)
        fail(unknown.error());
    const double valuesMs = double(wall.nsecsElapsed()) / 1e6;
    // What the assistant shows before it runs (--preview): every row planned
    // for the totals.
    double previewMs = 0;
    if (withPreview) {
        wall.restart();
        Result<ImportPreview> preview = (*import)->preview(*table, settings, 50);
        if (!preview)
            fail(preview.error());
        previewMs = double(wall.nsecsElapsed()) / 1e6;
        std::printf("preview: %s\n", qPrintable(memory()));
    }
    for (const UnknownValue& value : *unknown)
        settings.choices.insert(
            unknownValueKey(value.field, value.text),
            {value.field == ImportField::Manager ? ValueChoice::Empty : ValueChoice::Create, 0,
             value.text});
    wall.restart();
    const double cpu0 = cpuMs();
    Result<ClientImportReport> report =
        (*import)->run(*table, settings, QFileInfo(file).fileName());
    if (!report)
        fail(report.error());
    const double importMs = double(wall.nsecsElapsed()) / 1e6;
    const double importCpu = cpuMs() - cpu0;
    std::printf("import: %s\n", qPrintable(memory()));
    std::printf("import of %s into %s: read %.0f ms, base's keys %.0f ms, unknown list values "
                "%.0f ms, import %.0f ms (CPU %.0f ms): %d added, %d updated, %d skipped, %lld "
                "problems\n",
                qPrintable(QFileInfo(file).fileName()), qPrintable(QFileInfo(dbPath).fileName()),
                readMs, openMs, valuesMs, importMs, importCpu, report->added, report->updated,
                report->skipped, qlonglong(report->problems.size()));
    std::printf("total from reading the file to the import's commit (as `clients import`): %.0f "
                "ms\n",
                readMs + openMs + valuesMs + importMs);
    if (withPreview)
        std::printf("the assistant's preview (all rows planned, on its own thread) came first: "
                    "%.0f ms\n",
                    previewMs);
    wall.restart();
    Result<ImportUndoReport> undone = ImportBatches(**db).undo(report->batch);
    if (!undone)
        fail(undone.error());
    std::printf("undo: %s\n", qPrintable(memory()));
    std::printf("undo of import %lld: %.0f ms: %d removed, %d restored, %lld kept\n",
                qlonglong(report->batch), double(wall.nsecsElapsed()) / 1e6, undone->removed,
                undone->restored, qlonglong(undone->kept.size()));
    return 0;
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
    parser.addOption({u"db"_s, u"Import into this database, then undo."_s, u"FILE"_s});
    parser.addOption({u"on-duplicate"_s, u"skip, fill or create."_s, u"ACTION"_s, u"skip"_s});
    parser.addOption({u"preview"_s, u"Plan every row for the assistant's preview first."_s});
    parser.process(app);
    const QString path = parser.value(u"file"_s);
    if (path.isEmpty()) {
        std::fprintf(stderr, "kartoteka_import_bench: --file FILE is needed\n");
        return 2;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    // The import reads the file once, itself: its memory is measured alone.
    if (parser.isSet(u"db"_s))
        return importInto(parser.value(u"db"_s), path, parser.value(u"on-duplicate"_s),
                          parser.isSet(u"preview"_s));
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
                        : readCsvTable(*bytes, textEncodingNamed(parser.value(u"encoding"_s))
                                                   .value_or(TextEncoding::Detect));
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
