#pragma once

#include "workspace/RememberedDatabase.h"
#include "workspace/Workspace.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kartoteka::ui {

// File → Connect to a server…, and the start of a program whose remembered
// database is on a server: the server's address, the login and the
// password. Signing in to a server is connecting to it as the account's
// login role (the server checks the password), so both happen here at once;
// an account with a temporary password then chooses its own. Accepted, it
// holds the opened workspace, signed in.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose
    {
        // From the File menu: Cancel goes back to the database open now.
        Connect,
        // At the start: Quit, or open a database file instead.
        Start
    };

    ConnectServerDialog(Purpose purpose, const QString& address, QWidget* parent = nullptr);
    ~ConnectServerDialog() override;

    DatabaseLocation location() const;
    std::unique_ptr<Workspace> takeWorkspace() { return std::move(m_workspace); }
    // At the start: the person chose to open a database file instead.
    bool wantsFile() const { return m_wantsFile; }

    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* connectButton() const { return m_connect; }
    // The kind of the last refusal shown (a bad address, a refused sign-in...).
    std::optional<ErrorKind> lastError() const { return m_lastError; }

private:
    void tryConnect();
    void showMessage(const QString& message, const QString& detail = {});
    void showError(const Error& error);

    QLineEdit* m_address;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_message;
    QPushButton* m_connect;
    std::unique_ptr<Workspace> m_workspace;
    bool m_wantsFile = false;
    std::optional<ErrorKind> m_lastError;
};

} // namespace kartoteka::ui
