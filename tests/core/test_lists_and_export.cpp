// Names looked up in the lists never become new rows; exported tables never
// carry a live formula or lose a cell.
#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "clients/Lists.h"
#include "reports/ReportTable.h"
#include "storage/Sql.h"

#include <QFile>
#include <QProcess>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

qint64 count(Database& db, const QString& table)
{
    return requireValue(sql::scalar(db.connection(), u"SELECT count(*) FROM "_s + table))
        .toLongLong();
}

QByteArray fromXlsx(const QString& file, const QString& part)
{
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, file, part});
    REQUIRE(unzip.waitForFinished(10000));
    REQUIRE(unzip.exitCode() == 0);
    return unzip.readAllStandardOutput();
}

ReportTable namesTable(const QStringList& names)
{
    ReportTable t{
        u"Clients"_s, u"UAH"_s, {{u"Name"_s, CellKind::Text}, {u"Total"_s, CellKind::Money}}, {}};
    for (const QString& name : names)
        t.rows.append({name, qint64(-125050)});
    return t;
}

} // namespace

TEST_CASE("a name that is not in a list is an error naming the valid ones, and nothing is added",
          "[lists]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    Lists lists(*db);
    const qint64 items = count(*db, u"list_items"_s);
    const qint64 changes = count(*db, u"changes"_s);

    Result<qint64> typo = lists.idOf(kStatuses, u"Activ"_s);
    REQUIRE_FALSE(typo);
    CHECK(typo.error().kind == ErrorKind::NotFound);
    for (const ListItem& item : requireValue(lists.items(kStatuses)))
        CHECK(typo.error().message.contains(item.name));
    Result<qint64> reason = lists.idOf(kLossReasons, u"Typo"_s);
    REQUIRE_FALSE(reason);
    CHECK(reason.error().kind == ErrorKind::NotFound);
    CHECK(reason.error().message.contains(u"Too expensive"_s));

    // Case and spacing are forgiven; the match is the existing item.
    const qint64 active = requireValue(lists.idOf(kStatuses, u"Active"_s));
    CHECK(requireValue(lists.idOf(kStatuses, u"  aCTIVE "_s)) == active);
    CHECK(requireValue(lists.idOf(kSources, u"cold   call"_s)) ==
          requireValue(lists.idOf(kSources, u"Cold call"_s)));

    Result<qint64> ghost = lists.userIdOf(u"Ghost"_s);
    REQUIRE_FALSE(ghost);
    CHECK(ghost.error().kind == ErrorKind::NotFound);
    CHECK(count(*db, u"users"_s) == 0);
    CHECK(count(*db, u"list_items"_s) == items);
    CHECK(count(*db, u"changes"_s) == changes);

    // Only the explicit call adds; then the loose spelling finds that one.
    const qint64 olena = requireValue(lists.userIdOfOrAdd(u"Olena K"_s));
    CHECK(requireValue(lists.userIdOf(u"olena  k"_s)) == olena);
    ghost = lists.userIdOf(u"Ghost"_s);
    REQUIRE_FALSE(ghost);
    CHECK(ghost.error().message.contains(u"Olena K"_s));
    CHECK(count(*db, u"users"_s) == 1);
    CHECK_FALSE(lists.idOfOrAdd(kSources, u"  "_s));

    // Two items that differ only in case: the loose spelling is ambiguous.
    requireOk(lists.add(kSources, u"VIP"_s));
    requireOk(lists.add(kSources, u"vip"_s));
    CHECK(requireValue(lists.idOf(kSources, u"vip"_s)) !=
          requireValue(lists.idOf(kSources, u"VIP"_s)));
    Result<qint64> either = lists.idOf(kSources, u"Vip"_s);
    REQUIRE_FALSE(either);
    CHECK(either.error().kind == ErrorKind::Invalid);

    // A removed item is no longer a valid choice.
    const QList<ListItem> sources = requireValue(lists.items(kSources));
    const auto walkIn = std::find_if(sources.cbegin(), sources.cend(),
                                     [](const ListItem& i) { return i.name == u"Walk-in"_s; });
    REQUIRE(walkIn != sources.cend());
    requireOk(lists.remove(*walkIn));
    Result<qint64> removed = lists.idOf(kSources, u"Walk-in"_s);
    REQUIRE_FALSE(removed);
    CHECK(removed.error().kind == ErrorKind::NotFound);
}

TEST_CASE("text a spreadsheet would run as a formula is recognised, plain numbers are not",
          "[reports][export]")
{
    for (const QString& formula :
         {u"=HYPERLINK(\"http://evil.example\",\"click\")"_s, u"+380 50 123 45 67"_s,
          u"-2+3+cmd|' /C calc'!A0"_s, u"@SUM(A1:A9)"_s, u"\tTabbed"_s, u"\r=1+1"_s, u"-"_s})
        CHECK(looksLikeFormula(formula));
    for (const QString& plain :
         {u"Іваненко"_s, u""_s, u"-12"_s, u"+3.5"_s, u"-0,75"_s, u"a=b"_s, u" =1"_s})
        CHECK_FALSE(looksLikeFormula(plain));
    CHECK(neutraliseFormula(u"=1+1"_s) == u"'=1+1"_s);
    CHECK(neutraliseFormula(u"-12"_s) == u"-12"_s);
}

TEST_CASE("CSV export neutralises formulas and keeps negative numbers numeric", "[reports][export]")
{
    const ReportTable t = namesTable(
        {u"=HYPERLINK(\"http://evil.example\",\"click\")"_s, u"@cmd"_s, u"-42"_s, u"Олена"_s});
    const QStringList lines =
        QString::fromUtf8(csvOf(t, {u',', u'.'}).mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines[1] == u"\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",-1250.50"_s);
    CHECK(lines[2] == u"'@cmd,-1250.50"_s);
    CHECK(lines[3] == u"-42,-1250.50"_s);
    CHECK(lines[4] == u"Олена,-1250.50"_s);
}

TEST_CASE("XLSX export keeps formula-like text as text and refuses a cell that is too long",
          "[reports][export]")
{
    TempDir dir;
    const QString path = dir.path(u"clients.xlsx"_s);
    requireOk(writeXlsx(
        namesTable({u"=HYPERLINK(\"http://evil.example\",\"click\")"_s, u"Олена"_s}), path));
    // Text, with the quote that keeps it text when edited or saved as CSV;
    // no formula anywhere in the sheet; the negative money stays a number.
    const QByteArray strings = fromXlsx(path, u"xl/sharedStrings.xml"_s);
    CHECK(strings.contains("'=HYPERLINK("));
    CHECK(strings.contains("Олена"));
    CHECK(fromXlsx(path, u"xl/worksheets/sheet1.xml"_s).contains("<v>-1250.5</v>"));
    CHECK_FALSE(fromXlsx(path, u"xl/worksheets/sheet1.xml"_s).contains("<f>"));

    const QString tooLong = dir.path(u"long.xlsx"_s);
    Status refused = writeXlsx(namesTable({u"ok"_s, QString(40000, u'x')}), tooLong);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(refused.error().message.contains(u"2"_s)); // the row
    CHECK_FALSE(QFile::exists(tooLong));
    CHECK_FALSE(QFile::exists(tooLong + u".partial"_s));
    // At the limit itself the cell is written whole.
    requireOk(writeXlsx(namesTable({QString(32767, u'y')}), tooLong));
    CHECK(fromXlsx(tooLong, u"xl/sharedStrings.xml"_s).contains(QByteArray(32767, 'y')));
}
