#include "import/ReadError.h"

namespace kartoteka {

Error readError(QString message, const char* key, const QString& where)
{
    QString detail = QString::fromLatin1(key);
    if (!where.isEmpty())
        detail += u' ' + where;
    return makeError(ErrorKind::Invalid, std::move(message), detail);
}

QString readErrorKey(const Error& error)
{
    return error.detail.section(u' ', 0, 0);
}

} // namespace kartoteka
