#pragma once

#include "clients/Client.h"
#include "deals/Deal.h"

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

    // The client's own entries and the steps of their deals, merged newest first.
    void setEntries(const QList<Interaction>& entries, const QList<DealEvent>& dealEvents = {});
    bool isDealEvent(int row) const { return m_rows.at(row).deal >= 0; }
    const Interaction& entryAt(int row) const { return m_entries.at(m_rows.at(row).entry); }
    const DealEvent& dealEventAt(int row) const { return m_dealEvents.at(m_rows.at(row).deal); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Outgoing call, 3 min — Will come on Friday. Text"
    static QString describe(const Interaction& entry);

private:
    struct Row
    {
        int entry = -1;
        int deal = -1;
    };
    QString dealText(const DealEvent& e) const;

    QList<Interaction> m_entries;
    QList<DealEvent> m_dealEvents;
    QList<Row> m_rows;
};

} // namespace kartoteka::ui
