#pragma once

#include <QString>

namespace kartoteka {

// Phone numbers through libphonenumber: stored as E.164, shown formatted.
struct NormalizedPhone
{
    QString e164; // "+380501234567"; empty when the text is not a valid number
    // Digits to search in: the E.164 form and the national form ("89161234567"
    // for +7 916 123-45-67), or the raw text's digits when it did not parse.
    QString searchDigits;
};

// `defaultRegion`: ISO 3166 code used for numbers typed without a country code ("UA").
NormalizedPhone normalizePhone(const QString& raw, const QString& defaultRegion);
// How every screen, report, export and the CLI show a number: the national
// form for the shop's own country (`homeRegion`, ISO 3166: "050 123 45 67" in
// Ukraine), the international one for the others ("+48 501 234 567"); the
// input itself when it is not E.164 (a number that did not parse is shown as
// typed).
QString formatPhone(const QString& e164, const QString& homeRegion);
// The same text for a number as normalizePhone stored it (the E.164 form of
// a valid number), read straight from its digits instead of through
// libphonenumber's parser: half the time, for lists that show thousands (the
// birthdays of the next two weeks). For stored numbers only: "+" and digits
// typed by hand may read otherwise (the parser drops a national prefix after
// the country code, "+4407400…"). Text that is not "+" and digits goes to
// formatPhone. Each number is formatted once per home region and kept (up to
// 20,000 numbers): lists and searches show the same numbers again and again.
QString formatStoredPhone(const QString& e164, const QString& homeRegion);
// Only the digits of `text`.
QString digitsOf(const QString& text);
// Whether an SMS can reach the E.164 number: false for what the numbering
// plan says is a landline (+380 44 ...), a free or a premium number; true
// for mobiles and for numbers whose kind the plan cannot tell.
bool takesSms(const QString& e164);

} // namespace kartoteka
