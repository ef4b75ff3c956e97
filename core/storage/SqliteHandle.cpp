#include "storage/SqliteHandle.h"

#include "storage/Sql.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace kartoteka {

sqlite3* sqliteHandle(QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

Error sqliteError(int code, sqlite3* db, const QString& statement)
{
    const QString text = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
    return sql::errorFrom(QSqlError(QString::fromUtf8(sqlite3_errstr(code)), text,
                                    QSqlError::StatementError, QString::number(code)),
                          statement);
}

} // namespace kartoteka
