// shop show|set, templates list, documents make|list|get: the shop's details
// and the documents made from its templates, from scripts.
#include "CliContext.h"

#include "documents/Documents.h"
#include "documents/ShopDetails.h"
#include "documents/ShopPictures.h"
#include "firstrun/ShopProfile.h"
#include "language/DataSize.h"
#include "language/Formats.h"
#include "mail/Letters.h"
#include "reports/ReportTable.h"
#include "storage/Database.h"
#include "storage/LiveFiles.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kartoteka::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::cli)
};

QString pictureText(const QByteArray& bytes)
{
    return bytes.isEmpty() ? Tr::tr("none") : formatDataSize(bytes.size());
}

int shopShow(const CliContext& context, Database& db)
{
    Result<ShopProfile> profile = loadShopProfile(db);
    if (!profile)
        return context.fail(profile.error());
    Result<ShopDetails> details = loadShopDetails(db);
    if (!details)
        return context.fail(details.error());
    const ShopDetails& d = *details;
    const QString text =
        Tr::tr("Name: %1\nLegal form: %2\nTax ID: %3\nVAT: %4\nIBAN: %5\nBank: %6\nAddress: %7\n"
               "Phone: %8\nE-mail: %9\nWebsite: %10\nLogo: %11\nSignature and stamp: %12")
            .arg(profile->name, d.legalForm, d.taxId,
                 d.vatPayer ? Tr::tr("payer, %1 %").arg(d.vatRatePercent) : Tr::tr("not a payer"),
                 d.iban, d.bank, d.address, d.phone, d.email)
            .arg(d.website, pictureText(d.logo), pictureText(d.signature));
    return context.answer(text, QJsonObject{{u"name"_s, profile->name},
                                            {u"legal_form"_s, d.legalForm},
                                            {u"tax_id"_s, d.taxId},
                                            {u"vat_payer"_s, d.vatPayer},
                                            {u"vat_rate"_s, d.vatRatePercent},
                                            {u"iban"_s, d.iban},
                                            {u"bank"_s, d.bank},
                                            {u"address"_s, d.address},
                                            {u"phone"_s, d.phone},
                                            {u"email"_s, d.email},
                                            {u"website"_s, d.website},
                                            {u"logo_bytes"_s, d.logo.size()},
                                            {u"signature_bytes"_s, d.signature.size()}});
}

// A picture option: a PNG or JPEG file, or "none" to take it away.
Status readPicture(const CliContext& context, const QString& option, QByteArray& into)
{
    if (!context.has(option))
        return Status::success();
    const QString path = context.option(option).trimmed();
    if (path == u"none"_s) {
        into.clear();
        return Status::success();
    }
    Result<QByteArray> bytes = readShopPicture(path);
    if (!bytes)
        return bytes.error();
    into = *bytes;
    return Status::success();
}

int shopSet(const CliContext& context, Database& db)
{
    Result<ShopDetails> loaded = loadShopDetails(db);
    if (!loaded)
        return context.fail(loaded.error());
    ShopDetails d = *loaded;
    const std::pair<const char*, QString*> texts[] = {{"legal-form", &d.legalForm},
                                                      {"tax-id", &d.taxId},
                                                      {"iban", &d.iban},
                                                      {"bank", &d.bank},
                                                      {"address", &d.address},
                                                      {"phone", &d.phone},
                                                      {"email", &d.email},
                                                      {"website", &d.website}};
    for (const auto& [name, field] : texts) {
        if (context.has(QString::fromLatin1(name)))
            *field = context.option(QString::fromLatin1(name));
    }
    if (context.has(u"vat"_s)) {
        const QString vat = context.option(u"vat"_s).trimmed();
        if (vat != u"yes"_s && vat != u"no"_s)
            return context.fail(Tr::tr("--vat is yes or no, not \"%1\".").arg(vat));
        d.vatPayer = vat == u"yes"_s;
    }
    Result<qint64> rate = context.number(u"vat-rate"_s, 0, 100, d.vatRatePercent);
    if (!rate)
        return context.fail(rate.error());
    d.vatRatePercent = int(*rate);
    for (const auto& [option, picture] :
         {std::pair<QString, QByteArray*>{u"logo"_s, &d.logo}, {u"signature"_s, &d.signature}}) {
        if (Status s = readPicture(context, option, *picture); !s)
            return context.fail(s.error());
    }
    Result<ShopProfile> profile = loadShopProfile(db);
    if (!profile)
        return context.fail(profile.error());
    if (context.has(u"name"_s))
        profile->name = context.option(u"name"_s);
    if (Status s = saveShop(db, *profile, d); !s)
        return context.fail(s.error());
    return shopShow(context, db);
}

