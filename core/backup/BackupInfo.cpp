#include "backup/BackupInfo.h"

#include "storage/FileSync.h"
#include "storage/LiveFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {
// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Backup)
};
} // namespace

QString backupKindName(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Automatic:
        return u"auto"_s;
    case BackupKind::Safety:
        return u"safety"_s;
    case BackupKind::Manual:
        break;
    }
    return u"manual"_s;
}

BackupKind backupKindFromName(const QString& name)
{
    if (name == u"auto")
        return BackupKind::Automatic;
    if (name == u"safety")
        return BackupKind::Safety;
    return BackupKind::Manual;
}

QString backupKindDisplayName(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Automatic:
        return Tr::tr("daily");
    case BackupKind::Safety:
        return Tr::tr("safety copy");
    case BackupKind::Manual:
        break;
    }
    return Tr::tr("manual");
}

QString manifestPathFor(const QString& backupFile)
{
    return backupFile + u".json"_s;
}

Status writeManifest(const BackupInfo& info)
{
    QJsonObject json{
        {u"format"_s, u"kartoteka-backup"_s},
        {u"file"_s, QFileInfo(info.file).fileName()},
        {u"bytes"_s, info.bytes},
        {u"sha256"_s, info.sha256},
        {u"created_at"_s, info.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"kind"_s, backupKindName(info.kind)},
        {u"schema_version"_s, info.schemaVersion},
        {u"app_version"_s, info.appVersion},
        {u"database_id"_s, info.databaseId},
        {u"source"_s, info.sourcePath},
    };
    const QString path = manifestPathFor(info.file);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 ||
        !file.commit())
        return makeError(ErrorKind::Io,
                         Tr::tr("Cannot write the backup manifest %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return syncFileToDisk(path);
}

BackupInfo readBackupInfo(const QString& backupFile)
{
    BackupInfo info;
    const QFileInfo fileInfo(backupFile);
    info.file = fileInfo.absoluteFilePath();
    info.bytes = fileInfo.size();
    info.createdAt = fileInfo.lastModified().toUTC();

    QFile manifest(manifestPathFor(backupFile));
    if (!manifest.open(QIODevice::ReadOnly))
        return info;
    const QJsonObject json = QJsonDocument::fromJson(manifest.readAll()).object();
    if (json.value(u"format"_s).toString() != u"kartoteka-backup")
        return info;
    info.hasManifest = true;
    info.bytes = json.value(u"bytes"_s).toInteger(info.bytes);
    info.sha256 = json.value(u"sha256"_s).toString();
    const QDateTime created =
        QDateTime::fromString(json.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
    if (created.isValid())
        info.createdAt = created;
    info.kind = backupKindFromName(json.value(u"kind"_s).toString());
    info.schemaVersion = json.value(u"schema_version"_s).toInt();
    info.appVersion = json.value(u"app_version"_s).toString();
    info.databaseId = json.value(u"database_id"_s).toString();
    info.sourcePath = json.value(u"source"_s).toString();
    return info;
}

Result<QString> sha256OfFile(const QString& path)
{
    if (Status s = refuseLiveDatabaseFile(path); !s)
        return s.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorKind::Io,
            Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return makeError(ErrorKind::Io,
                         Tr::tr("Reading %1 failed.").arg(QDir::toNativeSeparators(path)));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace kartoteka
