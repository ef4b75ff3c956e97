#pragma once

#include "deals/Deal.h"
#include "storage/Result.h"

#include <QAbstractTableModel>

namespace kartoteka::ui {

// A deal's lines, editable in place: quantity, price and discount; the total
// follows.
class DealItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Quantity,
        Price,
        Discount,
        Total,
        ColumnCount
    };

    DealItemsModel(const QList<DealItem>& items, QString currency, QObject* parent = nullptr);

    const QList<DealItem>& items() const { return m_items; }
    void addItem(const DealItem& item);
    void removeItem(int row);
    qint64 totalMinor() const;
    // Whether `text` typed into `column` (Quantity, Price, Discount) would be
    // taken, and if not why (ErrorKind::Invalid, the parser's own message:
    // "1,250" is 1250 or 1,25?), so the cell can say so instead of reverting.
    Status checkText(int column, const QString& text) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void totalChanged(qint64 totalMinor);

private:
    QList<DealItem> m_items;
    QString m_currency;
};

} // namespace kartoteka::ui
