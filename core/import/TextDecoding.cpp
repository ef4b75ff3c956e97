#include "import/TextDecoding.h"

#include "import/ReadError.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// The messages were the catalog's CSV reader's first: same context, same translations.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Csv)
};

// Windows-1251, bytes 0x80..0xBF (0xC0..0xFF are А..я in order).
constexpr char16_t kCp1251High[64] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409,
    0x2039, 0x040A, 0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0,
    0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB,
    0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6,
    0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457};

// 0: what a Ukrainian or Russian file is made of; 1: Latin letters with marks
// (a Polish or Czech name); 3: anything else.
int charOddness(char16_t c)
{
    if (c < 0x80 || (c >= 0x0410 && c <= 0x044F))
        return 0;
    switch (c) {
    case 0x0401:
    case 0x0451: // Ё ё
    case 0x0404:
    case 0x0454: // Є є
    case 0x0406:
    case 0x0456: // І і
    case 0x0407:
    case 0x0457: // Ї ї
    case 0x0490:
    case 0x0491: // Ґ ґ
    case 0x00A0:
    case 0x00AB:
    case 0x00BB:
    case 0x00B0:
    case 0x00A7:
    case 0x00A9:
    case 0x2013:
    case 0x2014:
    case 0x2026:
    case 0x2116:
    case 0x20AC:
    case 0x20B4:
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2022:
    case 0xFEFF:
        return 0;
    default:
        break;
    }
    if (c >= 0xD800 && c <= 0xDFFF)
        return 0; // beyond the BMP: emoji in names
    if (c >= 0x00C0 && c <= 0x017F)
        return 1;
    return 3;
}

enum class Script
{
    None,
    Latin,
    Cyrillic
};

Script scriptOf(QChar c)
{
    if (!c.isLetter())
        return Script::None;
    return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF ? Script::Cyrillic : Script::Latin;
}

bool isAscii(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// Calls visit(line, bytes) for each line (1-based, without its '\n') until
// it returns false; returns the last line visited.
template <typename Visit> int forEachLine(QByteArrayView data, const Visit& visit)
{
    int line = 0;
    for (QByteArrayView rest = data; !rest.isEmpty();) {
        ++line;
        const qsizetype end = rest.indexOf('\n');
        const QByteArrayView one = end < 0 ? rest : rest.first(end);
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        if (!visit(line, one))
            break;
    }
    return line;
}

// The first line (1-based) that is not UTF-8.
int firstNonUtf8Line(QByteArrayView data)
{
    return forEachLine(data, [](int, QByteArrayView one) {
        QStringDecoder check(QStringDecoder::Utf8);
        [[maybe_unused]] const QString read = check(one);
        return !check.hasError();
    });
}

Result<DecodedText> decodeUtf16(QByteArrayView data, TextEncoding encoding)
{
    QStringDecoder decoder(encoding == TextEncoding::Utf16LE ? QStringDecoder::Utf16LE
                                                             : QStringDecoder::Utf16BE);
    QString text = decoder(data);
    if (decoder.hasError() || data.size() % 2 != 0)
        return readError(Tr::tr("The file starts as UTF-16 text but is damaged or cut off. "
                                "Nothing was read; save it again."),
                         "text.utf16-damaged");
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return DecodedText{std::move(text), encoding};
}

Error notUtf8(QByteArrayView data)
{
    const int line = firstNonUtf8Line(data);
    return readError(Tr::tr("Line %1 of the file is not UTF-8 text. Choose the file's "
                            "encoding (for example Windows-1251) and read it again.")
                         .arg(line),
                     "text.not-utf8", u"line=%1"_s.arg(line));
}

// Detect, past the byte-order marks: UTF-8, 1251, or a refusal.
Result<DecodedText> detect(QByteArrayView data)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(data);
    if (!utf8.hasError()) {
        const qsizetype asUtf8 = oddness(text);
        if (asUtf8 == 0)
            return DecodedText{std::move(text), TextEncoding::Utf8};
        QString cp1251 = fromWindows1251(data);
        if (oddness(cp1251) < asUtf8)
            return DecodedText{std::move(cp1251), TextEncoding::Windows1251};
        return DecodedText{std::move(text), TextEncoding::Utf8};
    }
    // Not UTF-8 as a whole: 1251 unless some line of it reads as real UTF-8.
    int firstBroken = 0;
    bool someUtf8 = false;
    forEachLine(data, [&](int line, QByteArrayView one) {
        QStringDecoder check(QStringDecoder::Utf8);
        const QString read = check(one);
        if (check.hasError()) {
            if (firstBroken == 0)
                firstBroken = line;
        } else if (!isAscii(one) && oddness(read) <= oddness(fromWindows1251(one))) {
            someUtf8 = true;
        }
        return true;
    });
    if (someUtf8)
        return readError(Tr::tr("Line %1 of the file is not in UTF-8 like the rest of it (probably "
                                "pasted from a Windows-1251 file). Nothing was read; fix or retype "
                                "that line and save the file as UTF-8.")
                             .arg(firstBroken),
                         "text.mixed-encodings", u"line=%1"_s.arg(firstBroken));
    return DecodedText{fromWindows1251(data), TextEncoding::Windows1251};
}

} // namespace

