#pragma once

#include "language/Language.h"
#include "storage/Result.h"

#include <QString>

#include <optional>

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

// The way out for a shop whose database was made in another language than its
// staff read (`kartoteka-cli init` under the C locale makes an English one):
// the ready-made names that are still exactly as seeded, in the language the
// database records (English when it records none), renamed into `to`.
struct Relabelling
{
    Language from = Language::English;
    Language to = Language::English;
    int renamed = 0; // names translated
    int kept = 0;    // ready-made names the shop renamed or removed, or whose
                     // translation the list already has: left as they are
};

// How many ready-made names relabelSeededNames(db, to) would translate now
// (the Administration screen offers it when there are some). Read only.
Result<int> seededNamesToRelabel(Database& db, Language to);

// Renames them, records `to` as the database's language, and audits it, in
// one transaction. Names the shop renamed or added are left alone; a second
// call with the same language changes nothing. Needs the Lists, Pipelines and
// Settings capabilities (the owner and admins): ErrorKind::Forbidden else.
Result<Relabelling> relabelSeededNames(Database& db, Language to);

// "The ready-made names of the lists and stages are in English.", in the
// interface's language: what `init`, `demo` and the lists editor tell.
QString seededNamesLanguageText(Language language);
// "Translate them into Ukrainian": the offer's button.
QString relabelIntoText(Language language);

} // namespace kartoteka
