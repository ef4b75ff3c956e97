#include "Catch.h"
#include "TestSupport.h"

#include "admin/AdminPage.h"
#include "admin/BackupListModel.h"
#include "admin/BackupPanel.h"
#include "admin/BackupSettingsForm.h"
#include "admin/ContactHabitsForm.h"
#include "admin/ListsEditor.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupMaker.h"
#include "backup/BackupScheduler.h"
#include "backup/BackupSettings.h"
#include "clients/CustomFields.h"
#include "language/Formats.h"
#include "language/Language.h"
#include "main/MainWindow.h"
#include "main/StatusLine.h"
#include "main/WorkspaceOpener.h"
#include "settings/SharedSettings.h"
#include "storage/Sql.h"
#include "workspace/NewDatabase.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

QPushButton* buttonNamed(QWidget* parent, const QString& name)
{
    auto* button = parent->findChild<QPushButton*>(name);
    if (!button)
        FAIL("no button " << name.toStdString());
    return button;
}

// Clicks the button named `name` in the next message box that opens modally.
void answerNextMessageBox(const QString& name)
{
    QTimer::singleShot(50, [name] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box);
        for (QAbstractButton* button : box->buttons()) {
            if (button->objectName() == name) {
                button->click();
                return;
            }
        }
        FAIL("no button " << name.toStdString() << " in the message box");
    });
}

