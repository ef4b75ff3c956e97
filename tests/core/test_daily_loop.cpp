// The rules of the daily loop that are not widgets: which way a new call
// goes, whose a new client or deal is, how a picker tells namesakes apart.
#include "Catch.h"
#include "TestSupport.h"

#include "accounts/Access.h"
#include "clients/Client.h"
#include "clients/DailyLoop.h"

using namespace Qt::StringLiterals;
using namespace kartoteka;

TEST_CASE("a call logged right after a search is incoming, any other outgoing", "[clients][daily]")
{
    CHECK(newCallDirection(true) == u"in"_s);
    CHECK(newCallDirection(false) == u"out"_s);

    CallOrigin origin;
    CHECK(origin.newCallDirection() == u"out"_s); // nothing searched yet

    origin.searchChanged(u"555 12"_s);
    CHECK(origin.foundBySearch());
    CHECK(origin.newCallDirection() == u"in"_s);

    // The call it was about is logged: the next one is the person's own.
    origin.callLogged();
    CHECK(origin.newCallDirection() == u"out"_s);

    origin.searchChanged(u"067"_s);
    CHECK(origin.newCallDirection() == u"in"_s);
    origin.openedElsewhere(); // a report, the board, a link
    CHECK(origin.newCallDirection() == u"out"_s);

    origin.searchChanged(u"067"_s);
    origin.searchChanged(QString()); // the search cleared: browsing the list
    CHECK(origin.newCallDirection() == u"out"_s);
    origin.searchChanged(u"   "_s);
    CHECK(origin.newCallDirection() == u"out"_s);
}

TEST_CASE("a new client or deal is the signed-in person's", "[clients][daily]")
{
    Principal program; // tests, maintenance, a database without accounts
    CHECK(defaultManagerId(program) == 0);
    Principal manager;
    manager.accountId = 7;
    manager.role = Role::Manager;
    CHECK(defaultManagerId(manager) == 7);
}

TEST_CASE("a picker shows a client's company and phone beside the name", "[clients][daily]")
{
    ClientRow row;
    row.displayName = u"Коваленко Олена"_s;
    CHECK(clientPickerText(row) == u"Коваленко Олена"_s);
    row.phone = u"067 555 1234"_s;
    CHECK(clientPickerText(row) == u"Коваленко Олена — 067 555 1234"_s);
    row.companyName = u"ТОВ «Світанок»"_s;
    CHECK(clientPickerText(row) == u"Коваленко Олена — ТОВ «Світанок», 067 555 1234"_s);
}
