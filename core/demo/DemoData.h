#pragma once

#include <QDate>

#include "accounts/Roles.h"
#include "language/Language.h"
#include "storage/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace kartoteka {

class Database;

struct DemoOptions
{
    int clients = 1000;
    quint32 seed = 1;
    // Whose shop: Ukrainian (names, +380 numbers, cities, ТОВ and ФОП,
    // hryvnias), the same shop in Russian, or an English-speaking one in
    // the UK (+44, pounds). The database's lists and stages too.
    Language language = Language::Ukrainian;
};

struct DemoReport
{
    int clients = 0;
    int interactions = 0;
    int products = 0;
    int deals = 0;
};

// Fills an empty database with realistic, deterministic data (the same seed
// gives the same data) of a shop in options.language: names, companies (ТОВ,
// ФОП, ПП or Ltd) and their people, valid phone numbers of the shop's
// country, e-mails, addresses (some shared by a household), birthdays,
// types, statuses, sources, tags, managers, and 0-40 timeline entries per
// client with purchases, all in working hours (Monday to Saturday, 9-19 the
// shop's time); a catalog of 2,000 products and about 3 deals per client,
// with line items and two years of moves through the funnel (some skip
// stages, some are lost with a reason). It sets the shop's country for
// phone numbers and its currency.
// `progress` is called with the clients written so far.
Result<DemoReport> generateDemo(Database& db, const DemoOptions& options,
                                const std::function<void(int done, int total)>& progress = {});

// The demo's accounts: its owner and its staff, who become the managers of
// the demo's clients and deals. They all sign in with kDemoPassword, which
// `kartoteka-cli demo` prints, the README states and the demo's sign-in
// shows, so a newcomer can try each role at once. Only a demo database has it.
inline const QString kDemoPassword = QStringLiteral("demo-kartoteka");
struct DemoAccount
{
    QString login;
    QString name;
    Role role;
};
const QList<DemoAccount>& demoAccounts(Language language = Language::Ukrainian);

// Makes the staff that generateDemo() wrote into accounts with logins and
// roles, and adds the owner, all with kDemoPassword (nothing to change at the
// first sign-in). Runs as the program itself, on a new demo database.
Status createDemoAccounts(Database& db, Language language = Language::Ukrainian);
// Each person's day in the demo: tasks overdue, today's (with reminders),
// tomorrow's and next week's on their own clients, and a weekly meeting;
// written as of `today`, in the demo's language.
Status createDemoTasks(Database& db, Language language, const QDate& today);
// The demo's contact type habits (Administration → Lists): designers kept in
// touch monthly, with the next sale and birthday greetings; wholesalers
// every fortnight.
Status createDemoHabits(Database& db);

} // namespace kartoteka
