#pragma once

#include "deals/Deal.h"

#include <QDateTime>
#include <QString>

namespace kartoteka {

// The board's rules, in one place for every screen that shows cards (the
// columns, their painting, the list view, the filter): a rule written in
// each of them drifted before.

// A card rots when it sits in an open stage that has a rotting limit and
// nothing happened to it (no move, no change) for more than that many whole
// days (counted as midnights passed, in UTC) before `now`. Won and lost
// stages never rot, whatever limit they carry.
bool isRotting(const BoardCard& card, const Stage& stage, const QDateTime& now);

// The same rule as a bound for a query: a card of `stage` rots at `now` when
// its last activity is before the instant returned (a UTC midnight); invalid
// when no card of the stage can rot (a final stage, no limit).
QDateTime rottingBefore(const Stage& stage, const QDateTime& now);

// Whole days (midnights passed, in UTC) the card has been in its stage at `now`.
qint64 daysInStage(const BoardCard& card, const QDateTime& now);

// Which cards the board keeps on screen.
struct BoardFilter
{
    QString text;         // in the client's name or the deal's title, any case; blank: any
    qint64 managerId = 0; // 0: every manager
    bool rottingOnly = false;

    // `stage`: the column the card is in (the rotting limit is the stage's).
    bool keeps(const BoardCard& card, const Stage& stage, const QDateTime& now) const;
    // The text part of keeps() alone, on a deal's title and its client's name.
    bool keepsText(const QString& title, const QString& clientName) const;
    bool keepsEverything() const;
};

// The order of the cards in a column: by their place, then as created.
bool boardOrderLess(const BoardCard& a, const BoardCard& b);

// A card's place in that order: what a page of a column is read after.
struct BoardKey
{
    double position = 0;
    qint64 dealId = 0;

    static BoardKey of(const BoardCard& card) { return {card.boardPosition, card.dealId}; }
    bool operator<(const BoardKey& other) const
    {
        return position != other.position ? position < other.position : dealId < other.dealId;
    }
};

// What a column's header shows: every card of the column the filter keeps,
// loaded or not.
struct ColumnTotals
{
    int count = 0;
    qint64 amountMinor = 0;

    bool operator==(const ColumnTotals& other) const
    {
        return count == other.count && amountMinor == other.amountMinor;
    }
};

} // namespace kartoteka
