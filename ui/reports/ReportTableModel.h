#pragma once

#include "reports/ReportTable.h"

#include <QAbstractTableModel>

namespace kartoteka::ui {

// A report's table for a QTableView: cells as the screen shows them, numbers
// right-aligned, and the raw value under Qt::UserRole for sorting.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setTable(ReportTable table);
    const ReportTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
};

} // namespace kartoteka::ui