const QString kShopName = u"shop.name"_s;

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
            requireValue(SharedSettings(*db).set(kShopName, u"Гнатюк Олександра Вікторівна"_s, 0));
        }
        window = std::make_unique<MainWindow>(
            requireValue(openWorkspace({path, ModeChoice::Shared}, true)));
        window->show();
    }

    BackupPanel* panel() { return window->adminPage()->backupPanel(); }

    QString shopName()
    {
        return requireValue(SharedSettings(window->workspace().database()).get(kShopName)).value;
    }
    void setShopName(const QString& name)
    {
        SharedSettings settings(window->workspace().database());
        const qint64 version = requireValue(settings.get(kShopName)).version;
        requireValue(settings.set(kShopName, name, version));
    }

    QStringList listedFiles()
    {
        QStringList files;
        for (int row = 0; row < panel()->model()->rowCount(); ++row)
            files.append(QFileInfo(panel()->model()->backupAt(row).file).fileName());
        files.sort();
        return files;
    }

    // Asks to restore `file` and answers the confirmation: the restore button
    // when `accept`, else Cancel. Returns what the confirmation showed.
    struct Shown
    {
        QString title;
        QString text;
        QString go; // the restore button's text
    };
    // `ask` starts the question another way (the list's Restore button).
    Shown askToRestore(const QString& file, bool accept, const std::function<void()>& ask = {})
    {
        Shown shown;
        bool seen = false;
        QTimer poll;
        poll.setInterval(20);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            poll.stop();
            shown.title = box->windowTitle();
            shown.text = box->text();
            if (const QString shots = qEnvironmentVariable("KARTOTEKA_SCREENSHOTS");
                !shots.isEmpty())
                box->grab().save(shots +
                                 u"/restore-confirm-%1.png"_s.arg(QFileInfo(file).baseName()));
            QAbstractButton* pick = nullptr;
            for (QAbstractButton* button : box->buttons()) {
                const bool go = box->buttonRole(button) == QMessageBox::DestructiveRole;
                if (go)
                    shown.go = button->text();
                if (go == accept)
                    pick = button;
            }
            seen = true;
            REQUIRE(pick);
            pick->click();
        });
        poll.start();
        if (ask)
            ask();
        else
            panel()->askToRestore(file, QFileInfo(file).fileName());
        REQUIRE(waitUntil([&] { return seen; }, 20000));
        return shown;
    }

    void backUpByClick()
    {
        QSignalSpy finished(&window->workspace().backups(), &BackupScheduler::backupFinished);
        QTest::mouseClick(buttonNamed(panel(), u"backUpNow"_s), Qt::LeftButton);
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
    CHECK(f.window->statusLine()->backupText().startsWith(
        shownText("kartoteka::ui::StatusLine", "Backed up today at %1").section(u"%1"_s, 0, 0)));
    // For looking at it: KARTOTEKA_SCREENSHOTS=/some/dir saves a picture.
    if (const QString shots = qEnvironmentVariable("KARTOTEKA_SCREENSHOTS"); !shots.isEmpty()) {
        f.window->resize(1100, 720);
        f.window->findChild<QListWidget*>()->setCurrentRow(5);
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

TEST_CASE("Back up now shows its progress, and Cancel stops it leaving nothing behind",
          "[ui][admin]")
{
    AdminFixture f;
    CustomFieldRepository fields(f.window->workspace().database());
    for (int i = 0; i < 40; ++i) {
        CustomField field{0, 0, u"Поле номер %1 з довгою назвою"_s.arg(i), FieldType::Text, {}};
        requireOk(fields.create(field));
    }
    // One page per step and a pause: slow enough to be caught running.
    BackupScheduler& scheduler = f.window->workspace().backups();
    scheduler.setPacing({1, 40, 1, 8});
    QSignalSpy progress(&scheduler, &BackupScheduler::backupProgress);
    QSignalSpy cancelled(&scheduler, &BackupScheduler::backupCancelled);
    QSignalSpy finished(&scheduler, &BackupScheduler::backupFinished);
    QTest::mouseClick(buttonNamed(f.panel(), u"backUpNow"_s), Qt::LeftButton);
    REQUIRE(waitUntil(
        [&] {
            return f.panel()->backupProgress() && f.panel()->backupProgress()->isVisible() &&
                   f.panel()->backupProgress()->value() > 0;
        },
        20000));
    CHECK(progress.size() >= 1);
    QProgressDialog* dialog = f.panel()->backupProgress();
    auto* cancel = dialog->findChild<QPushButton*>();
    REQUIRE(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !cancelled.isEmpty(); }, 20000));
    CHECK(finished.isEmpty());
    CHECK(f.panel()->backupProgress() == nullptr);
    CHECK(QDir(f.folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
    // Not a failure: no warning, and the status line does not say it failed.
    QCoreApplication::processEvents();
    CHECK(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()) == nullptr);
    CHECK_FALSE(requireValue(loadBackupStatus(f.window->workspace().database())).failing());
    CHECK(f.window->statusLine()->backupText() !=
          shownText("kartoteka::ui::StatusLine", "⚠ Backup failed"));
    // The next backup goes through as before.
    scheduler.setPacing({});
    f.backUpByClick();
    CHECK(f.panel()->model()->rowCount() == 1);
}

TEST_CASE("restoring from the admin screen brings the data back and keeps a safety copy",
          "[ui][admin]")
{
    AdminFixture f;
    f.backUpByClick();
    const QString backup = f.panel()->model()->backupAt(0).file;
    f.setShopName(u"entered after the backup"_s);

    QSignalSpy restored(f.panel(), &BackupPanel::restoreFinished);
    f.panel()->startRestore(backup);
    REQUIRE(waitUntil([&] { return !restored.isEmpty(); }, 20000));
    REQUIRE(restored.first().at(0).toBool());
    CHECK(f.shopName() == u"Гнатюк Олександра Вікторівна"_s);
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
    QTest::mouseClick(buttonNamed(f.panel(), u"backUpNow"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !finished.isEmpty(); }, 20000));
    CHECK_FALSE(finished.first().at(0).toBool());
    REQUIRE(waitUntil(
        [&] { return qobject_cast<QMessageBox*>(QApplication::activeModalWidget()) != nullptr; }));
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    CHECK(box->text().contains(u"blocker"_s));
    box->close();
    CHECK(f.window->statusLine()->backupText() ==
          shownText("kartoteka::ui::StatusLine", "⚠ Backup failed"));
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
    answerNextMessageBox(u"keepTheirs"_s);
    CHECK_FALSE(form->save());
    CHECK(folderEdit->text() == u"/mnt/nas/backups"_s);
    CHECK(requireValue(SharedSettings(*colleague).get(backupKeys::kFolder)).value ==
          u"/mnt/nas/backups"_s);

    folderEdit->setText(f.dir.path(u"usb"_s));
    requireValue(SharedSettings(*colleague).set(backupKeys::kFolder, u"/mnt/other"_s, 2));
    answerNextMessageBox(u"keepMine"_s);
    CHECK(form->save());
    CHECK(requireValue(SharedSettings(*colleague).get(backupKeys::kFolder)).value ==
          f.dir.path(u"usb"_s));
}

