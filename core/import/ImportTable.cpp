#include "import/ImportTable.h"

using namespace Qt::StringLiterals;

namespace kartoteka {

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Detect:
        break;
    case TextEncoding::Utf8:
        return u"UTF-8"_s;
    case TextEncoding::Windows1251:
        return u"Windows-1251"_s;
    case TextEncoding::Utf16LE:
        return u"UTF-16LE"_s;
    case TextEncoding::Utf16BE:
        return u"UTF-16BE"_s;
    }
    return {};
}

std::optional<TextEncoding> textEncodingNamed(const QString& name)
{
    const QString n = name.trimmed().toLower().remove(u'-').remove(u'_');
    if (n.isEmpty() || n == u"auto"_s)
        return TextEncoding::Detect;
    if (n == u"utf8"_s)
        return TextEncoding::Utf8;
    if (n == u"windows1251"_s || n == u"cp1251"_s || n == u"1251"_s)
        return TextEncoding::Windows1251;
    if (n == u"utf16le"_s || n == u"utf16"_s)
        return TextEncoding::Utf16LE;
    if (n == u"utf16be"_s)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

} // namespace kartoteka
