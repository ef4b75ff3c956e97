#include "Catch.h"

#include "deals/BoardRules.h"

using namespace Qt::StringLiterals;
using namespace kartoteka;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 20), QTime(10, 0), Qt::UTC);

Stage stage(StageKind kind, int rottingDays)
{
    Stage s;
    s.id = 7;
    s.kind = kind;
    s.rottingDays = rottingDays;
    return s;
}

BoardCard card(int quietDays)
{
    BoardCard c;
    c.dealId = 1;
    c.stageId = 7;
    c.title = u"Плитка для ванної"_s;
    c.clientName = u"Гнатюк Олександра"_s;
    c.managerId = 3;
    c.lastActivity = kNow.addDays(-quietDays);
    c.stageEnteredAt = kNow.addDays(-quietDays - 2);
    return c;
}

} // namespace

TEST_CASE("a card rots in an open stage with a limit after more days than the limit",
          "[deals][board][rules]")
{
    const Stage open = stage(StageKind::Open, 5);
    CHECK_FALSE(isRotting(card(4), open, kNow));
    CHECK_FALSE(isRotting(card(5), open, kNow)); // the limit itself is still fine
    CHECK(isRotting(card(6), open, kNow));
    CHECK(isRotting(card(400), open, kNow));
    // Days are midnights passed (UTC): 23:50 yesterday is one day ago at 00:10.
    BoardCard lateEvening = card(0);
    lateEvening.lastActivity = QDateTime(QDate(2026, 3, 13), QTime(23, 50), Qt::UTC);
    CHECK(isRotting(lateEvening, open, QDateTime(QDate(2026, 3, 19), QTime(0, 10), Qt::UTC)));
    CHECK_FALSE(
        isRotting(lateEvening, open, QDateTime(QDate(2026, 3, 18), QTime(23, 59), Qt::UTC)));

    // No limit: never rots.
    CHECK_FALSE(isRotting(card(400), stage(StageKind::Open, 0), kNow));
    // Won and lost deals are done: a limit on their stage does not make them rot.
    CHECK_FALSE(isRotting(card(400), stage(StageKind::Won, 5), kNow));
    CHECK_FALSE(isRotting(card(400), stage(StageKind::Lost, 5), kNow));
    // A card with no recorded activity is not called rotting.
    BoardCard unknown = card(400);
    unknown.lastActivity = {};
    CHECK_FALSE(isRotting(unknown, open, kNow));

    CHECK(daysInStage(card(4), kNow) == 6);
}

TEST_CASE("the board filter keeps cards by text, manager and rotting, closed cards are never "
          "rotting",
          "[deals][board][rules]")
{
    const Stage open = stage(StageKind::Open, 5);
    BoardFilter everything;
    CHECK(everything.keepsEverything());
    CHECK(everything.keeps(card(1), open, kNow));
    CHECK(everything.keeps(card(100), stage(StageKind::Won, 5), kNow));

    BoardFilter text;
    text.text = u"  ванної "_s; // blanks around are not part of it
    CHECK_FALSE(text.keepsEverything());
    CHECK(text.keeps(card(1), open, kNow));
    text.text = u"ГНАТЮК"_s; // the client's name, in any case (Cyrillic too)
    CHECK(text.keeps(card(1), open, kNow));
    text.text = u"Паркет"_s;
    CHECK_FALSE(text.keeps(card(1), open, kNow));
    text.text = u"   "_s;
    CHECK(text.keepsEverything());

    BoardFilter manager;
    manager.managerId = 3;
    CHECK(manager.keeps(card(1), open, kNow));
    manager.managerId = 4;
    CHECK_FALSE(manager.keeps(card(1), open, kNow));

    BoardFilter rotting;
    rotting.rottingOnly = true;
    CHECK_FALSE(rotting.keeps(card(1), open, kNow));
    CHECK(rotting.keeps(card(30), open, kNow));
    CHECK_FALSE(rotting.keeps(card(30), stage(StageKind::Open, 0), kNow));
    // The old copy of the rule let these through "Rotting only".
    CHECK_FALSE(rotting.keeps(card(30), stage(StageKind::Won, 5), kNow));
    CHECK_FALSE(rotting.keeps(card(30), stage(StageKind::Lost, 5), kNow));

    // Every condition must hold.
    BoardFilter all;
    all.text = u"плитка"_s;
    all.managerId = 3;
    all.rottingOnly = true;
    CHECK(all.keeps(card(30), open, kNow));
    all.managerId = 9;
    CHECK_FALSE(all.keeps(card(30), open, kNow));
}

TEST_CASE("cards in a column are ordered by their place, then as created", "[deals][board][rules]")
{
    BoardCard a = card(1);
    BoardCard b = card(1);
    a.boardPosition = 1.5;
    b.boardPosition = 2;
    a.dealId = 9;
    b.dealId = 3;
    CHECK(boardOrderLess(a, b));
    CHECK_FALSE(boardOrderLess(b, a));
    b.boardPosition = 1.5;
    CHECK(boardOrderLess(b, a));
    CHECK_FALSE(boardOrderLess(a, a));
}

TEST_CASE("the rotting bound a query uses says what the rule says", "[deals][board][rules]")
{
    const QList<Stage> stages{stage(StageKind::Open, 5), stage(StageKind::Open, 1),
                              stage(StageKind::Open, 0), stage(StageKind::Won, 5),
                              stage(StageKind::Lost, 2)};
    for (const Stage& s : stages) {
        const QDateTime before = rottingBefore(s, kNow);
        CHECK(before.isValid() == (s.kind == StageKind::Open && s.rottingDays > 0));
        // Every quarter of an hour over twelve days, either side of each midnight.
        for (int minutes = 0; minutes < 12 * 24 * 60; minutes += 15) {
            BoardCard c = card(0);
            c.lastActivity = kNow.addSecs(-60LL * minutes);
            INFO(c.lastActivity.toString(Qt::ISODate).toStdString());
            // The rule in its own words: more midnights (UTC) passed than the limit.
            const bool rots =
                s.kind == StageKind::Open && s.rottingDays > 0 &&
                c.lastActivity.toUTC().date().daysTo(kNow.toUTC().date()) > s.rottingDays;
            CHECK(isRotting(c, s, kNow) == rots);
            CHECK((before.isValid() && c.lastActivity < before) == rots);
        }
    }
}
