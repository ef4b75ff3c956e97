#include "Catch.h"

#include "language/Formats.h"

#include "reports/ReportTables.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using namespace kartoteka;

TEST_CASE("sales periods are labelled with the month's name and the year", "[reports][sales]")
{
    const QLocale before;
    for (const QString& name : {u"uk_UA"_s, u"ru_RU"_s, u"en_US"_s, u"C"_s}) {
        INFO(name.toStdString());
        QLocale::setDefault(QLocale(name));
        const QString month = bucketLabel(QDate(2026, 3, 1), SalesBucket::Month);
        CHECK(month.startsWith(QLocale(name).standaloneMonthName(3, QLocale::ShortFormat)));
        CHECK(month.endsWith(u"2026"_s));
        CHECK_FALSE(month.contains(u"LLL"_s));
        // The locale's date with a four-digit year: a period may span years.
        CHECK(bucketLabel(QDate(2026, 3, 5), SalesBucket::Day) == formatDate(QDate(2026, 3, 5)));
        CHECK(bucketLabel(QDate(2026, 3, 5), SalesBucket::Day).contains(u"2026"_s));
        CHECK(bucketLabel(QDate(2025, 12, 29), SalesBucket::Week)
                  .contains(formatDate(QDate(2025, 12, 29))));
        if (name == u"uk_UA" || name == u"ru_RU")
            CHECK(bucketLabel(QDate(2026, 3, 5), SalesBucket::Day) == u"05.03.2026"_s);
        CHECK(bucketLabel(QDate(2026, 4, 1), SalesBucket::Quarter).contains(u"2026"_s));
    }
    QLocale::setDefault(before);
}
