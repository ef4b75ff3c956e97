#include "accounts/SignInDialog.h"

#include "accounts/Accounts.h"
#include "accounts/OwnerSetupDialog.h"
#include "accounts/SignInPanel.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QVBoxLayout>

namespace kartoteka::ui {

SignInDialog::SignInDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_panel(new SignInPanel(db, this))
{
    setWindowTitle(tr("Sign in — %1").arg(databaseShortName(db.path())));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    connect(m_panel, &SignInPanel::signedIn, this, [this](const Principal& principal) {
        m_principal = principal;
        accept();
    });
    connect(m_panel, &SignInPanel::quitRequested, this, &QDialog::reject);
    connect(m_panel, &SignInPanel::cancelled, this, &QDialog::reject);
}

bool signInToWorkspace(Workspace& workspace, QWidget* parent)
{
    Database& db = workspace.database();
    // Already signed in: the first-start assistant made the owner and signed them in.
    if (!db.principal().isSystem())
        return true;
    Accounts accounts(db);
    Result<bool> needsOwner = accounts.needsOwner();
    if (!needsOwner) {
        QMessageBox::critical(
            parent, QCoreApplication::translate("kartoteka::ui::SignInDialog", "Kartoteka"),
            needsOwner.error().message);
        return false;
    }
    if (*needsOwner) {
        // Nobody can become the owner of a database that cannot be written:
        // it is shown as it was before accounts existed.
        if (db.isReadOnly())
            return true;
        OwnerSetupDialog setup(db, parent);
        if (setup.exec() != QDialog::Accepted)
            return false;
        db.setPrincipal(setup.principal());
        return true;
    }
    SignInDialog dialog(db, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    db.setPrincipal(dialog.principal());
    return true;
}

bool signInToServerWorkspace(Workspace& workspace, const QString& login, const QString& password,
                             QWidget* parent)
{
    Database& db = workspace.database();
    SignInDialog dialog(db, parent);
    bool signedIn = false;
    QObject::connect(dialog.panel(), &SignInPanel::signedIn, &dialog,
                     [&signedIn] { signedIn = true; });
    dialog.panel()->signInWith(login, password);
    // Shown only when there is something to do: a new password to choose, or
    // a refusal the server's connection did not make (an account this
    // database does not know).
    if (!signedIn && dialog.exec() != QDialog::Accepted)
        return false;
    db.setPrincipal(dialog.principal());
    return true;
}

} // namespace kartoteka::ui
