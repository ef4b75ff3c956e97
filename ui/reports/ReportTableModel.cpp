#include "reports/ReportTableModel.h"

namespace kartoteka::ui {

void ReportTableModel::setTable(ReportTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CellKind kind = m_table.columns.at(index.column()).kind;
    switch (role) {
    case Qt::DisplayRole:
        return displayCell(m_table, index.row(), index.column());
    case Qt::TextAlignmentRole:
        return kind == CellKind::Text ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::UserRole:
        return m_table.rows.at(index.row()).value(index.column());
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_table.columns.size())
        return {};
    return m_table.columns.at(section).title;
}

} // namespace kartoteka::ui
