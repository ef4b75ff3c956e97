#pragma once

#include "documents/DocumentFields.h"
#include "documents/DocumentRepository.h"
#include "documents/DocumentTemplate.h"
#include "storage/Result.h"

#include <QDate>

namespace kartoteka {

class Database;

// What a person asks for: a template and the deal (invoices, proposals,
// delivery notes) or the client (letters, greetings) it is made for.
struct DocumentRequest
{
    QString templateName; // a name or a shipped key ("invoice.uk")
    qint64 dealId = 0;
    qint64 clientId = 0; // taken from the deal when there is one
    QDate date;          // invalid: today; from 2000 to a month ahead
    QString text;        // a letter's own text ({{text}})
};

// A document ready to be looked at: everything read, the template filled
// in with the number it would get now.
struct DocumentDraft
{
    DocumentTemplate documentTemplate;
    DocumentSource source;
    QString html;
    QString title;
};

// Reads what `request` names as the signed-in person may (a manager makes
// documents for their own clients' deals) and fills the template in.
Result<DocumentDraft> draftDocument(Database& db, const DocumentRequest& request);

// The draft as a PDF (for a preview or a print that is not kept), marked
// as a draft on its first line so that it is never taken for the document.
Result<QByteArray> draftPdf(const DocumentDraft& draft);

// Issues the draft: takes its number (the draft's own if still free, else
// the next, and then fills the template in again), makes the PDF and keeps
// it with the document in one transaction. Returns the stored document;
// `draft` then shows what was issued (its number, HTML and title).
Result<IssuedDocument> issueDocument(Database& db, DocumentDraft& draft);

} // namespace kartoteka
