#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ServerAddress)
};

const QStringList& sslModes()
{
    // libpq's modes; require and verify-full are the ones a shop should use.
    static const QStringList modes{u"disable"_s, u"allow"_s,     u"prefer"_s,
                                   u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    return modes;
}

} // namespace

QString serverLoginRole(const QString& database, const QString& login)
{
    return database + u'.' + login;
}

bool isServerAddress(const QString& path)
{
    const QString trimmed = path.trimmed();
    return trimmed.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
           trimmed.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

Result<ServerAddress> parseServerAddress(const QString& address)
{
    const QString trimmed = address.trimmed();
    auto invalid = [&](const QString& why) {
        return makeError(ErrorKind::Invalid,
                         Tr::tr("%1 is not a usable server address: %2 Write it as "
                                "postgresql://SERVER:PORT/DATABASE.")
                             .arg(trimmed, why));
    };
    if (!isServerAddress(trimmed))
        return invalid(Tr::tr("it does not begin with postgresql://."));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(Tr::tr("it is not a valid address."));
    if (!url.password().isEmpty())
        return invalid(Tr::tr("it contains a password, and addresses are shown and remembered."));
    ServerAddress result;
    result.host = url.host();
    if (result.host.isEmpty())
        return invalid(Tr::tr("the server's name is missing."));
    if (url.port() == 0)
        return invalid(Tr::tr("the port must be a number from 1 to 65535."));
    result.port = url.port(5432);
    result.database = url.path();
    if (result.database.startsWith(u'/'))
        result.database.remove(0, 1);
    if (result.database.isEmpty() || result.database.contains(u'/'))
        return invalid(Tr::tr("the database's name is missing."));
    result.user = url.userName();
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != u"sslmode" || !sslModes().contains(value))
            return invalid(Tr::tr("only ?sslmode=require, ?sslmode=verify-full or another of "
                                  "PostgreSQL's sslmode values may follow the database's name."));
        result.sslMode = value;
    }
    return result;
}

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u"/"_s + database);
    if (!sslMode.isEmpty())
        url.setQuery(u"sslmode="_s + sslMode);
    return url.toString();
}

QString databaseShortName(const QString& path)
{
    if (!isServerAddress(path))
        return QFileInfo(path).fileName();
    const Result<ServerAddress> address = parseServerAddress(path);
    return address ? u"%1/%2"_s.arg(address->host, address->database) : path;
}

QString ServerAddress::connectOptions() const
{
    // A server that does not answer is said so within seconds, not minutes.
    QString options = u"connect_timeout=10"_s;
    if (!sslMode.isEmpty())
        options += u";sslmode="_s + sslMode;
    return options;
}

} // namespace kartoteka
