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

} // namespace kartoteka
