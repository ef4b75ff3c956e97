#pragma once

#include "import/ImportTable.h"
#include "storage/Result.h"

#include <QByteArray>
#include <QString>

namespace kartoteka {

struct DecodedText
{
    QString text; // without the byte-order mark
    TextEncoding encoding = TextEncoding::Utf8;
};

// The text of a file in the encoding asked for, or, with Detect, in the one it
// is in: UTF-16 by its byte-order mark, UTF-8 (with or without a mark) when the
// bytes are UTF-8 and read as plausible text, else Windows-1251 (what Excel and
// 1C write on Ukrainian and Russian Windows). Cyrillic in 1251 is almost never
// valid UTF-8, and when a short piece is (1251 "ДІ" is the UTF-8 of "Ĳ"), the
// UTF-8 reading gives letters no Ukrainian or Russian file holds, which is how
// the two are told apart. Refused: zero bytes outside UTF-16 (a binary file), a
// damaged UTF-16 file, a file whose lines mix UTF-8 and 1251 (the message names
// the first 1251 line) and, when UTF-8 is asked for, bytes that are not UTF-8.
Result<DecodedText> decodeText(const QByteArray& bytes, TextEncoding wanted = TextEncoding::Detect);

// Windows-1251 by its table (no ICU needed); the one unassigned byte, 0x98, is U+FFFD.
QString fromWindows1251(QByteArrayView bytes);

// How unlikely a decoded text is as a Ukrainian or Russian shop's data: 0 for
// ASCII, Cyrillic and common punctuation; more for Latin letters with marks;
// most for what no such file holds (Hebrew, IPA, rare Serbian letters, ‡ ¶),
// and for words that switch between Latin and Cyrillic letters ("CafГ©").
qsizetype oddness(QStringView text);

} // namespace kartoteka
