#pragma once

#include "storage/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kartoteka {

class Database;

// One import of a client file (ClientImport::run).
struct ImportBatch
{
    qint64 id = 0;
    QDateTime createdAt; // UTC
    QString userName;    // who imported; empty: the program itself
    QString fileName;
    int added = 0;
    int updated = 0;
    int skipped = 0;
    int problems = 0;
    QDateTime undoneAt; // invalid while the import stands
};

// A client an undo left as it is, and why.
struct KeptClient
{
    qint64 id = 0;
    QString name;
    QString reason; // translated
};

struct ImportUndoReport
{
    int removed = 0;  // clients the import added, removed again
    int restored = 0; // clients the import filled, put back as they were
    QList<KeptClient> kept;
};

// The client imports, newest first, and their undo. Both need the Import
// capability.
class ImportBatches
{
public:
    explicit ImportBatches(Database& db) : m_db(db) {}

    Result<QList<ImportBatch>> list(int limit = 100);
    // In one transaction, audited: removes the clients the import added and
    // restores the ones it filled, as long as nobody changed them since (a
    // client with a later save, a timeline entry, a deal or people of its
    // own is kept and listed). ErrorKind::NotFound for no such import,
    // ErrorKind::Invalid for one already undone, or while a later import that
    // filled clients of this one stands (it is undone first).
    Result<ImportUndoReport> undo(qint64 batchId);

    static inline const QString kEntity = QStringLiteral("import_batch");

private:
    Database& m_db;
};

} // namespace kartoteka
