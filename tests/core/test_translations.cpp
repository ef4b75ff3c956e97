#include "Catch.h"
#include "TestSupport.h"

#include "audit/AuditLog.h"
#include "audit/AuditText.h"
#include "import/CsvReader.h"
#include "reports/ReportTables.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

bool hasCyrillic(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF; });
}

// A hand-over's line in the audit, whose counts are plural forms.
QString handOver(int clients)
{
    AuditEntry e;
    e.action = auditAction::kHandOver;
    e.details = QJsonObject{{u"clients"_s, clients},
                            {u"deals"_s, 0},
                            {u"from"_s, u"Олена Коваль"_s},
                            {u"to"_s, QJsonArray{}}};
    return auditWhat(e);
}

QString csvError()
{
    return readCsv(QByteArray()).error().message;
}

QString funnelHeader()
{
    return funnelTable(FunnelReport{}, {}).columns.value(0).title;
}

} // namespace

TEST_CASE("installed Ukrainian or Russian, core's messages and report headers are translated",
          "[translations]")
{
    const QString englishError = csvError();
    const QString englishHeader = funnelHeader();
    REQUIRE_FALSE(englishError.isEmpty());
    REQUIRE_FALSE(englishHeader.isEmpty());
    CHECK_FALSE(hasCyrillic(englishError)); // the tests' main speaks English

    for (Language language : {Language::Ukrainian, Language::Russian}) {
        INFO(languageCode(language).toStdString());
        LanguageGuard speaking(language);
        CHECK(csvError() != englishError);
        CHECK(hasCyrillic(csvError()));
        CHECK(funnelHeader() != englishHeader);
        CHECK(hasCyrillic(funnelHeader()));
    }
    // The guard put English back.
    CHECK(csvError() == englishError);
    CHECK(funnelHeader() == englishHeader);
}

TEST_CASE("plural forms follow Ukrainian and Russian: one, few and many", "[translations]")
{
    struct Forms
    {
        Language language;
        QString one, few, many;
    };
    for (const Forms& f :
         {Forms{Language::Ukrainian, u"1 клієнт"_s, u"3 клієнти"_s, u"5 клієнтів"_s},
          Forms{Language::Russian, u"1 клиент"_s, u"3 клиента"_s, u"5 клиентов"_s}}) {
        INFO(languageCode(f.language).toStdString());
        LanguageGuard speaking(f.language);
        const QString one = handOver(1), few = handOver(3), many = handOver(5);
        CHECK(one.contains(f.one));
        CHECK_FALSE(one.contains(f.one + u'и'));
        CHECK_FALSE(one.contains(f.one + u'а'));
        CHECK_FALSE(one.contains(f.one + u"ів"_s));
        CHECK_FALSE(one.contains(f.one + u"ов"_s));
        CHECK(few.contains(f.few));
        CHECK(many.contains(f.many));
        // 21 is "one" again, 12 is "many".
        CHECK(handOver(21).contains(u"21 "_s + f.one.mid(2)));
        CHECK_FALSE(handOver(21).contains(f.few.mid(2)));
        CHECK(handOver(12).contains(u"12 "_s + f.many.mid(2)));
    }
}

TEST_CASE("English says 1 client and 2 clients, never client(s)", "[translations]")
{
    LanguageGuard speaking(Language::English);
    CHECK(handOver(1).contains(u"1 client"_s));
    CHECK_FALSE(handOver(1).contains(u"1 clients"_s));
    CHECK(handOver(2).contains(u"2 clients"_s));
    CHECK_FALSE(handOver(1).contains(u"(s)"_s));
    CHECK_FALSE(handOver(2).contains(u"(s)"_s));
}
