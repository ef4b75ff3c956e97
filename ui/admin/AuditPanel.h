#pragma once

#include "accounts/Access.h"
#include "audit/AuditLog.h"
#include "audit/AuditText.h"

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// Audit rows as read, newest first; "Load more" appends older pages.
class AuditListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        Who,
        What,
        Details,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<AuditEntry>& entries, const AuditNames& names);
    void appendEntries(const QList<AuditEntry>& entries, const AuditNames& names);
    const AuditEntry& entryAt(int row) const { return m_entries.at(row); }
    qint64 oldestId() const { return m_entries.isEmpty() ? 0 : m_entries.last().id; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
    AuditNames m_names;
};

// Administration → Audit: who did what and when, filtered by person, action,
// period and client. Read-only: the audit cannot be changed from anywhere.
class AuditPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPanel(Database& db, QWidget* parent = nullptr);

    // Whether the page is shown to `who`.
    static bool shownTo(const Principal& who);
    // Whether `who` is offered the export (core checks again when writing).
    static bool mayExport(const Principal& who);

    // Rows per page of the table.
    static constexpr int kPageSize = 200;

    // Reads the first page again with the filter as set (and the people list).
    void reload();
    void loadMore();
    AuditFilter filter() const;
    AuditListModel* model() const { return m_model; }

    // The filter's controls, set as a person would.
    void setPerson(qint64 accountId);
    void setAction(const QString& key);
    void setPeriod(const QDate& from, const QDate& to);
    void setClient(qint64 clientId, const QString& name);
    // The client picker: a search, and the clients it found (name, company, phone).
    QLineEdit* clientSearch() const { return m_clientSearch; }
    QComboBox* clientChoice() const { return m_client; }
    // Writes what the filter selects; the outcome is shown under the table.
    bool exportTo(const QString& path);
    void chooseExportFile();
    QString message() const;

signals:
    // A row about a client was opened (double-click): show the client.
    void clientRequested(qint64 clientId);

private:
    void fillPeople();
    void findClients();
    void showMessage(const QString& text, bool error = false);

    Database& m_db;
    AuditListModel* m_model;
    QTableView* m_view;
    QComboBox* m_person;
    QComboBox* m_action;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_clientSearch;
    QComboBox* m_client;
    QPushButton* m_more;
    QPushButton* m_export;
    QLabel* m_message;
    bool m_filling = false;
};

} // namespace kartoteka::ui