QString fromWindows1251(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        out[i] = b < 0x80   ? char16_t(b)
                 : b < 0xC0 ? kCp1251High[b - 0x80]
                            : char16_t(0x0410 + b - 0xC0);
    }
    return text;
}

qsizetype oddness(QStringView text)
{
    qsizetype odd = 0;
    Script previous = Script::None;
    for (QChar c : text) {
        odd += charOddness(c.unicode());
        const Script script = scriptOf(c);
        if (script != Script::None && previous != Script::None && script != previous)
            odd += 2;
        previous = script;
    }
    return odd;
}

Result<DecodedText> decodeText(const QByteArray& bytes, TextEncoding wanted)
{
    QByteArrayView data(bytes);
    const bool le = data.startsWith("\xFF\xFE");
    const bool be = data.startsWith("\xFE\xFF");
    if (wanted == TextEncoding::Utf16LE || wanted == TextEncoding::Utf16BE)
        return decodeUtf16(data.sliced((le || be) ? 2 : 0), wanted);
    if (wanted == TextEncoding::Detect && (le || be))
        return decodeUtf16(data.sliced(2), le ? TextEncoding::Utf16LE : TextEncoding::Utf16BE);

    const bool utf8Bom = data.startsWith("\xEF\xBB\xBF");
    if (utf8Bom)
        data = data.sliced(3);
    if (data.contains('\0')) {
        // Zero bytes only in every second place: UTF-16 without its mark.
        qsizetype even = 0, odd = 0;
        for (qsizetype i = 0; i < data.size(); ++i) {
            if (data[i] == '\0')
                ++(i % 2 == 0 ? even : odd);
        }
        if ((even == 0) != (odd == 0))
            return readError(
                Tr::tr("The file looks like Unicode text (UTF-16) without the mark that says "
                       "so. Choose its encoding: UTF-16 %1.")
                    .arg(even == 0 ? u"LE"_s : u"BE"_s),
                "text.utf16-unmarked", u"offset=%1"_s.arg(data.indexOf('\0') + (utf8Bom ? 3 : 0)));
        return readError(
            Tr::tr("The file is not text in UTF-8, UTF-16 or Windows-1251 (it has zero "
                   "bytes). Save it from the spreadsheet as CSV or Unicode text."),
            "text.binary", u"offset=%1"_s.arg(data.indexOf('\0') + (utf8Bom ? 3 : 0)));
    }
    if (wanted == TextEncoding::Windows1251)
        return DecodedText{fromWindows1251(data), TextEncoding::Windows1251};
    if (wanted == TextEncoding::Utf8) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8(data);
        if (utf8.hasError())
            return notUtf8(data);
        return DecodedText{std::move(text), TextEncoding::Utf8};
    }
    // With a UTF-8 mark, a broken line is still told apart as 1251 pasted in.
    return detect(data);
}

} // namespace kartoteka
