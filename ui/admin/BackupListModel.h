#pragma once

#include "backup/BackupInfo.h"

#include <QAbstractTableModel>
#include <QHash>

namespace kartoteka::ui {

// The backups of the open database in its backup folder, and its owner's
// copies (encrypted, BackupInfo::ownerCopy) in the owner's folder, newest first.
// Verification (checksum and integrity) arrives later from a background job,
// row by row; a backup without a recorded checksum is "not verified", never OK.
class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Created,
        Kind,
        Size,
        Verified,
        SchemaVersion,
        AppVersion,
        File,
        ColumnCount
    };
    enum Role
    {
        FilePathRole = Qt::UserRole + 1
    };
    enum class Check
    {
        Pending,
        Passed,     // intact and its checksum matches the manifest
        Unverified, // intact as a database, but there is no checksum to check
        Failed,
        Encrypted // an owner's copy: only the owner's passphrase can check it

    };

    using QAbstractTableModel::QAbstractTableModel;

    void setBackups(const QList<BackupInfo>& backups);
    void setCheck(const QString& file, Check check, const QString& problem = {});
    const BackupInfo& backupAt(int row) const { return m_backups.at(row); }
    Check checkOf(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // QLocale::formattedDataSize writes its units in English ("KiB") in every
    // language: the units here are translated, the number is the locale's.
    static QString sizeText(qint64 bytes);

    struct Verdict
    {
        Check check = Check::Pending;
        QString problem;
    };
    QList<BackupInfo> m_backups;
    QHash<QString, Verdict> m_verdicts; // by file path
};

} // namespace kartoteka::ui
