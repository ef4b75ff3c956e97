#include "Catch.h"
#include "TestSupport.h"

#include "accounts/Access.h"
#include "admin/BackupListModel.h"
#include "admin/BackupPanel.h"
#include "admin/BackupSettingsForm.h"
#include "admin/OwnerPassphraseDialog.h"
#include "backup/BackupMaker.h"
#include "backup/BackupSettings.h"
#include "backup/OwnerCopy.h"
#include "main/WorkspaceOpener.h"
#include "settings/SharedSettings.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

const QString kPassphrase = u"the owner's own words"_s;
const QString kShopName = u"shop.name"_s;

QPushButton* buttonNamed(QWidget* parent, const QString& name)
{
    auto* button = parent->findChild<QPushButton*>(name);
    if (!button)
        FAIL("no button " << name.toStdString());
    return button;
}

void closeMessageBoxes()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible())
            box->close();
    }
}

} // namespace

TEST_CASE("the owner's passphrase dialog wants the same passphrase twice, long enough",
          "[ui][ownercopy]")
{
    OwnerPassphraseDialog dialog;
    auto* first = dialog.findChild<QLineEdit*>(u"passphrase"_s);
    auto* second = dialog.findChild<QLineEdit*>(u"passphraseAgain"_s);
    auto* problem = dialog.findChild<QLabel*>(u"problem"_s);
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->echoMode() == QLineEdit::Password);
    CHECK(second->echoMode() == QLineEdit::Password);
    dialog.show();

    first->setText(u"short"_s);
    second->setText(u"short"_s);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(problem->isVisible());

    first->setText(kPassphrase);
    second->setText(kPassphrase + u"x"_s);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);

    second->setText(kPassphrase);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.passphrase() == kPassphrase);
}

TEST_CASE("the backup settings offer the owner's folder to all and the passphrase to the owner",
          "[ui][ownercopy]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    {
        BackupSettingsForm form(*db);
        CHECK(buttonNamed(&form, u"setOwnerPassphrase"_s)->isVisibleTo(&form));
        auto* folder = form.findChild<QLineEdit*>(u"ownerFolder"_s);
        REQUIRE(folder);
        folder->setText(dir.path(u"stick"_s));
        REQUIRE(form.save());
        CHECK(requireValue(loadBackupPolicy(*db)).ownerFolder == dir.path(u"stick"_s));

        // The key is derived off the UI thread at the program's own limits.
        auto* unsaved = form.findChild<QLineEdit*>(u"ownerFolder"_s);
        unsaved->setText(dir.path(u"not saved yet"_s));
        QSignalSpy keySet(&form, &BackupSettingsForm::ownerKeySet);
        form.setOwnerPassphrase(kPassphrase);
        REQUIRE(waitUntil([&] { return !keySet.isEmpty(); }, 60000));
        CHECK(keySet.first().at(0).toBool());
        const std::optional<OwnerKey> key = requireValue(loadOwnerKey(*db));
        REQUIRE(key);
        CHECK(key->limits.memLimit == defaultOwnerKeyLimits().memLimit);
        // Setting the key leaves what the form holds unsaved alone.
        CHECK(unsaved->text() == QDir::toNativeSeparators(dir.path(u"not saved yet"_s)));
    }
    Principal admin;
    admin.accountId = 7;
    admin.role = Role::Admin;
    admin.capabilities = defaultCapabilities(Role::Admin);
    db->setPrincipal(admin);
    BackupSettingsForm form(*db);
    CHECK_FALSE(buttonNamed(&form, u"setOwnerPassphrase"_s)->isVisibleTo(&form));
}

TEST_CASE(
    "the backup list shows the owner's copies, checking and restoring one asks the passphrase",
    "[ui][ownercopy]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    const QString stick = dir.path(u"stick"_s);
    QString copy;
    {
        auto db = openTestDatabase(path, ModeChoice::Shared);
        SharedSettings settings(*db);
        requireValue(settings.set(backupKeys::kFolder, dir.path(u"backups"_s), 0));
        requireValue(settings.set(backupKeys::kDailyAt, u"off"_s, 0));
        requireValue(settings.set(backupKeys::kOwnerFolder, stick, 0));
        requireValue(settings.set(kShopName, u"Ромашка"_s, 0));
        requireOk(setOwnerPassphrase(*db, kPassphrase,
                                     {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}));
        const BackupInfo backup = requireValue(
            createBackup({db->path(), db->mode(), dir.path(u"elsewhere"_s), BackupKind::Manual}));
        copy = requireValue(writeOwnerCopy(backup, *requireValue(loadOwnerKey(*db)), stick)).file;
        requireValue(settings.set(kShopName, u"Лютик"_s, 1));
    }
    auto workspace = requireValue(openWorkspace({path, ModeChoice::Shared}, true));
    auto shopName = [&] {
        return requireValue(SharedSettings(workspace->database()).get(kShopName)).value;
    };
    BackupPanel panel(*workspace);
    panel.show();
    BackupListModel* model = panel.model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->backupAt(0).ownerCopy);
    CHECK(model->backupAt(0).file == copy);
    REQUIRE(waitUntil([&] { return model->checkOf(0) == BackupListModel::Check::Encrypted; }));
    CHECK(model->data(model->index(0, BackupListModel::Kind)).toString().contains(u"owner"_s));

    QSignalSpy checked(&panel, &BackupPanel::ownerCopyChecked);
    panel.checkOwnerCopy(copy, u"not the passphrase"_s);
    REQUIRE(waitUntil([&] { return checked.size() == 1; }, 20000));
    CHECK_FALSE(checked.at(0).at(0).toBool());
    CHECK(checked.at(0).at(1).toBool()); // the passphrase, not the copy
    CHECK(model->checkOf(0) == BackupListModel::Check::Encrypted);
    closeMessageBoxes();
    panel.checkOwnerCopy(copy, kPassphrase);
    REQUIRE(waitUntil([&] { return checked.size() == 2; }, 20000));
    CHECK(checked.at(1).at(0).toBool());
    CHECK(model->checkOf(0) == BackupListModel::Check::Passed);
    closeMessageBoxes();

    QSignalSpy restored(&panel, &BackupPanel::restoreFinished);
    panel.askToRestoreOwnerCopy(copy, u"the owner's copy"_s, u"not the passphrase"_s);
    REQUIRE(waitUntil([&] { return restored.size() == 1; }, 20000));
    CHECK_FALSE(restored.at(0).at(0).toBool());
    CHECK(shopName() == u"Лютик"_s);
    closeMessageBoxes();

    // The right one: the usual confirmation, then the data of the copy.
    bool confirmed = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
                poll.stop();
                confirmed = true;
                button->click();
                return;
            }
        }
    });
    poll.start();
    panel.askToRestoreOwnerCopy(copy, u"the owner's copy"_s, kPassphrase);
    REQUIRE(waitUntil([&] { return restored.size() == 2; }, 30000));
    CHECK(confirmed);
    INFO(restored.at(1).at(1).toString().toStdString());
    CHECK(restored.at(1).at(0).toBool());
    CHECK(shopName() == u"Ромашка"_s);
    closeMessageBoxes();
}
