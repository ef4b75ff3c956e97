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

void BoardColumnModel::load(const ColumnTotals& totals, PageReader reader)
{
    beginResetModel();
    m_cards.clear();
    m_totals = totals;
    m_reader = std::move(reader);
    m_complete = false;
    m_next.reset();
    if (m_reader) {
        if (Result<QList<BoardCard>> first = m_reader(std::nullopt, std::nullopt, kPageSize + 1))
            m_cards = takePage(std::move(*first), kPageSize + 1);
    }
    endResetModel();
}

void BoardColumnModel::setCards(const QList<BoardCard>& cards)
{
    beginResetModel();
    m_cards = cards;
    m_totals = {};
    for (const BoardCard& c : m_cards) {
        m_totals.count += 1;
        m_totals.amountMinor += c.amountMinor;
    }
    m_reader = {};
    m_complete = true;
    m_next.reset();
    endResetModel();
}

QList<BoardCard> BoardColumnModel::takePage(QList<BoardCard> cards, int asked)
{
    if (asked > 0 && cards.size() >= asked) {
        m_next = BoardKey::of(cards.last());
        cards.removeLast();
        m_complete = false;
    } else {
        m_next.reset();
        m_complete = true;
    }
    // A card placed here since (a move) may come again with the page.
    cards.removeIf([this](const BoardCard& card) { return rowOf(card.dealId) >= 0; });
    return cards;
}

bool BoardColumnModel::withinRead(const BoardKey& key) const
{
    return m_complete || (m_next && key < *m_next);
}

bool BoardColumnModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_complete && m_reader;
}

void BoardColumnModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const std::optional<BoardKey> after =
        m_cards.isEmpty() ? std::nullopt : std::optional(BoardKey::of(m_cards.last()));
    Result<QList<BoardCard>> page = m_reader(after, std::nullopt, kPageSize + 1);
    if (!page) {
        m_reader = {}; // not asked again on every scroll; the header still counts all
        return;
    }
    const QList<BoardCard> added = takePage(std::move(*page), kPageSize + 1);
    if (added.isEmpty())
        return;
    const int from = int(m_cards.size());
    beginInsertRows({}, from, from + int(added.size()) - 1);
    m_cards.append(added);
    endInsertRows();
}

void BoardColumnModel::fetchThrough(const BoardKey& key)
{
    if (withinRead(key) || !m_reader)
        return;
    const std::optional<BoardKey> after =
        m_cards.isEmpty() ? std::nullopt : std::optional(BoardKey::of(m_cards.last()));
    Result<QList<BoardCard>> upTo = m_reader(after, key, 0);
    if (!upTo)
        return;
    upTo->removeIf([this](const BoardCard& card) { return rowOf(card.dealId) >= 0; });
    if (!upTo->isEmpty()) {
        const int from = int(m_cards.size());
        beginInsertRows({}, from, from + int(upTo->size()) - 1);
        m_cards.append(*upTo);
        endInsertRows();
    }
    // Where the next page starts, read again after the new last row.
    m_complete = false;
    fetchMore({});
}

void BoardColumnModel::fetchAll()
{
    while (canFetchMore({}))
        fetchMore({});
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
    m_cards.removeAt(row);
    endRemoveRows();
    return true;
}

int BoardColumnModel::placeCard(const BoardCard& card)
{
    if (!withinRead(BoardKey::of(card))) {
        removeCard(card.dealId);
        return -1;
    }
    const auto at = std::lower_bound(m_cards.cbegin(), m_cards.cend(), card, boardOrderLess);
    const int row = int(at - m_cards.cbegin());
    const int old = rowOf(card.dealId);
    if (old >= 0 && (old == row || old + 1 == row)) {
        // Its place in the order is where it is: the same row, changed.
        m_cards[old] = card;
        emit dataChanged(index(old), index(old));
        return old;
    }
    removeCard(card.dealId);
    const int to = int(std::lower_bound(m_cards.cbegin(), m_cards.cend(), card, boardOrderLess) -
                       m_cards.cbegin());
    beginInsertRows({}, to, to);
    m_cards.insert(to, card);
    endInsertRows();
    return to;
}

double BoardColumnModel::positionForRow(int row) const
{
    if (m_cards.isEmpty())
        return m_next ? m_next->position - 1 : 1;
    if (row <= 0)
        return m_cards.first().boardPosition - 1;
    if (row >= m_cards.size()) {
        // Below the last card read of a longer column: before the next one,
        // so the card lands where it was dropped.
        if (!m_complete && m_next)
            return (m_cards.last().boardPosition + m_next->position) / 2;
        return m_cards.last().boardPosition + 1;
    }
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
