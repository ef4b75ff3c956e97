#include "documents/DocumentTemplate.h"

#include "accounts/Access.h"
#include "audit/AuditLog.h"
#include "language/Language.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <kainjow/mustache.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::DocumentTemplate)
};

struct KindInfo
{
    DocumentKind kind;
    const char* name;
    const char* title;
    bool numbered;
    bool fromDeal;
};

const KindInfo kKinds[] = {
    {DocumentKind::Invoice, "invoice", QT_TRANSLATE_NOOP("kartoteka::DocumentTemplate", "Invoice"),
     true, true},
    {DocumentKind::Proposal, "proposal",
     QT_TRANSLATE_NOOP("kartoteka::DocumentTemplate", "Commercial proposal"), true, true},
    {DocumentKind::DeliveryNote, "delivery_note",
     QT_TRANSLATE_NOOP("kartoteka::DocumentTemplate", "Delivery note"), true, true},
    {DocumentKind::Letter, "letter", QT_TRANSLATE_NOOP("kartoteka::DocumentTemplate", "Letter"),
     false, false},
    {DocumentKind::Greeting, "greeting",
     QT_TRANSLATE_NOOP("kartoteka::DocumentTemplate", "Greeting card"), false, false},
};

const KindInfo& infoOf(DocumentKind kind)
{
    return *std::find_if(std::begin(kKinds), std::end(kKinds),
                         [&](const KindInfo& i) { return i.kind == kind; });
}

// The shipped templates' names and e-mail subjects, in their own language:
// a Ukrainian invoice is "Рахунок на оплату" whatever language the window speaks.
struct ShippedText
{
    DocumentKind kind;
    const char* language;
    const char* name;
    const char* subject;
};

const ShippedText kShipped[] = {
    {DocumentKind::Invoice, "uk", "Рахунок на оплату",
     "Рахунок № {{document.number}} від {{document.date}}"},
    {DocumentKind::Invoice, "ru", "Счёт на оплату",
     "Счёт № {{document.number}} от {{document.date}}"},
    {DocumentKind::Invoice, "en", "Invoice",
     "Invoice No. {{document.number}} of {{document.date}}"},
    {DocumentKind::Proposal, "uk", "Комерційна пропозиція",
     "{{#shop.name}}{{shop.name}}: комерційна пропозиція{{/shop.name}}{{^shop.name}}Комерційна "
     "пропозиція{{/shop.name}}"},
    {DocumentKind::Proposal, "ru", "Коммерческое предложение",
     "{{#shop.name}}{{shop.name}}: коммерческое "
     "предложение{{/shop.name}}{{^shop.name}}Коммерческое предложение{{/shop.name}}"},
    {DocumentKind::Proposal, "en", "Commercial proposal",
     "{{#shop.name}}A proposal from {{shop.name}}{{/shop.name}}{{^shop.name}}A commercial "
     "proposal{{/shop.name}}"},
    {DocumentKind::DeliveryNote, "uk", "Видаткова накладна",
     "Видаткова накладна № {{document.number}}"},
    {DocumentKind::DeliveryNote, "ru", "Расходная накладная",
     "Расходная накладная № {{document.number}}"},
    {DocumentKind::DeliveryNote, "en", "Delivery note", "Delivery note No. {{document.number}}"},
    {DocumentKind::Letter, "uk", "Лист клієнту",
     "{{#shop.name}}{{shop.name}}: лист для вас{{/shop.name}}{{^shop.name}}Лист для "
     "вас{{/shop.name}}"},
    {DocumentKind::Letter, "ru", "Письмо клиенту",
     "{{#shop.name}}{{shop.name}}: письмо для вас{{/shop.name}}{{^shop.name}}Письмо для "
     "вас{{/shop.name}}"},
    {DocumentKind::Letter, "en", "Letter to the client",
     "{{#shop.name}}A letter from {{shop.name}}{{/shop.name}}{{^shop.name}}A letter for "
     "you{{/shop.name}}"},
    {DocumentKind::Greeting, "uk", "Вітальна листівка",
     "{{#shop.name}}{{shop.name}} вітає вас!{{/shop.name}}{{^shop.name}}Вітаємо!{{/shop.name}}"},
    {DocumentKind::Greeting, "ru", "Поздравительная открытка",
     "{{#shop.name}}{{shop.name}} поздравляет "
     "вас!{{/shop.name}}{{^shop.name}}Поздравляем!{{/shop.name}}"},
    {DocumentKind::Greeting, "en", "Greeting card",
     "{{#shop.name}}Greetings from "
     "{{shop.name}}!{{/shop.name}}{{^shop.name}}Greetings!{{/shop.name}}"},
};

const QString kSelect = u"SELECT id, version, shipped_key, kind, name, language, subject, body "
                        u"FROM document_templates"_s;

