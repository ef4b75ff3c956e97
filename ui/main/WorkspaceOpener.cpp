#include "main/WorkspaceOpener.h"

#include "accounts/ServerLogins.h"
#include "firstrun/FirstStartWizard.h"
#include "language/Language.h"
#include "main/ConnectServerDialog.h"
#include "main/DatabaseDialog.h"
#include "storage/ServerAddress.h"
#include "workspace/AppIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace kartoteka::ui {

namespace {
// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ui::WorkspaceOpener)
};

Result<std::unique_ptr<Workspace>> openAndStart(const OpenOptions& options)
{
    Result<std::unique_ptr<Workspace>> workspace = Workspace::open(options, Identity::current());
    if (workspace)
        (*workspace)->start();
    return workspace;
}

} // namespace

Result<std::unique_ptr<Workspace>> openWorkspace(const DatabaseLocation& location, bool create)
{
    OpenOptions options{location.path, location.mode, create};
    // A database made here speaks the language the program speaks.
    options.language = effectiveLanguage();
    return openAndStart(options);
}

Result<std::unique_ptr<Workspace>>
openServerWorkspace(const DatabaseLocation& location, const QString& login, const QString& password)
{
    OpenOptions options{location.path, ModeChoice::Automatic, true};
    options.allowServer = true;
    // An empty database on the server becomes a new shop in the program's language.
    options.language = effectiveLanguage();
    return openAndStart(serverSignInOptions(options, login, password));
}

std::unique_ptr<Workspace> openWorkspaceOrAsk(DatabaseLocation location, QWidget* parent)
{
    // A mistyped --db or a remembered file that has gone is an error to show,
    // never a new empty database; the default one is made on the first start.
    bool mayCreate = QFileInfo(location.path).absoluteFilePath() ==
                     QFileInfo(defaultDatabasePath()).absoluteFilePath();
    if (isServerAddress(location.path)) {
        ConnectServerDialog dialog(ConnectServerDialog::Purpose::Start, location.path, parent);
        if (dialog.exec() == QDialog::Accepted) {
            rememberDatabase(dialog.location());
            return dialog.takeWorkspace();
        }
        if (!dialog.wantsFile())
            return nullptr;
        DatabaseDialog files(DatabaseDialog::Purpose::Open, {defaultDatabasePath()}, parent);
        if (files.exec() != QDialog::Accepted)
            return nullptr;
        location = files.location();
        mayCreate = false;
    }
    if (isFirstStart(location)) {
        // A new shop: the assistant makes the database, sets it up and signs
        // the owner in (signInToWorkspace then asks nothing).
        FirstStartWizard assistant(location, parent);
        if (assistant.exec() != QDialog::Accepted)
            return nullptr;
        rememberDatabase(assistant.location());
        return assistant.takeWorkspace();
    }
    for (;;) {
        Result<std::unique_ptr<Workspace>> workspace = openWorkspace(location, mayCreate);
        if (workspace) {
            rememberDatabase(location);
            return std::move(*workspace);
        }
        QMessageBox box(QMessageBox::Critical, Tr::tr("Kartoteka"),
                        Tr::tr("The database %1 could not be opened.")
                            .arg(QDir::toNativeSeparators(location.path)),
                        QMessageBox::NoButton, parent);
        box.setInformativeText(workspace.error().message);
        box.setDetailedText(workspace.error().detail);
        QPushButton* retry = box.addButton(Tr::tr("Try again"), QMessageBox::AcceptRole);
        QPushButton* other = box.addButton(Tr::tr("Open another…"), QMessageBox::ActionRole);
        QPushButton* create = box.addButton(Tr::tr("New database…"), QMessageBox::ActionRole);
        box.addButton(Tr::tr("Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(retry);
        box.exec();
        if (box.clickedButton() == retry)
            continue;
        const bool creating = box.clickedButton() == create;
        if (box.clickedButton() != other && !creating)
            return nullptr;
        DatabaseDialog dialog(creating ? DatabaseDialog::Purpose::Create
                                       : DatabaseDialog::Purpose::Open,
                              location, parent);
        if (dialog.exec() == QDialog::Accepted) {
            location = dialog.location();
            mayCreate = creating;
        }
    }
}

} // namespace kartoteka::ui
