#pragma once

#include "documents/DocumentTemplate.h"
#include "storage/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace kartoteka {

class Database;
class Transaction;

// A document as it was issued (its PDF is read apart: pdf()).
struct IssuedDocument
{
    qint64 id = 0;
    DocumentKind kind = DocumentKind::Letter;
    int year = 0;
    QDate date;     // the date the document carries
    int number = 0; // 0: a kind without numbers
    QString title;
    qint64 clientId = 0;
    qint64 dealId = 0; // 0: none
    QString templateName;
    QString language;
    std::optional<qint64> totalMinor;
    QString currency;
    qint64 pdfBytes = 0;
    QDateTime issuedAt; // UTC
    qint64 issuedBy = 0;
    QString issuedByName;
};

// Owns the SQL of documents and document_numbers. A document is reached as
// its client is (accounts/Access.h): a manager sees the documents of their
// own clients. Change-feed rows: entity "document".
class DocumentRepository
{
public:
    static inline const QString kEntity = QStringLiteral("document");

    explicit DocumentRepository(Database& db) : m_db(db) {}

    // Newest first.
    Result<QList<IssuedDocument>> forClient(qint64 clientId);
    Result<QList<IssuedDocument>> forDeal(qint64 dealId);
    Result<IssuedDocument> load(qint64 id);
    Result<QByteArray> pdf(qint64 id);
    // The number the next document of `kind` in `year` would get now (a
    // colleague may take it first: issuing takes the real one).
    Result<int> nextNumber(DocumentKind kind, int year);

    // In the caller's write transaction: the next number of `kind` in
    // `year`, taken for good when the transaction commits.
    static Result<int> takeNumber(Transaction& tx, DocumentKind kind, int year);
    // In the caller's transaction: the latest date a document of `kind` in
    // `year` carries, with its number (none yet: an invalid date).
    struct Latest
    {
        QDate date;
        int number = 0;
    };
    static Result<Latest> latestOf(Transaction& tx, DocumentKind kind, int year);
    // Stores `document` with `pdf` (sets its id), recording the change and
    // the audit entry that shows on the client's history.
    static Status store(Transaction& tx, IssuedDocument& document, const QByteArray& pdf);

private:
    Result<QList<IssuedDocument>> select(const QString& where, const QVariantList& args);

    Database& m_db;
};

} // namespace kartoteka
