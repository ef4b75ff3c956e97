#include "documents/DocumentRepository.h"

#include "accounts/Access.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::DocumentRepository)
};

const QString kSelect =
    u"SELECT d.id, d.kind, d.year, d.number, d.title, d.client_id, d.deal_id, d.template_name, "
    u"d.language, d.total_minor, d.currency, d.pdf_bytes, d.issued_at, d.issued_by, "
    u"COALESCE(u.name, ''), d.doc_date FROM documents AS d JOIN clients AS c ON c.id = d.client_id "
    u"LEFT JOIN users AS u ON u.id = d.issued_by"_s;

IssuedDocument documentFrom(const QSqlRecord& r)
{
    IssuedDocument d;
    d.id = r.value(0).toLongLong();
    d.kind = documentKindFromName(r.value(1).toString()).value_or(DocumentKind::Letter);
    d.year = r.value(2).toInt();
    d.number = r.value(3).toInt();
    d.title = r.value(4).toString();
    d.clientId = r.value(5).toLongLong();
    d.dealId = r.value(6).toLongLong();
    d.templateName = r.value(7).toString();
    d.language = r.value(8).toString();
    if (!r.value(9).isNull())
        d.totalMinor = r.value(9).toLongLong();
    d.currency = r.value(10).toString();
    d.pdfBytes = r.value(11).toLongLong();
    d.issuedAt = QDateTime::fromString(r.value(12).toString(), Qt::ISODateWithMs);
    d.issuedAt.setTimeSpec(Qt::UTC);
    d.issuedBy = r.value(13).toLongLong();
    d.issuedByName = r.value(14).toString();
    d.date = QDate::fromString(r.value(15).toString(), Qt::ISODate);
    return d;
}

Error unreachableDocument(qint64 id)
{
    return makeError(ErrorKind::NotFound,
                     Tr::tr("There is no document number %1, or it belongs to a client you do not "
                            "see.")
                         .arg(id));
}

} // namespace

Result<QList<IssuedDocument>> DocumentRepository::select(const QString& where,
                                                         const QVariantList& args)
{
    const ScopeSql scope = clientScope(m_db.principal(), u"c"_s);
    Result<QList<QSqlRecord>> rows =
        sql::rows(m_db.connection(),
                  kSelect + u" WHERE "_s + where + u" AND "_s + scope.sql +
                      u" ORDER BY d.issued_at DESC, d.id DESC"_s,
                  args + scope.args);
    if (!rows)
        return rows.error();
    QList<IssuedDocument> documents;
    for (const QSqlRecord& r : *rows)
        documents.append(documentFrom(r));
    return documents;
}

Result<QList<IssuedDocument>> DocumentRepository::forClient(qint64 clientId)
{
    return select(u"d.client_id = ?"_s, {clientId});
}

Result<QList<IssuedDocument>> DocumentRepository::forDeal(qint64 dealId)
{
    return select(u"d.deal_id = ?"_s, {dealId});
}

Result<IssuedDocument> DocumentRepository::load(qint64 id)
{
    Result<QList<IssuedDocument>> found = select(u"d.id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return unreachableDocument(id);
    return found->first();
}

Result<QByteArray> DocumentRepository::pdf(qint64 id)
{
    const ScopeSql scope = clientScope(m_db.principal(), u"c"_s);
    Result<QList<QSqlRecord>> rows =
        sql::rows(m_db.connection(),
                  u"SELECT d.pdf FROM documents AS d JOIN clients AS c ON c.id = d.client_id "
                  u"WHERE d.id = ? AND "_s +
                      scope.sql,
                  QVariantList{id} + scope.args);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return unreachableDocument(id);
    return rows->first().value(0).toByteArray();
}

Result<int> DocumentRepository::nextNumber(DocumentKind kind, int year)
{
    Result<QVariant> last = sql::scalar(
        m_db.connection(),
        u"SELECT COALESCE(MAX(last), 0) FROM document_numbers WHERE kind = ? AND year = ?"_s,
        {documentKindName(kind), year});
    if (!last)
        return last.error();
    return last->toInt() + 1;
}

Result<int> DocumentRepository::takeNumber(Transaction& tx, DocumentKind kind, int year)
{
    // One statement on both backends: the row is created at 1 or counted on,
    // under the write lock (SQLite) or the row's lock (PostgreSQL).
    Result<QVariant> taken =
        sql::scalar(tx.db(),
                    u"INSERT INTO document_numbers (kind, year, last) VALUES (?, ?, 1) ON CONFLICT "
                    u"(kind, year) "
                    u"DO UPDATE SET last = document_numbers.last + 1 RETURNING last"_s,
                    {documentKindName(kind), year});
    if (!taken)
        return taken.error();
    return taken->toInt();
}

Result<DocumentRepository::Latest> DocumentRepository::latestOf(Transaction& tx, DocumentKind kind,
                                                                int year)
{
    Result<QList<QSqlRecord>> rows =
        sql::rows(tx.db(),
                  u"SELECT doc_date, number FROM documents WHERE kind = ? AND year = ? "
                  u"ORDER BY doc_date DESC, number DESC LIMIT 1"_s,
                  {documentKindName(kind), year});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Latest{};
    return Latest{QDate::fromString(rows->first().value(0).toString(), Qt::ISODate),
                  rows->first().value(1).toInt()};
}

Status DocumentRepository::store(Transaction& tx, IssuedDocument& document, const QByteArray& pdf)
{
    const QString issuedAt = nowUtc();
    Result<qint64> id = sql::insertReturningId(
        tx.db(),
        u"INSERT INTO documents (kind, year, doc_date, number, title, client_id, deal_id, "
        u"template_name, language, total_minor, currency, pdf, pdf_bytes, issued_at, issued_by) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {documentKindName(document.kind), document.year, document.date.toString(Qt::ISODate),
         document.number > 0 ? QVariant(document.number) : QVariant(), document.title,
         document.clientId, sql::idOrNull(document.dealId), document.templateName,
         document.language, document.totalMinor ? QVariant(*document.totalMinor) : QVariant(),
         document.currency.isEmpty() ? QVariant() : QVariant(document.currency), pdf,
         qint64(pdf.size()), issuedAt, sql::idOrNull(tx.database().principal().accountId)});
    if (!id)
        return id.error();
    document.id = *id;
    document.pdfBytes = pdf.size();
    document.issuedAt = QDateTime::fromString(issuedAt, Qt::ISODateWithMs);
    document.issuedAt.setTimeSpec(Qt::UTC);
    document.issuedBy = tx.database().principal().accountId;
    tx.recordChange(kEntity, document.id, ChangeOp::Insert);
    QJsonObject details{{u"title"_s, document.title},
                        {u"kind"_s, documentKindName(document.kind)},
                        {u"template"_s, document.templateName},
                        {u"bytes"_s, qint64(pdf.size())}};
    if (document.number > 0)
        details.insert(u"number"_s, document.number);
    if (document.dealId != 0)
        details.insert(u"deal"_s, document.dealId);
    return recordAudit(
        tx, {auditAction::kDocumentIssue, kEntity, document.id, document.clientId, {}, details});
}

} // namespace kartoteka
