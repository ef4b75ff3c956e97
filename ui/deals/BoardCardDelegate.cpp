#include "deals/BoardCardDelegate.h"

#include "clients/ClientSettings.h"
#include "deals/BoardColumnModel.h"
#include "deals/BoardRules.h"

#include <QApplication>
#include <QPainter>

namespace kartoteka::ui {

void BoardCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    const auto* model = qobject_cast<const BoardColumnModel*>(index.model());
    if (!model)
        return QStyledItemDelegate::paint(painter, option, index);
    const BoardCard& card = model->cardAt(index.row());
    const QRect box = option.rect.adjusted(4, 3, -4, -3);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& palette = option.palette;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool rotting = isRotting(card, model->stage(), now);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(
        QPen(selected ? palette.highlight().color() : palette.mid().color(), selected ? 2 : 1));
    painter->setBrush(palette.base());
    painter->drawRoundedRect(box, 4, 4);
    if (rotting) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xc6, 0x28, 0x28));
        painter->drawRoundedRect(QRect(box.left(), box.top(), 5, box.height()), 2, 2);
    }
    const QRect text = box.adjusted(10, 5, -8, -5);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fm(option.font);
    painter->setPen(palette.text().color());
    painter->setFont(bold);
    painter->drawText(QRect(text.left(), text.top(), text.width(), fm.height()), Qt::AlignLeft,
                      QFontMetrics(bold).elidedText(card.clientName, Qt::ElideRight, text.width()));
    painter->setFont(option.font);
    painter->drawText(QRect(text.left(), text.top() + fm.height(), text.width(), fm.height()),
                      Qt::AlignLeft, fm.elidedText(card.title, Qt::ElideRight, text.width()));
    const qint64 days = daysInStage(card, now);
    painter->setPen(palette.placeholderText().color());
    const QRect last(text.left(), text.top() + 2 * fm.height(), text.width(), fm.height());
    // Days in the stage on the right, short; the amount gets the rest.
    const QString daysText = BoardCardDelegate::tr("%1 d").arg(days);
    const int daysWidth = fm.horizontalAdvance(daysText) + 8;
    painter->drawText(last.adjusted(0, 0, -daysWidth, 0), Qt::AlignLeft,
                      fm.elidedText(formatMoney(card.amountMinor, card.currency), Qt::ElideRight,
                                    last.width() - daysWidth));
    if (rotting)
        painter->setPen(QColor(0xc6, 0x28, 0x28));
    painter->drawText(last, Qt::AlignRight, daysText);
    painter->restore();
}

QSize BoardCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return {200, QFontMetrics(option.font).height() * 3 + 18};
}

} // namespace kartoteka::ui
