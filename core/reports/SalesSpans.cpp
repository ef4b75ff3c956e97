#include "reports/SalesSpans.h"

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// The span that starts on `day` and fits the period, the largest first;
// empty when none does. `next` is the day after it.
QString spanFrom(const QDate& day, const QDate& to, bool openEnd, QDate& next)
{
    if (day.day() != 1)
        return {};
    auto fits = [&](const QDate& after) { return openEnd || after.addDays(-1) <= to; };
    if (day.month() == 1 && fits(day.addYears(1))) {
        next = day.addYears(1);
        return QString::number(day.year());
    }
    if ((day.month() - 1) % 3 == 0 && fits(day.addMonths(3))) {
        next = day.addMonths(3);
        return u"%1-Q%2"_s.arg(day.year()).arg((day.month() + 2) / 3);
    }
    if (fits(day.addMonths(1))) {
        next = day.addMonths(1);
        return u"%1-%2"_s.arg(day.year()).arg(day.month(), 2, 10, QChar(u'0'));
    }
    return {};
}

} // namespace

QList<SalesPiece> salesPieces(const QDate& from, const QDate& to, bool openEnd)
{
    QList<SalesPiece> pieces;
    QDate days; // the first day of the stretch being gathered, if any
    auto endDays = [&](const QDate& last) {
        if (days.isValid())
            pieces.append({QString(), days, last});
        days = QDate();
    };
    for (QDate day = from; day.isValid() && day <= to;) {
        QDate next;
        const QString span = spanFrom(day, to, openEnd, next);
        if (!span.isEmpty()) {
            endDays(day.addDays(-1));
            pieces.append({span, day, next.addDays(-1)});
            day = next;
            continue;
        }
        if (!days.isValid())
            days = day;
        day = std::min(QDate(day.year(), day.month(), 1).addMonths(1), to.addDays(1));
    }
    endDays(to);
    return pieces;
}

} // namespace kartoteka
