#pragma once

#include "accounts/Access.h"
#include "storage/Result.h"

#include "main/DialogKeys.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// Sets up the owner's account of a database that has none (a new one, or one
// from before accounts): full name (or oneself picked from the staff list, so
// one's clients stay one's own), login and password twice; then signs in as
// the owner (Accounts::createOwner, Accounts::signIn).
class OwnerSetupDialog : public GuardedDialog
{
    Q_OBJECT
public:
    explicit OwnerSetupDialog(Database& db, QWidget* parent = nullptr);

    // The owner, signed in, once accepted.
    const Principal& principal() const { return m_principal; }
    std::optional<ErrorKind> lastError() const { return m_lastError; }
    QString message() const;

    // The staff list of a database from before accounts (hidden when empty):
    // item 0 is "someone new", the others carry the account's id as data.
    QComboBox* staffChooser() const { return m_staff; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QPushButton* createButton() const { return m_create; }

    void accept() override;

private:
    void showError(const Error& error);

    Database& m_db;
    Principal m_principal;
    std::optional<ErrorKind> m_lastError;
    QComboBox* m_staff;
    QLineEdit* m_name;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
    QPushButton* m_create;
};

} // namespace kartoteka::ui
