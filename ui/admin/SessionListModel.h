#pragma once

#include "storage/Sessions.h"

#include <QAbstractTableModel>

namespace kartoteka::ui {

// Who has the database open right now (a handful of rows).
class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        User,
        Computer,
        LastSeen,
        State,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setSessions(const QList<SessionInfo>& sessions, qint64 ownId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SessionInfo> m_sessions;
    qint64 m_ownId = 0;
};

} // namespace kartoteka::ui
