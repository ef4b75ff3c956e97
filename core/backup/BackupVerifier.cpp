#include "backup/BackupVerifier.h"

#include "backup/ServerBackup.h"
#include "storage/Database.h"
#include "storage/LiveFiles.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Backup)
};

// A truncated copy still opens; the header's page size and count tell how long
// the file must be (https://www.sqlite.org/fileformat.html, offsets 16 and 28).
Status checkHeaderAndLength(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorKind::NotFound, Tr::tr("There is no file %1.").arg(shown));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io,
                         Tr::tr("Cannot read %1: %2").arg(shown, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return makeError(
            ErrorKind::Foreign,
            Tr::tr("%1 is not a Kartoteka backup: it is not a database file.").arg(shown));
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = qFromBigEndian<quint32>(header.constData() + 28);
    const qint64 expected = qint64(pageSize) * pageCount;
    if (pageCount > 0 && file.size() < expected)
        return makeError(
            ErrorKind::Corrupt,
            Tr::tr("%1 is incomplete: it holds %2 bytes of %3. The copy was cut short; "
                   "use another backup.")
                .arg(shown)
                .arg(file.size())
                .arg(expected));
    return Status::success();
}

} // namespace

Result<VerifiedBackup> checkAgainstManifest(const QString& path)
{
    VerifiedBackup result;
    result.info = readBackupInfo(path);
    if (!result.info.hasManifest || result.info.sha256.isEmpty())
        return result;
    Result<QString> sha = sha256OfFile(path);
    if (!sha)
        return sha.error();
    if (*sha != result.info.sha256)
        return makeError(ErrorKind::Corrupt,
                         Tr::tr("%1 was changed or damaged after it was made: its checksum does "
                                "not match the one recorded at backup time.")
                             .arg(QDir::toNativeSeparators(path)),
                         u"sha256 %1, manifest %2"_s.arg(*sha, result.info.sha256));
    result.checksumChecked = true;
    return result;
}

Result<VerifiedBackup> verifyBackupFile(const QString& path, int programSchemaVersion)
{
    // A server's backup is pg_dump's, read by pg_restore.
    if (isServerBackupFile(path))
        return verifyServerBackupFile(path, programSchemaVersion);
    const QString shown = QDir::toNativeSeparators(path);
    // A slip in the file dialog must not open the live database with QFile.
    if (Status s = refuseLiveDatabaseFile(path); !s)
        return s.error();
    if (Status s = checkHeaderAndLength(path); !s)
        return s.error();

    Result<VerifiedBackup> checked = checkAgainstManifest(path);
    if (!checked)
        return checked.error();
    VerifiedBackup result = *checked;

    sql::Connection connection(path, u"QSQLITE_OPEN_READONLY"_s);
    if (Status s = connection.open(); !s)
        return s.error();
    QSqlDatabase& db = connection.db();

    Result<QList<QSqlRecord>> check = sql::rows(db, u"PRAGMA integrity_check"_s);
    if (!check)
        return makeError(ErrorKind::Corrupt,
                         Tr::tr("%1 is damaged: SQLite cannot read it.").arg(shown),
                         check.error().detail);
    if (check->size() != 1 || check->first().value(0).toString() != u"ok") {
        QStringList problems;
        for (const QSqlRecord& r : *check)
            problems.append(r.value(0).toString());
        return makeError(ErrorKind::Corrupt,
                         Tr::tr("%1 is damaged: the integrity check found %n problem(s).", nullptr,
                                int(problems.size()))
                             .arg(shown),
                         problems.mid(0, 10).join(u'\n'));
    }

    Result<QVariant> appId = sql::scalar(db, u"PRAGMA application_id"_s);
    Result<QVariant> version = sql::scalar(db, u"PRAGMA user_version"_s);
    if (!appId || !version)
        return (!appId ? appId.error() : version.error());
    if (appId->toInt() != kApplicationId || version->toInt() <= 0)
        return makeError(
            ErrorKind::Foreign,
            Tr::tr("%1 is a database of another program, not a Kartoteka backup.").arg(shown));
    result.schemaVersion = version->toInt();
    if (Status s = checkSchemaSupported(result.schemaVersion, programSchemaVersion); !s)
        return s.error();

    Result<QVariant> dbId = sql::scalar(db, u"SELECT value FROM meta WHERE key = 'database_id'"_s);
    if (dbId)
        result.databaseId = dbId->toString();
    return result;
}

} // namespace kartoteka
