#pragma once

#include "language/Language.h"
#include "storage/Result.h"

namespace kartoteka {

class Database;

// The demo shop's name and the details its documents carry (Administration →
// Shop): a Ukrainian building-materials shop with its EDRPOU, IBAN, bank,
// address and contacts, worded in the demo's language; an English demo is a
// shop in the UK with a British IBAN. The codes are made up but pass their
// check digits. Runs as the program itself, on a new demo database.
Status createDemoShop(Database& db, Language language);

} // namespace kartoteka
