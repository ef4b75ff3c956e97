#pragma once

#include "language/Language.h"
#include "storage/Result.h"

#include <QString>

namespace kartoteka {

class Transaction;

// The shared settings that say which language a database was made in ("uk",
// "ru", "en": documents and the first-run assistant read it) and the shop's
// own country for phone numbers.
inline const QString kDatabaseLanguageKey = QStringLiteral("shop.language");
inline const QString kPhoneRegionKey = QStringLiteral("clients.phone_region");

// The shop's country assumed for a new database in `language`: Ukraine, for
// Ukrainian, Russian and English alike (Kartoteka's shops are in Ukraine).
QString defaultPhoneRegion(Language language);

// Gives a database just created by the migrations its ready-made lists
// (contact types, statuses, sources, loss reasons, delivery types) and its
// default pipeline and stages in `language`, and records the language and
// the shop's country in its settings. The migrations seed English names and
// never change, so databases made before keep theirs: only a new one passes
// through here, in the transaction that creates it.
Status seedInLanguage(Transaction& tx, Language language);

// The language recorded by seedInLanguage; nothing for a database made
// before Kartoteka recorded it.
class Database;
std::optional<Language> databaseLanguage(Database& db);

} // namespace kartoteka
