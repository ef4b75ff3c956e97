#pragma once

#include "import/ImportTable.h"
#include "storage/Result.h"

#include <QByteArray>
#include <QStringView>

namespace kartoteka {

// vCard 2.1, 3.0 and 4.0 files (Android, iPhone, Google, Outlook exports), many
// cards per file, as an import table of one sheet: a row per card (its source
// is the line of its BEGIN:VCARD) with the named columns below. Phones, e-mails
// and addresses get as many numbered columns as the fullest card has. A phone's
// type is its TYPE values that say what it is (cell, home, work, fax...), or
// the label of its item group (iPhone's item1.X-ABLabel); several are joined
// with ','. BDAY is a QDate when it has a year; "--MM-DD" (no year) is text.
//
// Refused as a whole with the line: a card without END, an END without BEGIN,
// a line outside any card, a line that is no vCard line, and files with no card.
namespace vcardColumn {
inline constexpr QStringView kLastName = u"last_name";
inline constexpr QStringView kFirstName = u"first_name";
inline constexpr QStringView kMiddleName = u"middle_name";
inline constexpr QStringView kFullName = u"full_name";
inline constexpr QStringView kCompany = u"company";
inline constexpr QStringView kTitle = u"title";
inline constexpr QStringView kBirthday = u"birthday";
inline constexpr QStringView kNote = u"note";
inline constexpr QStringView kUrl = u"url";
inline constexpr QStringView kCategories = u"categories"; // tags, "VIP, Опт"
// numbered: phone_1, phone_1_type, email_1, address_1...
inline constexpr QStringView kPhone = u"phone";
inline constexpr QStringView kEmail = u"email";
inline constexpr QStringView kAddress = u"address";
} // namespace vcardColumn

Result<ImportTable> readVCards(const QByteArray& bytes);

} // namespace kartoteka
