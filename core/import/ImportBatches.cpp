#include "import/ImportBatches.h"

#include "accounts/Access.h"
#include "audit/AuditLog.h"
#include "clients/ClientRepository.h"
#include "clients/ClientSettings.h"
#include "clients/ClientSnapshot.h"
#include "storage/BulkRows.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/WriteCache.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ImportBatches)
};

QDateTime utcTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    time.setTimeSpec(Qt::UTC); // stored as UTC (nowUtc), with or without the Z
    return time;
}

// What the undo knows of one client of the batch before it starts.
struct BatchClient
{
    qint64 id = 0;
    bool added = false;
    qint64 versionAfter = 0;
    qint64 versionBefore = 0; // a filled client's version before the fill
    QByteArray before;
    bool exists = false;
    qint64 version = 0;
    QString name;
    bool isCompany = false;
    bool hasHistory = false; // timeline entries, deals, tasks, documents or letters
};

} // namespace

Result<QList<ImportBatch>> ImportBatches::list(int limit)
{
    if (Status s = require(m_db.principal(), Capability::Import); !s)
        return s.error();
    Result<QList<QSqlRecord>> rows = sql::rows(
        m_db.connection(),
        u"SELECT id, created_at, user_name, file_name, added, updated, skipped, problems, "
        u"undone_at FROM import_batches ORDER BY id DESC LIMIT ?"_s,
        {limit});
    if (!rows)
        return rows.error();
    QList<ImportBatch> batches;
    for (const QSqlRecord& r : *rows) {
        ImportBatch batch;
        batch.id = r.value(0).toLongLong();
        batch.createdAt = utcTime(r.value(1));
        batch.userName = r.value(2).toString();
        batch.fileName = r.value(3).toString();
        batch.added = r.value(4).toInt();
        batch.updated = r.value(5).toInt();
        batch.skipped = r.value(6).toInt();
        batch.problems = r.value(7).toInt();
        batch.undoneAt = utcTime(r.value(8));
        batches.append(batch);
    }
    return batches;
}

