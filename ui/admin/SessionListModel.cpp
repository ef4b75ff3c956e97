#include "admin/SessionListModel.h"
#include "language/Formats.h"

#include <QLocale>

namespace kartoteka::ui {

void SessionListModel::setSessions(const QList<SessionInfo>& sessions, qint64 ownId)
{
    beginResetModel();
    m_sessions = sessions;
    m_ownId = ownId;
    endResetModel();
}

int SessionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionInfo& s = m_sessions.at(index.row());
    const QLocale locale;
    if (role == Qt::ToolTipRole)
        return tr("Connected since %1, Kartoteka %2, process %3")
            .arg(formatDateTime(s.startedAt, locale), s.appVersion)
            .arg(s.pid);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case User:
        return s.id == m_ownId ? tr("%1 (you)").arg(s.userName) : s.userName;
    case Computer:
        return s.host;
    case LastSeen:
        return locale.toString(s.heartbeatAt.toLocalTime().time(), QLocale::ShortFormat);
    case State:
        return s.maintenance.isEmpty() ? tr("working") : s.maintenance;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case User:
        return tr("User");
    case Computer:
        return tr("Computer");
    case LastSeen:
        return tr("Last seen");
    case State:
        return tr("Doing");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kartoteka::ui
