#pragma once

#include "accounts/Access.h"

#include <QDialog>

namespace kartoteka {
class Database;
class Workspace;
} // namespace kartoteka

namespace kartoteka::ui {

class SignInPanel;

// The sign-in panel as a dialog of its own, for the start (before the
// window and its pages exist) and for a database opened from the File menu.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(Database& db, QWidget* parent = nullptr);

    SignInPanel* panel() const { return m_panel; }
    // Who signed in, once accepted.
    const Principal& principal() const { return m_principal; }

private:
    SignInPanel* m_panel;
    Principal m_principal;
};

// Before any page of `workspace` is built: the owner's set-up while the
// database needs one (a new database, or one from before accounts), else the
// sign-in; the database then carries the principal (Database::setPrincipal),
// and so does every connection reopened from it. False when the person gave
// up (or nothing can be read), and the workspace must not be shown.
bool signInToWorkspace(Workspace& workspace, QWidget* parent);

// The same for a server's workspace, connected as `login` with `password`:
// signs in with them without asking again. An account with a temporary
// password chooses its own in the dialog first; false when they give up.
bool signInToServerWorkspace(Workspace& workspace, const QString& login, const QString& password,
                             QWidget* parent);

} // namespace kartoteka::ui
