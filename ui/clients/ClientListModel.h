#pragma once

#include "clients/Client.h"
#include "clients/ClientRepository.h"

#include <QAbstractTableModel>

namespace kartoteka::ui {

// The client list, read a page at a time with keyset queries as the view
// scrolls (fetchMore). No statement stays open: each page is read to its end.
class ClientListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Company,
        Phone,
        Email,
        Status,
        Manager,
        ColumnCount
    };
    enum Role
    {
        ClientIdRole = Qt::UserRole + 1
    };

    explicit ClientListModel(ClientRepository& repository, QObject* parent = nullptr);

    void setSearch(const QString& text);
    void setArchived(bool archived);
    void setFilter(const ClientFilter& filter);
    // What the list shows: its search, filter, archive view and order.
    const ClientListQuery& query() const { return m_query; }
    // Reads the first pages again, as many rows as were loaded (after changes).
    void reload();

    qint64 clientIdAt(int row) const;
    // The row of a client among the rows read so far; -1 when not read (yet).
    int rowOf(qint64 clientId) const;
    // The row of a client, reading on page by page when the client is in
    // the list (search, filters, archive) further down; -1 when it is not.
    int reveal(qint64 clientId);
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Name, company, status or manager; a page at a time like the name order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static constexpr int kPageSize = 200;

signals:
    // A page could not be read (the database is busy, the network folder gone).
    void loadFailed(const QString& message);

private:
    void restart(int minimumRows);
    QList<ClientRow> readPage(int limit);

    ClientRepository& m_repository;
    ClientListQuery m_query;
    QList<ClientRow> m_rows;
    bool m_atEnd = false;
    bool m_fetching = false;
    QString m_error;
};

} // namespace kartoteka::ui