Result<ImportUndoReport> ImportBatches::undo(qint64 batchId)
{
    if (Status s = require(m_db.principal(), Capability::Import); !s)
        return s.error();
    ImportUndoReport report;
    ClientRepository repository(m_db, phoneRegion(m_db));
    const LargerWriteCache cache(m_db);
    Status done = m_db.write([&](Transaction& tx) -> Status {
        report = {};
        Result<QList<QSqlRecord>> batch = sql::rows(
            tx.db(), u"SELECT file_name, undone_at FROM import_batches WHERE id = ?"_s, {batchId});
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            return makeError(ErrorKind::NotFound, Tr::tr("There is no import %1.").arg(batchId));
        if (!batch->first().value(1).isNull())
            return makeError(ErrorKind::Invalid,
                             Tr::tr("Import %1 was undone already.").arg(batchId));
        const QString fileName = batch->first().value(0).toString();
        // A later import that filled clients of this one is undone first:
        // otherwise this one would keep them as changed, for good.
        Result<QList<QSqlRecord>> later = sql::rows(
            tx.db(),
            u"SELECT DISTINCT l.batch_id FROM import_batch_clients b "
            u"JOIN import_batch_clients l ON l.client_id = b.client_id AND l.batch_id > b.batch_id "
            u"JOIN import_batches i ON i.id = l.batch_id AND i.undone_at IS NULL "
            u"WHERE b.batch_id = ? ORDER BY l.batch_id DESC"_s,
            {batchId});
        if (!later)
            return later.error();
        if (!later->isEmpty())
            return makeError(ErrorKind::Invalid,
                             Tr::tr("Import %1 changed clients that import %2 brought: undo "
                                    "import %1 first.")
                                 .arg(later->first().value(0).toLongLong())
                                 .arg(batchId),
                             u"import.undo-later-first"_s);

        // Everything first, then the changes: the rows are not read while
        // the clients they come from are deleted.
        QList<BatchClient> clients;
        BulkRows rows(tx.db());
        if (Status s = rows.start(
                u"SELECT b.client_id, b.action, b.version_after, b.before, c.id, c.version, "
                u"b.version_before, "
                u"c.display_name, c.kind, "
                u"CASE WHEN EXISTS (SELECT 1 FROM interactions i WHERE i.client_id = c.id) "
                u"OR EXISTS (SELECT 1 FROM deals d WHERE d.client_id = c.id) "
                u"OR EXISTS (SELECT 1 FROM tasks t WHERE t.client_id = c.id) "
                u"OR EXISTS (SELECT 1 FROM documents o WHERE o.client_id = c.id) "
                u"OR EXISTS (SELECT 1 FROM letters l WHERE l.client_id = c.id) THEN 1 ELSE 0 END "
                u"FROM import_batch_clients b LEFT JOIN clients c ON c.id = b.client_id "
                u"WHERE b.batch_id = ?"_s,
                {batchId});
            !s)
            return s;
        while (rows.next()) {
            BatchClient c;
            c.id = rows.int64(0);
            c.added = rows.utf8(1) == "added";
            c.versionAfter = rows.int64(2);
            c.before = rows.utf8(3).toByteArray();
            c.exists = !rows.isNull(4);
            c.version = rows.int64(5);
            c.name = QString::fromUtf8(rows.utf8(7));
            c.isCompany = rows.utf8(8) == "company";
            c.versionBefore = rows.int64(6);
            c.hasHistory = rows.int64(9) != 0;
            clients.append(std::move(c));
        }
        if (Status s = rows.error(); !s)
            return s;
        // People before their companies: a company added by the import goes
        // only with the people linked to it, removed first.
        std::sort(clients.begin(), clients.end(), [](const BatchClient& a, const BatchClient& b) {
            return a.isCompany != b.isCompany ? !a.isCompany : a.id > b.id;
        });

        ClientRepository::Bulk bulk(repository, tx);
        QSet<qint64> removing;
        QList<qint64> removeOrder;
        auto keep = [&](const BatchClient& c, const QString& reason) {
            report.kept.append({c.id, c.name, reason});
        };
        for (const BatchClient& c : clients) {
            if (!c.exists)
                continue; // removed since: nothing to undo
            if (c.version != c.versionAfter) {
                keep(c, Tr::tr("changed after the import"));
                continue;
            }
            if (!c.added) {
                Result<Client> stored = repository.load(c.id);
                if (!stored) {
                    if (stored.error().kind != ErrorKind::NotFound)
                        return stored.error();
                    keep(c, Tr::tr("not yours to change"));
                    continue;
                }
                if (!restoreClientSnapshot(c.before, *stored))
                    return makeError(ErrorKind::Corrupt,
                                     Tr::tr("The import's record of %1 cannot be read; nothing "
                                            "was undone.")
                                         .arg(c.name));
                if (Status s = bulk.update(*stored); !s)
                    return s;
                // As an earlier import left it: that import's undo finds it unchanged.
                if (Status s =
                        sql::exec(tx.db(),
                                  u"UPDATE import_batch_clients SET version_after = ? "
                                  u"WHERE client_id = ? AND batch_id < ? AND version_after = ?"_s,
                                  {stored->version, c.id, batchId, c.versionBefore});
                    !s)
                    return s;
                ++report.restored;
                continue;
            }
            if (c.hasHistory) {
                keep(c, Tr::tr("has a history since the import: timeline entries, deals, tasks, "
                               "documents or letters"));
                continue;
            }
            if (c.isCompany) {
                // Its people go too when this import added them and they are removed.
                Result<QList<QSqlRecord>> people =
                    sql::rows(tx.db(), u"SELECT id FROM clients WHERE company_id = ?"_s, {c.id});
                if (!people)
                    return people.error();
                if (std::any_of(people->cbegin(), people->cend(), [&](const QSqlRecord& r) {
                        return !removing.contains(r.value(0).toLongLong());
                    })) {
                    keep(c, Tr::tr("has people linked to it"));
                    continue;
                }
            }
            if (Status s = requireClientReach(tx.db(), m_db.principal(), c.id); !s) {
                keep(c, Tr::tr("not yours to change"));
                continue;
            }
            removing.insert(c.id);
            removeOrder.append(c.id); // people before their companies
        }
        if (Status s = bulk.removeMany(removeOrder); !s)
            return s;
        report.removed = int(removeOrder.size());
        if (Status s = sql::exec(tx.db(), u"UPDATE import_batches SET undone_at = ? WHERE id = ?"_s,
                                 {nowUtc(), batchId});
            !s)
            return s;
        tx.recordChange(ClientRepository::kEntity, 0, ChangeOp::Reload);
        return recordAudit(tx,
                           {auditAction::changeAction(ClientRepository::kEntity, u"import_undo"_s),
                            ClientRepository::kEntity,
                            0,
                            0,
                            {},
                            QJsonObject{{u"batch"_s, batchId},
                                        {u"file"_s, fileName},
                                        {u"removed"_s, report.removed},
                                        {u"restored"_s, report.restored},
                                        {u"kept"_s, int(report.kept.size())}}});
    });
    if (!done)
        return done.error();
    return report;
}

} // namespace kartoteka
