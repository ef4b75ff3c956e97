// A file dialog shown on the folder of the open database must not open the
// database's files: closing any descriptor on them drops the process's locks
// (see core/storage/LiveFiles.h), and the next program to close the file then
// deletes the WAL the window still writes into.
#include "Catch.h"
#include "TestSupport.h"

#include "main/FileDialogs.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

// Shows the dialog on `folder` long enough for it to list and describe every
// file, then cancels it.
void browseAndCancel(QFileDialog& dialog, const QString& folder)
{
    dialog.setDirectory(folder);
    dialog.show();
    waitUntil([&] { return false; }, 1500); // the model fetches names, sizes, icons, types
    dialog.reject();
}

void checkLocksKept(const QString& path)
{
    auto db = openTestDatabase(path);
    createProbeTable(*db);
    insertProbe(*db, u"before"_s);
    {
        QFileDialog dialog(nullptr, u"Export"_s, QString(), u"CSV files (*.csv)"_s);
        prepareFileDialog(dialog);
        browseAndCancel(dialog, QFileInfo(path).absolutePath());
    }
    // Another program opens and closes the file: it must see us.
    QProcess other;
    other.start(QStringLiteral(KARTOTEKA_CLI), {u"--db"_s, path, u"check"_s});
    REQUIRE(other.waitForFinished(60000));
    CHECK(QFileInfo::exists(path + u"-wal"_s));
    insertProbe(*db, u"after"_s);
    auto reader = requireValue(Database::open(db->reopenOptions()));
    CHECK(probeNames(*reader) == QStringList{u"before"_s, u"after"_s});
}

} // namespace

TEST_CASE("a file dialog on the database's folder leaves its locks alone", "[ui][files]")
{
    TempDir dir;
    checkLocksKept(dir.path(u"shop.sqlite"_s));
}