int templatesList(const CliContext& context, Database& db)
{
    Result<QList<DocumentTemplate>> templates = TemplateRepository(db).list();
    if (!templates)
        return context.fail(templates.error());
    QStringList lines;
    QJsonArray array;
    for (const DocumentTemplate& t : *templates) {
        const QString state = !t.isShipped() ? Tr::tr("the shop's own")
                              : t.isEdited() ? Tr::tr("shipped, edited")
                                             : Tr::tr("shipped");
        lines << u"%1\t%2\t%3\t%4\t%5"_s.arg(t.name, documentKindTitle(t.kind), t.language, state,
                                             t.shippedKey);
        array.append(QJsonObject{{u"name"_s, t.name},
                                 {u"kind"_s, documentKindName(t.kind)},
                                 {u"language"_s, t.language},
                                 {u"shipped_key"_s, t.shippedKey},
                                 {u"edited"_s, t.isEdited()}});
    }
    return context.answer(lines.join(u'\n'), array);
}

QJsonObject documentJson(const IssuedDocument& d)
{
    QJsonObject o{{u"id"_s, d.id},
                  {u"kind"_s, documentKindName(d.kind)},
                  {u"title"_s, d.title},
                  {u"year"_s, d.year},
                  {u"client_id"_s, d.clientId},
                  {u"template"_s, d.templateName},
                  {u"language"_s, d.language},
                  {u"pdf_bytes"_s, d.pdfBytes},
                  {u"issued_at"_s, d.issuedAt.toString(Qt::ISODate)},
                  {u"issued_by"_s, d.issuedByName}};
    if (d.number > 0)
        o.insert(u"number"_s, d.number);
    if (d.dealId != 0)
        o.insert(u"deal_id"_s, d.dealId);
    if (d.totalMinor)
        o.insert(u"total_minor"_s, *d.totalMinor);
    return o;
}

int documentsMake(const CliContext& context, Database& db)
{
    if (!context.has(u"template"_s) || !context.has(u"out"_s) ||
        context.has(u"deal"_s) == context.has(u"client"_s))
        return context.fail(
            Tr::tr("Use: documents make --template NAME (--deal ID | --client ID) "
                   "--out FILE.pdf [--date YYYY-MM-DD] [--text T] [--send [--to ADDRESS]] "
                   "[--dry-run]. See --help."));
    DocumentRequest request;
    request.templateName = context.option(u"template"_s);
    const QString number = context.has(u"deal"_s) ? u"deal"_s : u"client"_s;
    Result<qint64> id = context.number(number, 1, std::numeric_limits<qint64>::max());
    if (!id)
        return context.fail(id.error());
    (number == u"deal"_s ? request.dealId : request.clientId) = *id;
    if (context.has(u"date"_s)) {
        request.date = QDate::fromString(context.option(u"date"_s).trimmed(), Qt::ISODate);
        if (!request.date.isValid())
            return context.fail(Tr::tr("--date is a day as YYYY-MM-DD, not \"%1\".")
                                    .arg(context.option(u"date"_s)));
    }
    request.text = context.option(u"text"_s);
    const QString out = context.option(u"out"_s);
    // A mistyped path must not cost a number.
    if (Status s = checkFileTarget(out); !s)
        return context.fail(s.error());
    Result<DocumentDraft> draft = draftDocument(db, request);
    if (!draft)
        return context.fail(draft.error());
    if (draft->documentTemplate.kind == DocumentKind::Letter && request.text.trimmed().isEmpty())
        return context.fail(Tr::tr("A letter needs its text: --text \"…\"."));
    // --send: the mail and the address are checked before a number is taken.
    std::optional<ReadyMail> mail;
    if (context.has(u"send"_s) && !context.has(u"dry-run"_s)) {
        Result<ReadyMail> ready = readyMail(db);
        if (!ready)
            return context.fail(ready.error());
        if (Result<MailAddress> to = letterAddress(
                db, draft->source.client ? draft->source.client->id : request.clientId, context.to);
            !to)
            return context.fail(to.error());
        mail = *ready;
    }
    if (context.has(u"dry-run"_s)) {
        Result<QByteArray> pdf = draftPdf(*draft);
        if (!pdf)
            return context.fail(pdf.error());
        if (Status s = writeChosenFile(out, *pdf); !s)
            return context.fail(s.error());
        return context.answer(
            Tr::tr("Draft of «%1» written to %2; nothing was issued.")
                .arg(draft->title, QDir::toNativeSeparators(out)),
            QJsonObject{{u"title"_s, draft->title}, {u"out"_s, out}, {u"issued"_s, false}});
    }
    Result<IssuedDocument> issued = issueDocument(db, *draft);
    if (!issued)
        return context.fail(issued.error());
    Result<QByteArray> pdf = DocumentRepository(db).pdf(issued->id);
    if (!pdf)
        return context.fail(pdf.error());
    if (Status s = writeChosenFile(out, *pdf); !s) {
        return context.fail(makeError(
            s.error().kind,
            Tr::tr("«%1» was issued (document %2) but could not be written out: %3 Write it again "
                   "with documents get %2 --out FILE.")
                .arg(issued->title)
                .arg(issued->id)
                .arg(s.error().message)));
    }
    QJsonObject json = documentJson(*issued);
    json.insert(u"out"_s, out);
    QString text = Tr::tr("Issued «%1» (document %2), written to %3.")
                       .arg(issued->title)
                       .arg(issued->id)
                       .arg(QDir::toNativeSeparators(out));
    if (mail) {
        LetterRequest letterRequest;
        letterRequest.clientId = issued->clientId;
        letterRequest.dealId = issued->dealId;
        letterRequest.documentId = issued->id;
        letterRequest.toAddress = context.to;
        Result<Letter> letter = draftLetter(db, letterRequest);
        if (letter)
            letter = sendNewLetter(db, *mail, *letter);
        if (!letter || letter->state != LetterState::Sent) {
            const QString why = letter ? letter->problemText : letter.error().message;
            return context.fail(makeError(
                ErrorKind::Failed,
                Tr::tr("«%1» was issued (document %2) but not sent: %3 Send it with mail send "
                       "--client %4 --attach-document %2 --subject \"%1\".")
                    .arg(issued->title)
                    .arg(issued->id)
                    .arg(why)
                    .arg(issued->clientId)));
        }
        json.insert(u"letter_id"_s, letter->id);
        text += u'\n' + Tr::tr("Sent to %1 (letter %2).").arg(letter->toAddress).arg(letter->id);
    }
    return context.answer(text, json);
}

