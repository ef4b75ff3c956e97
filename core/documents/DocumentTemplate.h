#pragma once

#include "storage/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace kartoteka {

class Database;

enum class DocumentKind
{
    Invoice,      // рахунок на оплату: numbered, from a deal's lines
    Proposal,     // commercial proposal: numbered, from a deal's lines
    DeliveryNote, // видаткова накладна: numbered, from a deal's lines
    Letter,       // a letter to the client
    Greeting,     // a greeting card
};

const QList<DocumentKind>& allDocumentKinds();
// Stable names: "invoice", "proposal", "delivery_note", "letter", "greeting".
QString documentKindName(DocumentKind kind);
std::optional<DocumentKind> documentKindFromName(const QString& name);
// Translated, for people: "Invoice".
QString documentKindTitle(DocumentKind kind);
// Whether documents of `kind` take a number of their own each year.
bool isNumbered(DocumentKind kind);
// Whether a document of `kind` is made from a deal (its lines and total).
bool needsDeal(DocumentKind kind);

// A template a document is made from: HTML with Mustache fields
// (documents/DocumentFields.h lists them). The program ships one of each kind
// in Ukrainian, Russian and English; the owner may edit those (the edit is
// kept under the shipped one's key and replaces it) and add their own.
struct DocumentTemplate
{
    qint64 id = 0; // 0: as shipped, never edited
    qint64 version = 0;
    QString shippedKey; // "invoice.uk": shipped or an edit of a shipped one; empty: the shop's own
    DocumentKind kind = DocumentKind::Letter;
    QString name;     // unique; what `--template` names
    QString language; // "uk", "ru", "en": of the words the program fills in
    QString subject;  // the e-mail's subject when it is sent (fields allowed)
    QString body;

    bool isShipped() const { return !shippedKey.isEmpty(); }
    bool isEdited() const { return id != 0; }
};

// The language of a template's words as it calls itself ("Українська"),
// whatever language the window speaks.
QString documentLanguageName(const QString& code);

// `templates` with those in `language` first, each group in its order: a
// Ukrainian shop picks among Ukrainian templates.
QList<DocumentTemplate> languageFirst(QList<DocumentTemplate> templates, const QString& language);

// The templates the program ships, as shipped.
const QList<DocumentTemplate>& shippedTemplates();

// Whether `text` is a template the renderer takes (balanced sections, closed
// tags); ErrorKind::Invalid naming what is wrong otherwise.
Status checkTemplateText(const QString& text);

// A letter's or a greeting's: what goes as an e-mail's body (the other
// kinds are documents, attached to one).
inline bool isLetterKind(DocumentKind kind)
{
    return kind == DocumentKind::Letter || kind == DocumentKind::Greeting;
}

// Whether the template has a place for the sender's own words ({{text}}):
// a letter from it never goes with that place empty.
bool asksForOwnWords(const DocumentTemplate& t);
// The HTML the template shows in place of those words while there are none
// ({{^text}}<p>[Текст листа]</p>{{/text}}), or empty.
QString ownWordsReminder(const DocumentTemplate& t);

// Owns the SQL of document_templates. Everyone reads the templates; changing
// them takes the Settings capability. Change-feed rows: "document_template".
class TemplateRepository
{
public:
    static inline const QString kEntity = QStringLiteral("document_template");

    explicit TemplateRepository(Database& db) : m_db(db) {}

    // The shipped templates (each replaced by its edit, if any), then the
    // shop's own, by kind and name.
    Result<QList<DocumentTemplate>> list();
    // By name, or by a shipped key ("invoice.uk"); ErrorKind::NotFound.
    Result<DocumentTemplate> find(const QString& nameOrKey);
    // A new template (id 0 and no shipped key), an edit of a shipped one
    // (id 0, its shipped key) or of a stored one read at `version`.
    Status save(DocumentTemplate& t);
    // The shop's own template goes; an edited shipped one is as shipped again.
    Status remove(const DocumentTemplate& t);

private:
    Database& m_db;
};

} // namespace kartoteka
