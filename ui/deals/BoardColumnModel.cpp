#include "deals/BoardColumnModel.h"
#include "deals/BoardRules.h"
#include "language/Formats.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

#include <algorithm>

namespace kartoteka::ui {

BoardColumnModel::BoardColumnModel(const Stage& stage, QObject* parent)
    : QAbstractListModel(parent), m_stage(stage)
{
}

void BoardColumnModel::setCards(const QList<BoardCard>& cards)
{
    beginResetModel();
    m_cards = cards;
    m_totalMinor = 0;
    for (const BoardCard& c : m_cards)
        m_totalMinor += c.amountMinor;
    endResetModel();
}

int BoardColumnModel::rowOf(qint64 dealId) const
{
    for (int row = 0; row < m_cards.size(); ++row) {
        if (m_cards.at(row).dealId == dealId)
            return row;
    }
    return -1;
}

bool BoardColumnModel::removeCard(qint64 dealId)
{
    const int row = rowOf(dealId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_totalMinor -= m_cards.at(row).amountMinor;
    m_cards.removeAt(row);
    endRemoveRows();
    return true;
}

int BoardColumnModel::placeCard(const BoardCard& card)
{
    const auto at = std::lower_bound(m_cards.cbegin(), m_cards.cend(), card, boardOrderLess);
    const int row = int(at - m_cards.cbegin());
    const int old = rowOf(card.dealId);
    if (old >= 0 && (old == row || old + 1 == row)) {
        // Its place in the order is where it is: the same row, changed.
        m_totalMinor += card.amountMinor - m_cards.at(old).amountMinor;
        m_cards[old] = card;
        emit dataChanged(index(old), index(old));
        return old;
    }
    removeCard(card.dealId);
    const int to = int(std::lower_bound(m_cards.cbegin(), m_cards.cend(), card, boardOrderLess) -
                       m_cards.cbegin());
    beginInsertRows({}, to, to);
    m_cards.insert(to, card);
    m_totalMinor += card.amountMinor;
    endInsertRows();
    return to;
}

double BoardColumnModel::positionForRow(int row) const
{
    if (m_cards.isEmpty())
        return 1;
    if (row <= 0)
        return m_cards.first().boardPosition - 1;
    if (row >= m_cards.size())
        return m_cards.last().boardPosition + 1;
    return (m_cards.at(row - 1).boardPosition + m_cards.at(row).boardPosition) / 2;
}

int BoardColumnModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant BoardColumnModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BoardCard& card = m_cards.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return QString(card.clientName + QStringLiteral(": ") + card.title);
    if (role == CardRole)
        return QVariant::fromValue(index.row());
    if (role == Qt::ToolTipRole)
        return tr("%1\n%2\nin this stage since %3, last activity %4")
            .arg(card.clientName, card.title, formatDateTime(card.stageEnteredAt),
                 formatDateTime(card.lastActivity));
    return {};
}

Qt::ItemFlags BoardColumnModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index) | Qt::ItemIsDropEnabled;
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList BoardColumnModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData* BoardColumnModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const BoardCard& card = m_cards.at(indexes.first().row());
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << card.dealId << card.version;
    auto* data = new QMimeData;
    data->setData(kMimeType, bytes);
    return data;
}

bool BoardColumnModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                       const QModelIndex&) const
{
    return data && data->hasFormat(kMimeType);
}

bool BoardColumnModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                    const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    QDataStream in(data->data(kMimeType));
    qint64 dealId = 0;
    qint64 version = 0;
    in >> dealId >> version;
    const int at = row >= 0 ? row : (parent.isValid() ? parent.row() : int(m_cards.size()));
    emit dropRequested(dealId, version, m_stage.id, positionForRow(at));
    // The board moves the card between the columns once the move is saved;
    // the view removes nothing itself.
    return false;
}

} // namespace kartoteka::ui
