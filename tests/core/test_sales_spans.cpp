#include "Catch.h"

#include "reports/SalesSpans.h"

using namespace Qt::StringLiterals;
using namespace kartoteka;

namespace {

// "2026:2026-01-01..2026-12-31" for a span, "2026-11-15..2026-11-30" for days.
QStringList shown(const QList<SalesPiece>& pieces)
{
    QStringList out;
    for (const SalesPiece& p : pieces)
        out << (p.isSpan() ? p.span + u":"_s : QString()) + p.from.toString(Qt::ISODate) + u".."_s +
                   p.to.toString(Qt::ISODate);
    return out;
}

} // namespace

TEST_CASE("a report period is read as whole years, quarters and months and its ragged days",
          "[reports][period]")
{
    // Up to today with nothing sold later: the spans run past today.
    CHECK(shown(salesPieces({2026, 1, 1}, {2026, 11, 30}, true)) ==
          QStringList{u"2026:2026-01-01..2026-12-31"_s});
    CHECK(shown(salesPieces({2026, 10, 1}, {2026, 11, 30}, true)) ==
          QStringList{u"2026-Q4:2026-10-01..2026-12-31"_s});
    CHECK(shown(salesPieces({2026, 11, 1}, {2026, 11, 30}, true)) ==
          QStringList{u"2026-11:2026-11-01..2026-11-30"_s});
    // With later sales a span must end inside the period.
    CHECK(shown(salesPieces({2026, 1, 1}, {2026, 11, 30}, false)) ==
          QStringList{u"2026-Q1:2026-01-01..2026-03-31"_s, u"2026-Q2:2026-04-01..2026-06-30"_s,
                      u"2026-Q3:2026-07-01..2026-09-30"_s, u"2026-10:2026-10-01..2026-10-31"_s,
                      u"2026-11:2026-11-01..2026-11-30"_s});
    CHECK(shown(salesPieces({2026, 11, 1}, {2026, 11, 29}, false)) ==
          QStringList{u"2026-11-01..2026-11-29"_s});
    // Ragged ends as days, never a span that starts before the period.
    CHECK(shown(salesPieces({2024, 11, 15}, {2026, 2, 10}, false)) ==
          QStringList{u"2024-11-15..2024-11-30"_s, u"2024-12:2024-12-01..2024-12-31"_s,
                      u"2025:2025-01-01..2025-12-31"_s, u"2026-01:2026-01-01..2026-01-31"_s,
                      u"2026-02-01..2026-02-10"_s});
    CHECK(shown(salesPieces({2025, 2, 1}, {2025, 8, 31}, false)) ==
          QStringList{u"2025-02:2025-02-01..2025-02-28"_s, u"2025-03:2025-03-01..2025-03-31"_s,
                      u"2025-Q2:2025-04-01..2025-06-30"_s, u"2025-07:2025-07-01..2025-07-31"_s,
                      u"2025-08:2025-08-01..2025-08-31"_s});
    CHECK(shown(salesPieces({2026, 11, 30}, {2026, 11, 30}, true)) ==
          QStringList{u"2026-11-30..2026-11-30"_s});
    // A leap February is a whole month.
    CHECK(shown(salesPieces({2024, 2, 1}, {2024, 2, 29}, false)) ==
          QStringList{u"2024-02:2024-02-01..2024-02-29"_s});
    CHECK(salesPieces({2026, 5, 2}, {2026, 5, 1}, true).isEmpty());
}
