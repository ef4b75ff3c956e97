#include "workspace/AppIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace kartoteka {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Kartoteka"_s);
    QCoreApplication::setOrganizationDomain(u"kartoteka.app"_s);
    QCoreApplication::setApplicationName(u"Kartoteka"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KARTOTEKA_VERSION));
}

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .absoluteFilePath(u"kartoteka.sqlite"_s);
}

} // namespace kartoteka

namespace kartoteka {

QString demoDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .absoluteFilePath(u"demo.sqlite"_s);
}

} // namespace kartoteka
