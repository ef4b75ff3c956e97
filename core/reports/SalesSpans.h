#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace kartoteka {

// One piece of a report period: a span whose buyers schema 12 keeps
// (client_span_sales: 'YYYY', 'YYYY-Qn' or 'YYYY-MM'), or a stretch of days
// whose sales are read one by one.
struct SalesPiece
{
    QString span; // empty: the days from..to
    QDate from;
    QDate to;

    bool isSpan() const { return !span.isEmpty(); }
    bool operator==(const SalesPiece& o) const
    {
        return span == o.span && from == o.from && to == o.to;
    }
};

// The local days from..to as the fewest pieces: whole years, quarters and
// months where they fit, the ragged ends as days. `openEnd`: no sale lies
// after `to`, so a span may run past it (this year up to today is the year's
// span) - never before `from`.
QList<SalesPiece> salesPieces(const QDate& from, const QDate& to, bool openEnd);

} // namespace kartoteka
