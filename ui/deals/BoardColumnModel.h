#pragma once

#include "deals/BoardRules.h"
#include "deals/Deal.h"
#include "storage/Result.h"

#include <QAbstractListModel>

#include <functional>
#include <optional>

namespace kartoteka::ui {

// The cards of one board column, read a page at a time: the rows are the
// column's first cards in their order (boardOrderLess), more are read as the
// view scrolls to the end (canFetchMore/fetchMore). The header figures
// (totals) are the whole column's, loaded or not.
//
// Every card of the column ordered before the first one not read yet is a
// row: a card placed after that point (a move, a colleague's change) is left
// for the page that reads it.
//
// Cards are dragged out as their deal id and version; a drop asks the board
// (dropRequested) to move the deal, which then takes the card out of its old
// column and puts it into this one (removeCard, placeCard) instead of
// reloading the columns.
class BoardColumnModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        CardRole = Qt::UserRole + 1
    };
    static inline const QString kMimeType = QStringLiteral("application/x-kartoteka-deal");
    // Cards read at a time: a column's first screen and some more.
    static constexpr int kPageSize = 60;

    // Reads cards of the column in order after `after` (none: from the
    // first): at most `limit`, or (with `through`) every one up to it.
    using PageReader = std::function<Result<QList<BoardCard>>(
        const std::optional<BoardKey>& after, const std::optional<BoardKey>& through, int limit)>;

    BoardColumnModel(const Stage& stage, QObject* parent = nullptr);

    const Stage& stage() const { return m_stage; }
    // Starts the column again (a reset): its figures, and its first page
    // read through `reader`, which later pages use too.
    void load(const ColumnTotals& totals, PageReader reader);
    // Every card at once (a reset), in their order, complete.
    void setCards(const QList<BoardCard>& cards);
    const BoardCard& cardAt(int row) const { return m_cards.at(row); }
    // The row of a deal's card; -1: not read into this column.
    int rowOf(qint64 dealId) const;
    // Takes a deal's card out (rows removed); false: it was not here.
    bool removeCard(qint64 dealId);
    // Puts a card in at its place by the order of the column (rows
    // inserted), or replaces the deal's card already here; its row, or -1
    // when its place is past the cards read (a later page brings it).
    int placeCard(const BoardCard& card);
    // Reads on until the card at `key` is a row (if the column has it).
    void fetchThrough(const BoardKey& key);
    // Reads every remaining card (the list view shows them all).
    void fetchAll();
    // Every card of the column is a row.
    bool isComplete() const { return m_complete; }
    // The header's figures: the whole column's.
    const ColumnTotals& totals() const { return m_totals; }
    void setTotals(const ColumnTotals& totals) { m_totals = totals; }
    qint64 totalMinor() const { return m_totals.amountMinor; }
    // The position a card dropped before `row` gets (rows may be rowCount()).
    double positionForRow(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

signals:
    void dropRequested(qint64 dealId, qint64 version, qint64 toStageId, double position);

private:
    // The cards of a page read after the last row that become rows: a read
    // asks for one more than a page (`asked`), to know where the next starts.
    QList<BoardCard> takePage(QList<BoardCard> cards, int asked);
    // Whether a card at `key` belongs among the rows read.
    bool withinRead(const BoardKey& key) const;

    Stage m_stage;
    QList<BoardCard> m_cards;
    ColumnTotals m_totals;
    PageReader m_reader;
    bool m_complete = true;
    std::optional<BoardKey> m_next; // the first card not read (when not complete)
};

} // namespace kartoteka::ui