TEST_CASE("the backup list shows the open database's backups only, in a shared folder",
          "[ui][admin]")
{
    AdminFixture f;
    f.backUpByClick();
    const QString mine = QFileInfo(f.panel()->model()->backupAt(0).file).fileName();
    {
        auto other = openTestDatabase(f.dir.path(u"shop-2021.sqlite"_s), ModeChoice::Shared);
        requireValue(createBackup({other->path(), other->mode(), f.folder, BackupKind::Manual}));
    }
    f.panel()->refresh();
    CHECK(listBackups(f.folder).size() == 2);
    CHECK(f.listedFiles() == QStringList{mine});
}

TEST_CASE("a backup without a checksum is shown as not verified and asks separately", "[ui][admin]")
{
    AdminFixture f;
    f.backUpByClick();
    const QString verified = f.panel()->model()->backupAt(0).file;
    const QString bare = f.folder + u"/copied-by-hand.sqlite"_s;
    REQUIRE(QFile::copy(verified, bare));
    f.panel()->refresh();
    BackupListModel* model = f.panel()->model();
    REQUIRE(model->rowCount() == 2);
    const int bareRow = model->backupAt(0).file == bare ? 0 : 1;
    REQUIRE(waitUntil([&] {
        return model->checkOf(bareRow) != BackupListModel::Check::Pending &&
               model->checkOf(1 - bareRow) != BackupListModel::Check::Pending;
    }));
    CHECK(model->checkOf(bareRow) == BackupListModel::Check::Unverified);
    CHECK(model->checkOf(1 - bareRow) == BackupListModel::Check::Passed);
    CHECK(model->data(model->index(bareRow, BackupListModel::Verified)) !=
          model->data(model->index(1 - bareRow, BackupListModel::Verified)));

    const AdminFixture::Shown usual = f.askToRestore(verified, false);
    f.setShopName(u"entered after the backup"_s);
    const AdminFixture::Shown unverified = f.askToRestore(bare, false);
    CHECK(unverified.title != usual.title);
    CHECK(unverified.go != usual.go);
    CHECK(f.shopName() == u"entered after the backup"_s); // Cancel changed nothing

    QSignalSpy restored(f.panel(), &BackupPanel::restoreFinished);
    f.askToRestore(bare, true);
    REQUIRE(waitUntil([&] { return !restored.isEmpty(); }, 20000));
    CHECK(restored.first().at(0).toBool());
    CHECK(f.shopName() == u"Гнатюк Олександра Вікторівна"_s);
}

TEST_CASE("the confirmation names the database another backup was made of", "[ui][admin]")
{
    AdminFixture f;
    QString theirs;
    {
        auto other = openTestDatabase(f.dir.path(u"shop-2021.sqlite"_s), ModeChoice::Shared);
        requireValue(SharedSettings(*other).set(kShopName, u"Лютик"_s, 0));
        theirs = requireValue(createBackup({other->path(), other->mode(), f.dir.path(u"usb"_s),
                                            BackupKind::Manual}))
                     .file;
    }
    const AdminFixture::Shown asked = f.askToRestore(theirs, false);
    CHECK(asked.text.contains(u"shop-2021.sqlite»"_s));
    CHECK(f.shopName() == u"Гнатюк Олександра Вікторівна"_s);

    QSignalSpy restored(f.panel(), &BackupPanel::restoreFinished);
    f.askToRestore(theirs, true);
    REQUIRE(waitUntil([&] { return !restored.isEmpty(); }, 20000));
    CHECK(restored.first().at(0).toBool());
    CHECK(f.shopName() == u"Лютик"_s);
}

