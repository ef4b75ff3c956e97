#include "clients/ClientListModel.h"

#include <QHash>

namespace kartoteka::ui {

ClientListModel::ClientListModel(ClientRepository& repository, QObject* parent)
    : QAbstractTableModel(parent), m_repository(repository)
{
    // Phones are formatted in data(), for the rows the view shows.
    m_query.phonesAsStored = true;
    restart(0);
}

void ClientListModel::setSearch(const QString& text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    restart(0);
}

void ClientListModel::setArchived(bool archived)
{
    if (archived == m_query.archived)
        return;
    m_query.archived = archived;
    restart(0);
}

void ClientListModel::setFilter(const ClientFilter& filter)
{
    m_query.filter = filter;
    restart(0);
}

void ClientListModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, ClientSort> sortable{{Name, ClientSort::Name},
                                                 {Company, ClientSort::Company},
                                                 {Status, ClientSort::Status},
                                                 {Manager, ClientSort::Manager}};
    // Phones and e-mails have no useful order: they keep the name order.
    const ClientSort sort = sortable.value(column, ClientSort::Name);
    const bool descending = order == Qt::DescendingOrder;
    // The view asks for the order the rows already have (sorting turned on,
    // a header restored): the page read stays, no second read at start.
    if (sort == m_query.sort && descending == m_query.descending && m_error.isEmpty())
        return;
    m_query.sort = sort;
    m_query.descending = descending;
    restart(0);
}

void ClientListModel::reload()
{
    restart(int(m_rows.size()));
}

void ClientListModel::restart(int minimumRows)
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_query.afterSortKey.clear();
    m_query.afterId = 0;
    m_rows = readPage(std::max(minimumRows, kPageSize));
    // Not while the reset is being announced: listeners ask for more afterwards.
    m_fetching = true;
    endResetModel();
    m_fetching = false;
}

QList<ClientRow> ClientListModel::readPage(int limit)
{
    ClientListQuery query = m_query;
    query.limit = limit;
    if (!m_rows.isEmpty()) {
        query.afterValue = m_rows.last().sortValue;
        query.afterSortKey = m_rows.last().sortKey;
        query.afterId = m_rows.last().id;
    }
    Result<QList<ClientRow>> page = m_repository.page(query);
    if (!page) {
        m_error = page.error().message;
        m_atEnd = true;
        emit loadFailed(m_error);
        return {};
    }
    m_error.clear();
    m_atEnd = page->size() < limit;
    return *page;
}

bool ClientListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void ClientListModel::fetchMore(const QModelIndex& parent)
{
    // Someone listening to a change may ask for more at once: one change at a time.
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    const QList<ClientRow> more = readPage(kPageSize);
    if (more.isEmpty())
        return;
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows += more;
    endInsertRows();
    m_fetching = false;
}

qint64 ClientListModel::clientIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ClientListModel::rowOf(qint64 clientId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == clientId)
            return row;
    }
    return -1;
}

int ClientListModel::reveal(qint64 clientId)
{
    int row = rowOf(clientId);
    if (row >= 0 || clientId <= 0 || m_atEnd)
        return row;
    ClientListQuery probe = m_query;
    probe.clientId = clientId;
    probe.limit = 1;
    Result<QList<ClientRow>> found = m_repository.page(probe);
    if (!found || found->isEmpty())
        return -1;
    while (canFetchMore({})) {
        const int from = int(m_rows.size());
        fetchMore({});
        for (row = from; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == clientId)
                return row;
        }
        if (m_rows.size() == from)
            break; // a page could not be read
    }
    return -1;
}

int ClientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientRow& row = m_rows.at(index.row());
    if (role == ClientIdRole)
        return row.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return row.displayName;
    case Company:
        return row.companyName;
    case Phone:
        return m_repository.shownPhone(row.phone); // formatted as shown (phonesAsStored)
    case Email:
        return row.email;
    case Status:
        return row.status;
    case Manager:
        return row.manager;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Company:
        return tr("Company");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    case Status:
        return tr("Status");
    case Manager:
        return tr("Manager");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kartoteka::ui
