#include "deals/DealItemsModel.h"

#include "clients/ClientSettings.h"
#include "money/Money.h"

#include <QLocale>

#include <cmath>

namespace kartoteka::ui {

DealItemsModel::DealItemsModel(const QList<DealItem>& items, QString currency, QObject* parent)
    : QAbstractTableModel(parent), m_items(items), m_currency(std::move(currency))
{
}

void DealItemsModel::addItem(const DealItem& item)
{
    beginInsertRows({}, int(m_items.size()), int(m_items.size()));
    m_items.append(item);
    endInsertRows();
    emit totalChanged(totalMinor());
}

void DealItemsModel::removeItem(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    emit totalChanged(totalMinor());
}

qint64 DealItemsModel::totalMinor() const
{
    qint64 total = 0;
    for (const DealItem& item : m_items)
        total += item.totalMinor();
    return total;
}

int DealItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DealItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DealItem& item = m_items.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole) {
        switch (Column(index.column())) {
        case Quantity:
            return item.quantity;
        case Price:
            return formatMajor(item.priceMinor); // edited as text, read by parseMoney
        case Discount:
            return item.discountPercent;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case Name:
        return item.name;
    case Quantity:
        return locale.toString(item.quantity);
    case Price:
        return formatMoney(item.priceMinor, m_currency);
    case Discount:
        return item.discountPercent > 0 ? tr("%1 %").arg(locale.toString(item.discountPercent))
                                        : QString();
    case Total:
        return formatMoney(item.totalMinor(), m_currency);
    case ColumnCount:
        break;
    }
    return {};
}

Status DealItemsModel::checkText(int column, const QString& text) const
{
    if (column == Price) {
        const Result<qint64> price =
            parseMoney(text, MoneySign::NonNegative, QLocale(), m_currency);
        return price ? Status() : Status(price.error());
    }
    if (column != Quantity && column != Discount)
        return makeError(ErrorKind::Invalid, tr("This cell is not edited."));
    const Result<double> read = parsePlainNumber(text);
    if (!read)
        return read.error();
    if (column == Quantity && *read <= 0)
        return makeError(ErrorKind::Invalid, tr("The quantity must be more than zero."));
    if (column == Discount && (*read < 0 || *read > 100))
        return makeError(ErrorKind::Invalid, tr("The discount is a percentage from 0 to 100."));
    return {};
}

bool DealItemsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    // Typed text goes through core's strict readers ("1e3" is refused); a
    // number set from code is checked against the same limits.
    const bool typed = value.typeId() == QMetaType::QString;
    qint64 priceMinor = 0;
    double number = 0;
    if (typed && !checkText(index.column(), value.toString()))
        return false;
    if (index.column() == Price) {
        const double major = value.toDouble();
        const Result<qint64> price =
            typed ? parseMoney(value.toString(), MoneySign::NonNegative, QLocale(), m_currency)
                  : Result<qint64>(major >= 0 && major * 100 <= double(kMaxMoneyMinor)
                                       ? qRound64(major * 100)
                                       : -1);
        if (!price || *price < 0)
            return false;
        priceMinor = *price;
    } else {
        bool ok = !typed;
        if (typed) {
            const Result<double> read = parsePlainNumber(value.toString());
            ok = read.ok();
            number = ok ? *read : 0;
        } else {
            number = value.toDouble(&ok);
        }
        if (!ok || !std::isfinite(number) || number < 0)
            return false;
    }
    DealItem& item = m_items[index.row()];
    switch (Column(index.column())) {
    case Price:
        item.priceMinor = priceMinor;
        break;
    case Quantity:
        if (number <= 0)
            return false;
        item.quantity = number;
        break;
    case Discount:
        if (number > 100)
            return false;
        item.discountPercent = number;
        break;
    default:
        return false;
    }
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(Total));
    emit totalChanged(totalMinor());
    return true;
}

Qt::ItemFlags DealItemsModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    const int c = index.column();
    return c == Quantity || c == Price || c == Discount ? base | Qt::ItemIsEditable : base;
}

QVariant DealItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Product or service");
    case Quantity:
        return tr("Qty");
    case Price:
        return tr("Price");
    case Discount:
        return tr("Discount");
    case Total:
        return tr("Total");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kartoteka::ui
