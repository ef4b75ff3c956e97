#pragma once

#include "deals/Deal.h"

#include <QAbstractListModel>

namespace kartoteka::ui {

// The cards of one board column. Cards are dragged out as their deal id and
// version; a drop asks the board (dropRequested) to move the deal, which
// then takes the card out of its old column and puts it into this one
// (removeCard, placeCard) instead of reloading the columns.
class BoardColumnModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        CardRole = Qt::UserRole + 1
    };
    static inline const QString kMimeType = QStringLiteral("application/x-kartoteka-deal");

    BoardColumnModel(const Stage& stage, QObject* parent = nullptr);

    const Stage& stage() const { return m_stage; }
    // Every card at once (a reset), in their order (boardOrderLess).
    void setCards(const QList<BoardCard>& cards);
    const BoardCard& cardAt(int row) const { return m_cards.at(row); }
    // The row of a deal's card; -1: not in this column.
    int rowOf(qint64 dealId) const;
    // Takes a deal's card out (rows removed); false: it was not here.
    bool removeCard(qint64 dealId);
    // Puts a card in at its place by the order of the column (rows
    // inserted), or replaces the deal's card already here; its row.
    int placeCard(const BoardCard& card);
    qint64 totalMinor() const { return m_totalMinor; }
    // The position a card dropped before `row` gets (rows may be rowCount()).
    double positionForRow(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
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
    Stage m_stage;
    QList<BoardCard> m_cards;
    qint64 m_totalMinor = 0;
};

} // namespace kartoteka::ui