Result<DocumentTemplate> templateFrom(const QSqlRecord& r)
{
    DocumentTemplate t;
    t.id = r.value(0).toLongLong();
    t.version = r.value(1).toLongLong();
    t.shippedKey = r.value(2).toString();
    const std::optional<DocumentKind> kind = documentKindFromName(r.value(3).toString());
    t.name = r.value(4).toString();
    if (!kind)
        return makeError(ErrorKind::Corrupt,
                         Tr::tr("The template «%1» is of a kind this version of Kartoteka does not "
                                "know: update Kartoteka on this computer.")
                             .arg(t.name));
    t.kind = *kind;
    t.language = r.value(5).toString();
    t.subject = r.value(6).toString();
    t.body = r.value(7).toString();
    return t;
}

Error notFound(const QString& name)
{
    return makeError(ErrorKind::NotFound,
                     Tr::tr("There is no document template «%1». The templates are listed in "
                            "Administration → Templates (kartoteka-cli templates list).")
                         .arg(name));
}

} // namespace

const QList<DocumentKind>& allDocumentKinds()
{
    static const QList<DocumentKind> kinds{DocumentKind::Invoice, DocumentKind::Proposal,
                                           DocumentKind::DeliveryNote, DocumentKind::Letter,
                                           DocumentKind::Greeting};
    return kinds;
}

QString documentKindName(DocumentKind kind)
{
    return QString::fromLatin1(infoOf(kind).name);
}

std::optional<DocumentKind> documentKindFromName(const QString& name)
{
    for (const KindInfo& i : kKinds) {
        if (name == QLatin1String(i.name))
            return i.kind;
    }
    return std::nullopt;
}

QString documentKindTitle(DocumentKind kind)
{
    return QCoreApplication::translate("kartoteka::DocumentTemplate", infoOf(kind).title);
}

bool isNumbered(DocumentKind kind)
{
    return infoOf(kind).numbered;
}

bool needsDeal(DocumentKind kind)
{
    return infoOf(kind).fromDeal;
}

QString documentLanguageName(const QString& code)
{
    const std::optional<Language> language = languageFromCode(code);
    return language ? languageNativeName(*language) : code;
}

const QList<DocumentTemplate>& shippedTemplates()
{
    static const QList<DocumentTemplate> templates = [] {
        QList<DocumentTemplate> list;
        for (const ShippedText& s : kShipped) {
            DocumentTemplate t;
            t.kind = s.kind;
            t.language = QString::fromLatin1(s.language);
            t.shippedKey = documentKindName(s.kind) + u'.' + t.language;
            t.name = QString::fromUtf8(s.name);
            t.subject = QString::fromUtf8(s.subject);
            QFile file(u":/templates/"_s + t.shippedKey + u".html"_s);
            if (file.open(QIODevice::ReadOnly))
                t.body = QString::fromUtf8(file.readAll());
            list.append(t);
        }
        return list;
    }();
    return templates;
}

Status checkTemplateText(const QString& text)
{
    kainjow::mustache::mustache parsed(text.toStdString());
    if (parsed.is_valid())
        return Status::success();
    return makeError(ErrorKind::Invalid,
                     Tr::tr("The template has a field that is not closed or a section without "
                            "its end ({{#…}} needs {{/…}}). Correct it and save again."),
                     QString::fromStdString(parsed.error_message()));
}

