#include "deals/BoardRules.h"

namespace kartoteka {

namespace {

qint64 utcDaysBetween(const QDateTime& from, const QDateTime& to)
{
    return from.toUTC().date().daysTo(to.toUTC().date());
}

} // namespace

bool isRotting(const BoardCard& card, const Stage& stage, const QDateTime& now)
{
    const QDateTime before = rottingBefore(stage, now);
    return before.isValid() && card.lastActivity.isValid() && card.lastActivity < before;
}

QDateTime rottingBefore(const Stage& stage, const QDateTime& now)
{
    if (stage.kind != StageKind::Open || stage.rottingDays <= 0)
        return {};
    // More than `rottingDays` midnights passed: the activity was before the
    // start of the day `rottingDays` days ago.
    return QDateTime(now.toUTC().date().addDays(-stage.rottingDays), QTime(0, 0), Qt::UTC);
}

qint64 daysInStage(const BoardCard& card, const QDateTime& now)
{
    return card.stageEnteredAt.isValid() ? utcDaysBetween(card.stageEnteredAt, now) : 0;
}

bool BoardFilter::keeps(const BoardCard& card, const Stage& stage, const QDateTime& now) const
{
    if (managerId != 0 && card.managerId != managerId)
        return false;
    if (rottingOnly && !isRotting(card, stage, now))
        return false;
    return keepsText(card.title, card.clientName);
}

bool BoardFilter::keepsText(const QString& title, const QString& clientName) const
{
    const QString needle = text.trimmed();
    return needle.isEmpty() || clientName.contains(needle, Qt::CaseInsensitive) ||
           title.contains(needle, Qt::CaseInsensitive);
}

bool BoardFilter::keepsEverything() const
{
    return managerId == 0 && !rottingOnly && text.trimmed().isEmpty();
}

bool boardOrderLess(const BoardCard& a, const BoardCard& b)
{
    if (a.boardPosition != b.boardPosition)
        return a.boardPosition < b.boardPosition;
    return a.dealId < b.dealId;
}

} // namespace kartoteka
