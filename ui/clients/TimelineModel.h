#pragma once

#include "clients/Client.h"

#include <QAbstractTableModel>

namespace kartoteka::ui {

// One client's timeline, newest first (at most a few thousand rows).
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        Kind,
        Details,
        Amount,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<Interaction>& entries);
    const Interaction& entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Outgoing call, 3 min — Will come on Friday. Text"
    static QString describe(const Interaction& entry);

private:
    QList<Interaction> m_entries;
};

} // namespace kartoteka::ui
