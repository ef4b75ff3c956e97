#pragma once

#include "accounts/Accounts.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// The staff accounts, as Accounts::list() returns them (a handful of rows).
class AccountListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Login,
        RoleColumn,
        State,
        Password,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setAccounts(const QList<Account>& accounts);
    const Account& accountAt(int row) const { return m_accounts.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Account> m_accounts;
};

// A temporary password, shown once so the owner can read it out or copy it.
class TemporaryPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    TemporaryPasswordDialog(const Account& account, const QString& password,
                            QWidget* parent = nullptr);
    QString password() const { return m_password; }

private:
    QString m_password;
};

// Administration → Accounts: who may sign in, with what role; adding people,
// temporary passwords, roles, and deactivation with the hand-over of clients.
// Every action is Accounts' (core checks the rights); this shows its answers.
class AccountsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AccountsPanel(Database& db, QWidget* parent = nullptr);

    // Whether the page is shown to `who`.
    static bool shownTo(const Principal& who);

    void reload();
    AccountListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void select(qint64 accountId);
    qint64 selectedId() const;
    // The outcome of the last action, as the line under the table shows it.
    QString message() const;

    // Each opens its dialog for the selected account (Add: a new one).
    void addAccount();
    void resetPassword();
    void changeRole();
    void rename();
    void deactivate();
    void activate();

signals:
    // Accounts changed: other screens' manager lists may need a reload.
    void accountsChanged();

private:
    void updateButtons();
    void showMessage(const QString& text, bool error = false);
    void showError(const Error& error);
    const Account* selected() const;
    void done(qint64 selectId, const QString& text);

    Database& m_db;
    Accounts m_accounts;
    AccountListModel* m_model;
    QTableView* m_view;
    QLabel* m_message;
    QPushButton* m_add;
    QPushButton* m_password;
    QPushButton* m_role;
    QPushButton* m_rename;
    QPushButton* m_deactivate;
    QPushButton* m_activate;
};

} // namespace kartoteka::ui