bool asksForOwnWords(const DocumentTemplate& t)
{
    // Words shown only when given ({{#text}}…{{/text}}, as the greeting card
    // has) are not asked for; a reminder in their place ({{^text}}) or the
    // bare field is.
    static const QRegularExpression optional(
        uR"(\{\{\s*#\s*text\s*\}\}.*?\{\{\s*/\s*text\s*\}\})"_s,
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression ownWords(uR"(\{\{\{?\s*[\^&]?\s*text\s*\}?\}\})"_s);
    return QString(t.body).remove(optional).contains(ownWords) ||
           QString(t.subject).remove(optional).contains(ownWords);
}

QString ownWordsReminder(const DocumentTemplate& t)
{
    static const QRegularExpression reminder(
        uR"(\{\{\s*\^\s*text\s*\}\}(.*?)\{\{\s*/\s*text\s*\}\})"_s,
        QRegularExpression::DotMatchesEverythingOption);
    return reminder.match(t.body).captured(1);
}

Result<QList<DocumentTemplate>> TemplateRepository::list()
{
    Result<QList<QSqlRecord>> rows = sql::rows(m_db.connection(), kSelect);
    if (!rows)
        return rows.error();
    QList<DocumentTemplate> stored;
    for (const QSqlRecord& r : *rows) {
        Result<DocumentTemplate> t = templateFrom(r);
        if (!t)
            return t.error();
        stored.append(*t);
    }
    QList<DocumentTemplate> result;
    for (const DocumentTemplate& shipped : shippedTemplates()) {
        const auto edit =
            std::find_if(stored.cbegin(), stored.cend(), [&](const DocumentTemplate& t) {
                return t.shippedKey == shipped.shippedKey;
            });
        result.append(edit != stored.cend() ? *edit : shipped);
    }
    QList<DocumentTemplate> own;
    for (const DocumentTemplate& t : stored) {
        if (!t.isShipped())
            own.append(t);
    }
    std::sort(own.begin(), own.end(), [](const DocumentTemplate& a, const DocumentTemplate& b) {
        return a.kind != b.kind ? a.kind < b.kind : a.name.localeAwareCompare(b.name) < 0;
    });
    return result + own;
}

Result<DocumentTemplate> TemplateRepository::find(const QString& nameOrKey)
{
    Result<QList<DocumentTemplate>> all = list();
    if (!all)
        return all.error();
    const QString wanted = nameOrKey.trimmed();
    for (const DocumentTemplate& t : *all) {
        if (t.name.compare(wanted, Qt::CaseInsensitive) == 0 || t.shippedKey == wanted)
            return t;
    }
    return notFound(wanted);
}

Status TemplateRepository::save(DocumentTemplate& t)
{
    if (Status s = require(m_db.principal(), Capability::Settings); !s)
        return s;
    t.name = t.name.trimmed();
    if (t.name.isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("Give the template a name."));
    if (!QStringList{u"uk"_s, u"ru"_s, u"en"_s}.contains(t.language))
        return makeError(ErrorKind::Invalid,
                         Tr::tr("Choose the template's language: Ukrainian, Russian or English."));
    if (Status s = checkTemplateText(t.body); !s)
        return s;
    if (Status s = checkTemplateText(t.subject); !s)
        return s;
    Result<QList<DocumentTemplate>> all = list();
    if (!all)
        return all.error();
    for (const DocumentTemplate& other : *all) {
        const bool same =
            t.isShipped() ? other.shippedKey == t.shippedKey : (t.id != 0 && other.id == t.id);
        if (!same && other.name.compare(t.name, Qt::CaseInsensitive) == 0)
            return makeError(
                ErrorKind::Invalid,
                Tr::tr("There is already a template named «%1». Choose another name.").arg(t.name));
    }
    return m_db.write([&](Transaction& tx) -> Status {
        const QString now = nowUtc();
        const bool isNew = t.id == 0;
        if (isNew) {
            if (t.isShipped()) {
                // Two people editing the same shipped template: the second
                // finds the first one's edit stored.
                Result<QVariant> taken = sql::scalar(
                    tx.db(), u"SELECT count(*) FROM document_templates WHERE shipped_key = ?"_s,
                    {t.shippedKey});
                if (!taken)
                    return taken.error();
                if (taken->toInt() > 0)
                    return makeError(ErrorKind::Conflict,
                                     Tr::tr("Someone changed or removed this template meanwhile. "
                                            "Open it again and make your change once more."));
            }
            Result<qint64> id = sql::insertReturningId(
                tx.db(),
                u"INSERT INTO document_templates (shipped_key, kind, name, language, subject, "
                u"body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {t.isShipped() ? QVariant(t.shippedKey) : QVariant(), documentKindName(t.kind),
                 t.name, t.language, t.subject, t.body, now, now});
            if (!id)
                return id.error();
            t.id = *id;
            t.version = 1;
        } else {
            Result<int> changed = sql::change(
                tx.db(),
                u"UPDATE document_templates SET kind = ?, name = ?, language = ?, subject = ?, "
                u"body = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
                {documentKindName(t.kind), t.name, t.language, t.subject, t.body, now, t.id,
                 t.version});
            if (!changed)
                return changed.error();
            if (*changed == 0)
                return makeError(ErrorKind::Conflict,
                                 Tr::tr("Someone changed or removed this template meanwhile. Open "
                                        "it again and make your change once more."));
            t.version += 1;
        }
        tx.recordChange(kEntity, t.id, isNew ? ChangeOp::Insert : ChangeOp::Update);
        return recordAudit(
            tx, {auditAction::changeAction(kEntity, isNew ? u"insert"_s : u"update"_s),
                 kEntity,
                 t.id,
                 0,
                 {},
                 QJsonObject{{u"name"_s, t.name}, {u"kind"_s, documentKindName(t.kind)}}});
    });
}

Status TemplateRepository::remove(const DocumentTemplate& t)
{
    if (Status s = require(m_db.principal(), Capability::Settings); !s)
        return s;
    if (t.id == 0)
        return Status::success(); // a shipped template as shipped: nothing stored
    return m_db.write([&](Transaction& tx) -> Status {
        Result<int> removed =
            sql::change(tx.db(), u"DELETE FROM document_templates WHERE id = ?"_s, {t.id});
        if (!removed)
            return removed.error();
        if (*removed == 0)
            return notFound(t.name);
        tx.recordChange(kEntity, t.id, ChangeOp::Delete);
        return recordAudit(
            tx, {auditAction::changeAction(kEntity, u"delete"_s),
                 kEntity,
                 t.id,
                 0,
                 {},
                 QJsonObject{{u"name"_s, t.name}, {u"kind"_s, documentKindName(t.kind)}}});
    });
}

QList<DocumentTemplate> languageFirst(QList<DocumentTemplate> templates, const QString& language)
{
    std::stable_sort(templates.begin(), templates.end(),
                     [&](const DocumentTemplate& a, const DocumentTemplate& b) {
                         return (a.language == language) > (b.language == language);
                     });
    return templates;
}

} // namespace kartoteka
