#pragma once

#include <QString>

namespace kartoteka {

// The checks a client's card passes before it is saved, shared by the
// repository (which refuses) and the import (which says which row and why).

// A name part (last, first, middle, company) holds at most this many characters.
constexpr int kMaxNameLength = 300;
// Fewer digits than this is no number anyone can call back.
constexpr int kMinPhoneDigits = 5;
// "Keep in touch every N days", for a client or a contact type: up to two years.
constexpr int kLongestContactInterval = 730;

int digitCount(const QString& text);
// A tax ID by its digits ("ЄДРПОУ 12345678" and "12345678" are one), for
// telling two clients one; empty when shorter than an EDRPOU (8 digits).
QString taxIdKey(const QString& taxId);
// local@domain.tld: one @; a local part without spaces, quotes, brackets,
// commas or semicolons and without a dot at an end or two in a row; a
// domain of two labels or more of letters (any alphabet), digits and inner
// hyphens. Enough to catch a slip, not a full RFC 5322 check (the mail
// server has the last word).
bool looksLikeEmail(const QString& address);
// Whether `address` mixes Cyrillic and Latin letters in one part, as a
// keyboard-layout slip does ("olеna@ukr.net" with a Cyrillic е).
bool mixesAlphabets(const QString& address);
// A name or title made only of spaces, control or invisible characters is none.
bool hasVisibleText(const QString& text);
// Line breaks, tabs, escapes and the like: not in a one-line name or title.
bool hasControlCharacters(const QString& text);

} // namespace kartoteka
