#pragma once

#include <QStyledItemDelegate>

namespace kartoteka::ui {

// Paints a board card: client, title, amount, days in the stage, and a red
// edge when the deal has rotted (no activity beyond the stage's limit).
class BoardCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace kartoteka::ui
