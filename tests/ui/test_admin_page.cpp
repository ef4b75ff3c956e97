#include "Catch.h"
#include "TestSupport.h"

#include "admin/AdminPage.h"
#include "admin/BackupListModel.h"
#include "admin/BackupPanel.h"
#include "admin/BackupSettingsForm.h"
#include "backup/BackupScheduler.h"
#include "backup/BackupSettings.h"
#include "clients/CustomFields.h"
#include "main/MainWindow.h"
#include "main/StatusLine.h"
#include "main/WorkspaceOpener.h"
#include "settings/SharedSettings.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

QPushButton* buttonNamed(QWidget* parent, const QString& text)
{
    for (QPushButton* button : parent->findChildren<QPushButton*>()) {
        if (button->text() == text)
            return button;
    }
    FAIL("no button " << text.toStdString());
    return nullptr;
}

// Clicks `text` in the next message box that opens modally.
void answerNextMessageBox(const QString& text)
{
    QTimer::singleShot(50, [text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box);
        for (QAbstractButton* button : box->buttons()) {
            if (button->text() == text) {
                button->click();
                return;
            }
        }
        FAIL("no button " << text.toStdString() << " in the message box");
    });
}

struct AdminFixture
{
    TempDir dir;
    QString path = dir.path(u"shop.sqlite"_s);
    QString folder = dir.path(u"backups"_s);
    std::unique_ptr<MainWindow> window;

    AdminFixture()
    {
        {
            auto db = openTestDatabase(path, ModeChoice::Shared);
            requireValue(SharedSettings(*db).set(backupKeys::kFolder, folder, 0));
            requireValue(SharedSettings(*db).set(backupKeys::kDailyAt, u"off"_s, 0));
            createProbeTable(*db);
            insertProbe(*db, u"Гнатюк Олександра Вікторівна"_s);
        }
        window = std::make_unique<MainWindow>(
            requireValue(openWorkspace({path, ModeChoice::Shared}, true)));
        window->show();
    }

    BackupPanel* panel() { return window->adminPage()->backupPanel(); }

    void backUpByClick()
    {
        QSignalSpy finished(&window->workspace().backups(), &BackupScheduler::backupFinished);
        QTest::mouseClick(buttonNamed(panel(), u"Back up now"_s), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return !finished.isEmpty(); }, 20000));
        REQUIRE(finished.first().at(0).toBool());
    }
};

} // namespace

TEST_CASE("Back up now makes a verified backup that appears in the list", "[ui][admin]")
{
    AdminFixture f;
    CustomFieldRepository fields(f.window->workspace().database());
    CustomField style{0, 0, u"Стиль інтер'єру"_s, FieldType::Choice, {u"Лофт"_s, u"Класика"_s}};
    requireOk(fields.create(style));
    f.window->adminPage()->reload();
    f.backUpByClick();
    BackupListModel* model = f.panel()->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->backupAt(0).kind == BackupKind::Manual);
    REQUIRE(waitUntil([&] { return model->checkOf(0) == BackupListModel::Check::Passed; }));
    CHECK(f.window->statusLine()->backupText().startsWith(u"Backed up today"_s));
    // For looking at it: KARTOTEKA_SCREENSHOTS=/some/dir saves a picture.
    if (const QString shots = qEnvironmentVariable("KARTOTEKA_SCREENSHOTS"); !shots.isEmpty()) {
        f.window->resize(1100, 720);
        f.window->findChild<QListWidget*>()->setCurrentRow(4);
        QCoreApplication::processEvents();
        f.window->grab().save(shots + u"/admin-page.png"_s);
        auto* tabs = f.window->adminPage()->findChild<QTabWidget*>();
        for (int i = 1; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            f.window->grab().save(shots + u"/admin-tab-%1.png"_s.arg(i));
        }
    }
}

TEST_CASE("restoring from the admin screen brings the data back and keeps a safety copy",
          "[ui][admin]")
{
    AdminFixture f;
    f.backUpByClick();
    const QString backup = f.panel()->model()->backupAt(0).file;
    insertProbe(f.window->workspace().database(), u"entered after the backup"_s);

    QSignalSpy restored(f.panel(), &BackupPanel::restoreFinished);
    f.panel()->startRestore(backup);
    REQUIRE(waitUntil([&] { return !restored.isEmpty(); }, 20000));
    REQUIRE(restored.first().at(0).toBool());
    CHECK(probeNames(f.window->workspace().database()) ==
          QStringList{u"Гнатюк Олександра Вікторівна"_s});
    // The list now also holds the safety copy of the data before the restore.
    REQUIRE(waitUntil([&] { return f.panel()->model()->rowCount() == 2; }));
    CHECK(f.panel()->model()->backupAt(0).kind == BackupKind::Safety);
}

TEST_CASE("a failed manual backup is shown and stays in the status line", "[ui][admin]")
{
    AdminFixture f;
    writeFile(f.dir.path(u"blocker"_s), "x");
    requireValue(SharedSettings(f.window->workspace().database())
                     .set(backupKeys::kFolder, f.dir.path(u"blocker/sub"_s), 1));
    f.window->adminPage()->reload();

    QSignalSpy finished(&f.window->workspace().backups(), &BackupScheduler::backupFinished);
    QTest::mouseClick(buttonNamed(f.panel(), u"Back up now"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !finished.isEmpty(); }, 20000));
    CHECK_FALSE(finished.first().at(0).toBool());
    REQUIRE(waitUntil(
        [&] { return qobject_cast<QMessageBox*>(QApplication::activeModalWidget()) != nullptr; }));
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    CHECK(box->text().contains(u"blocker"_s));
    box->close();
    CHECK(f.window->statusLine()->backupText().contains(u"Backup failed"_s));
}

TEST_CASE("saving backup settings over a colleague's newer save asks whose to keep", "[ui][admin]")
{
    AdminFixture f;
    BackupSettingsForm* form = f.window->adminPage()->settingsForm();
    auto* folderEdit = form->findChild<QLineEdit*>();
    REQUIRE(folderEdit);

    // A colleague saves another folder while this form is open.
    auto colleague = openTestDatabase(f.path, ModeChoice::Shared);
    requireValue(SharedSettings(*colleague).set(backupKeys::kFolder, u"/mnt/nas/backups"_s, 1));

    folderEdit->setText(f.dir.path(u"usb"_s));
    CHECK(form->isModified());
    answerNextMessageBox(u"Keep theirs"_s);
    CHECK_FALSE(form->save());
    CHECK(folderEdit->text() == u"/mnt/nas/backups"_s);
    CHECK(requireValue(SharedSettings(*colleague).get(backupKeys::kFolder)).value ==
          u"/mnt/nas/backups"_s);

    folderEdit->setText(f.dir.path(u"usb"_s));
    requireValue(SharedSettings(*colleague).set(backupKeys::kFolder, u"/mnt/other"_s, 2));
    answerNextMessageBox(u"Keep mine"_s);
    CHECK(form->save());
    CHECK(requireValue(SharedSettings(*colleague).get(backupKeys::kFolder)).value ==
          f.dir.path(u"usb"_s));
}
