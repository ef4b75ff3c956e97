#pragma once

#include "deals/Deal.h"

#include <QAbstractListModel>

namespace kartoteka::ui {

// The cards of one board column. Cards are dragged out as their deal id and
// version; a drop asks the board (dropRequested) to move the deal, which
// reloads the columns when the move was saved.
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
    void setCards(const QList<BoardCard>& cards);
    const BoardCard& cardAt(int row) const { return m_cards.at(row); }
    qint64 totalMinor() const;
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
};

} // namespace kartoteka::ui
