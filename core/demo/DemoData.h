#pragma once

#include "storage/Result.h"

#include <functional>

namespace kartoteka {

class Database;

struct DemoOptions
{
    int clients = 1000;
    quint32 seed = 1;
};

struct DemoReport
{
    int clients = 0;
    int interactions = 0;
    int products = 0;
    int deals = 0;
};

// Fills an empty database with realistic, deterministic data (the same seed
// gives the same data): Russian, Ukrainian and English names, companies and
// their people, valid phone numbers of several countries, e-mails, addresses
// (some shared by a household), birthdays, types, statuses, sources, tags,
// managers, and 0-40 timeline entries per client with purchases; a catalog of
// 2,000 products and about 3 deals per client, with line items and two years
// of moves through the funnel (some skip stages, some are lost with a reason).
// `progress` is called with the clients written so far.
Result<DemoReport> generateDemo(Database& db, const DemoOptions& options,
                                const std::function<void(int done, int total)>& progress = {});

} // namespace kartoteka