TEST_CASE("the lists editor offers an admin to translate the ready-made names once",
          "[ui][admin][language]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    OpenOptions english{path, ModeChoice::Local, true};
    english.language = Language::English;
    auto db = requireValue(openDatabase(english));
    LanguageGuard ukrainian(Language::Ukrainian);
    {
        // A manager is offered nothing: the lists are not theirs to rename.
        OpenOptions asManager{path, ModeChoice::Local, false};
        asManager.principal.accountId = 42;
        asManager.principal.role = Role::Manager;
        auto managers = requireValue(openDatabase(asManager));
        ListsEditor editor(*managers);
        CHECK_FALSE(editor.relabelButton()->isVisibleTo(&editor));
    }
    ListsEditor editor(*db);
    editor.show();
    REQUIRE(editor.relabelButton()->isVisible());
    QTest::mouseClick(editor.relabelButton(), Qt::LeftButton);
    CHECK(databaseLanguage(*db) == Language::Ukrainian);
    CHECK(requireValue(Lists(*db).items(kContactTypes)).first().name == u"Приватна особа"_s);
    // Done: the offer is gone, and a new editor does not make it again.
    CHECK_FALSE(editor.relabelButton()->isVisible());
    ListsEditor later(*db);
    later.show();
    CHECK_FALSE(later.relabelButton()->isVisible());
}

TEST_CASE("a contact type's habits are set under the list of types", "[ui][admin][keep-in-touch]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    ListsEditor editor(*db);
    editor.show();
    // Not for other lists.
    editor.listChooser()->setCurrentIndex(editor.listChooser()->findData(kStatuses));
    CHECK_FALSE(editor.habitsForm()->isVisible());
    editor.listChooser()->setCurrentIndex(editor.listChooser()->findData(kContactTypes));
    REQUIRE(editor.habitsForm()->isVisible());
    const qint64 designer = requireValue(Lists(*db).idOf(kContactTypes, u"Designer"_s));
    for (int row = 0; row < editor.model()->rowCount(); ++row) {
        if (editor.model()->itemAt(row).id == designer)
            editor.view()->setCurrentIndex(editor.model()->index(row));
    }
    ContactHabitsForm* form = editor.habitsForm();
    CHECK_FALSE(form->touchDays()->isEnabled());
    form->touchCheck()->setChecked(true);
    form->touchDays()->setValue(30);
    form->saveButton()->click();
    CHECK(requireValue(ContactHabitsRepository(*db).of(designer)).contactEveryDays == 30);
}

TEST_CASE("the restore question names the listed backup by its local time, in a phrase that "
          "needs no noun declined",
          "[ui][admin]")
{
    AdminFixture f;
    f.backUpByClick();
    const BackupInfo backup = f.panel()->model()->backupAt(0);
    LanguageGuard uk(Language::Ukrainian);
    auto* table = f.panel()->findChild<QTableView*>();
    REQUIRE(table);
    table->selectRow(0);
    const AdminFixture::Shown shown =
        f.askToRestore(backup.file, false, [&] { f.panel()->restoreSelected(); });
    // The time as the list shows it (local, the locale's date), put after
    // "the backup" by a phrase of the same message's context: no translation
    // receives a noun it would have to put in another case.
    const QString when =
        shownText("kartoteka::ui::BackupPanel", "made on %1").arg(formatDateTime(backup.createdAt));
    CHECK(shown.text.startsWith(shownText("kartoteka::ui::BackupPanel",
                                          "Replace all current data with the data of the backup "
                                          "%1?")
                                    .arg(when)));
    CHECK_FALSE(shown.text.contains(u"UTC"_s));
}
