#include "admin/BackupListModel.h"
#include "language/DataSize.h"
#include "language/Formats.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPalette>

namespace kartoteka::ui {

void BackupListModel::setBackups(const QList<BackupInfo>& backups)
{
    beginResetModel();
    m_backups = backups;
    QHash<QString, Verdict> kept;
    for (const BackupInfo& b : m_backups) {
        if (m_verdicts.contains(b.file))
            kept.insert(b.file, m_verdicts.value(b.file));
    }
    m_verdicts = kept;
    endResetModel();
}

void BackupListModel::setCheck(const QString& file, Check check, const QString& problem)
{
    m_verdicts.insert(file, {check, problem});
    for (int row = 0; row < m_backups.size(); ++row) {
        if (m_backups[row].file == file) {
            const QModelIndex cell = index(row, Verified);
            emit dataChanged(cell, cell);
        }
    }
}

BackupListModel::Check BackupListModel::checkOf(int row) const
{
    return m_verdicts.value(m_backups.at(row).file).check;
}

int BackupListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackupInfo& b = m_backups.at(index.row());
    const Verdict verdict = m_verdicts.value(b.file);
    if (role == FilePathRole)
        return b.file;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Verified && verdict.check == Check::Failed)
            return verdict.problem;
        if (index.column() == Verified && verdict.check == Check::Encrypted)
            return tr("This owner's copy is encrypted: select it and choose \"Check owner's "
                      "copy…\" to check it with the owner's passphrase.");
        if (index.column() == Verified && verdict.check == Check::Unverified)
            return tr("This backup has no manifest with a checksum, so damage or changes since "
                      "it was made cannot be ruled out.");
        return QDir::toNativeSeparators(b.file);
    }
    if (role == Qt::ForegroundRole && index.column() == Verified && verdict.check == Check::Failed)
        return QBrush(Qt::red);
    if (role == Qt::ForegroundRole && index.column() == Verified &&
        verdict.check == Check::Unverified)
        return QBrush(QColor(0xb3, 0x6b, 0x00));
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Size || index.column() == SchemaVersion))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case Created:
        return formatDateTime(b.createdAt, locale);
    case Kind:
        return b.ownerCopy ? tr("%1, owner's copy").arg(backupKindDisplayName(b.kind))
                           : backupKindDisplayName(b.kind);
    case Size:
        return sizeText(b.bytes);
    case Verified:
        switch (verdict.check) {
        case Check::Pending:
            return tr("checking…");
        case Check::Passed:
            return tr("OK, checksum matches");
        case Check::Unverified:
            return tr("not verified: no checksum");
        case Check::Failed:
            return tr("damaged: %1").arg(verdict.problem);
        case Check::Encrypted:
            return tr("encrypted for the owner");
        }
        return {};
    case SchemaVersion:
        return b.schemaVersion > 0 ? QVariant(b.schemaVersion) : QVariant();
    case AppVersion:
        return b.appVersion;
    case File:
        return QFileInfo(b.file).fileName();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Created:
        return tr("Made");
    case Kind:
        return tr("Kind");
    case Size:
        return tr("Size");
    case Verified:
        return tr("Verified");
    case SchemaVersion:
        return tr("Schema");
    case AppVersion:
        return tr("Program version");
    case File:
        return tr("File");
    case ColumnCount:
        break;
    }
    return {};
}

QString BackupListModel::sizeText(qint64 bytes)
{
    return formatDataSize(bytes);
}

} // namespace kartoteka::ui