int documentsList(const CliContext& context, Database& db)
{
    if (context.has(u"deal"_s) == context.has(u"client"_s))
        return context.fail(Tr::tr("Use: documents list --client ID | --deal ID. See --help."));
    const bool byDeal = context.has(u"deal"_s);
    Result<qint64> id =
        context.number(byDeal ? u"deal"_s : u"client"_s, 1, std::numeric_limits<qint64>::max());
    if (!id)
        return context.fail(id.error());
    DocumentRepository documents(db);
    Result<QList<IssuedDocument>> found =
        byDeal ? documents.forDeal(*id) : documents.forClient(*id);
    if (!found)
        return context.fail(found.error());
    QStringList lines;
    QJsonArray array;
    for (const IssuedDocument& d : *found) {
        lines << u"%1\t%2\t%3\t%4\t%5"_s.arg(
            QString::number(d.id), formatDateTime(d.issuedAt.toLocalTime()), d.title,
            d.totalMinor ? formatMoney(*d.totalMinor, d.currency) : QString(), d.issuedByName);
        array.append(documentJson(d));
    }
    if (lines.isEmpty())
        lines << Tr::tr("No documents.");
    return context.answer(lines.join(u'\n'), array);
}

int documentsGet(const CliContext& context, Database& db)
{
    Result<qint64> id = context.id(1, Tr::tr("There is no document number %1."));
    if (!id)
        return context.fail(id.error());
    if (!context.has(u"out"_s))
        return context.fail(Tr::tr("Use: documents get ID --out FILE.pdf. See --help."));
    Result<IssuedDocument> document = DocumentRepository(db).load(*id);
    if (!document)
        return context.fail(document.error());
    Result<QByteArray> pdf = DocumentRepository(db).pdf(*id);
    if (!pdf)
        return context.fail(pdf.error());
    const QString out = context.option(u"out"_s);
    if (Status s = writeChosenFile(out, *pdf); !s)
        return context.fail(s.error());
    QJsonObject json = documentJson(*document);
    json.insert(u"out"_s, out);
    return context.answer(
        Tr::tr("«%1» written to %2.").arg(document->title, QDir::toNativeSeparators(out)), json);
}

} // namespace

int runShopDetails(const CliContext& context)
{
    Result<std::unique_ptr<Database>> db = openDatabase(context.openOptions());
    if (!db)
        return context.fail(db.error());
    return context.arguments.value(0) == u"set"_s ? shopSet(context, **db)
                                                  : shopShow(context, **db);
}

int runTemplates(const CliContext& context)
{
    if (context.arguments.value(0) != u"list"_s || context.arguments.size() > 1)
        return context.fail(Tr::tr("Use: templates list. See --help."));
    Result<std::unique_ptr<Database>> db = openDatabase(context.openOptions());
    if (!db)
        return context.fail(db.error());
    return templatesList(context, **db);
}

int runDocuments(const CliContext& context)
{
    const QString sub = context.arguments.value(0);
    if (sub != u"make"_s && sub != u"list"_s && sub != u"get"_s)
        return context.fail(Tr::tr("Use: documents make|list|get. See --help."));
    Result<std::unique_ptr<Database>> db = openDatabase(context.openOptions());
    if (!db)
        return context.fail(db.error());
    if (sub == u"make"_s)
        return documentsMake(context, **db);
    if (sub == u"list"_s)
        return documentsList(context, **db);
    return documentsGet(context, **db);
}

} // namespace kartoteka::cli
