#include "documents/Documents.h"

#include "accounts/Accounts.h"
#include "clients/ClientRepository.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "documents/PdfRenderer.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Documents)
};

QString titleOf(const DocumentDraft& draft)
{
    const QString& language = draft.documentTemplate.language;
    QString title = draft.documentTemplate.name;
    if (draft.source.number > 0)
        title +=
            (language == u"en"_s ? u" No. "_s : u" № "_s) + QString::number(draft.source.number);
    return title + u" — "_s + draft.source.date.toString(u"dd.MM.yyyy"_s);
}

Status fill(DocumentDraft& draft)
{
    Result<QString> html = fillTemplate(
        draft.documentTemplate.body, documentFields(draft.source, draft.documentTemplate.language));
    if (!html)
        return html.error();
    draft.html = *html;
    draft.title = titleOf(draft);
    return Status::success();
}

} // namespace

Result<DocumentDraft> draftDocument(Database& db, const DocumentRequest& request)
{
    DocumentDraft draft;
    Result<DocumentTemplate> found = TemplateRepository(db).find(request.templateName);
    if (!found)
        return found.error();
    draft.documentTemplate = *found;
    DocumentSource& source = draft.source;
    source.date = request.date.isValid() ? request.date : QDate::currentDate();
    source.text = request.text.trimmed();
    if (source.date.year() < 2000 || source.date > QDate::currentDate().addDays(31))
        return makeError(ErrorKind::Invalid,
                         Tr::tr("A document's date must lie between 2000 and a month from today, "
                                "not %1.")
                             .arg(source.date.toString(u"dd.MM.yyyy"_s)),
                         u"document.date"_s);
    // Numbers follow the dates: one numbered document dated ahead would hold
    // up every other of its kind until that day.
    if (isNumbered(found->kind) && source.date > QDate::currentDate())
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("%1 is dated today or earlier, not %2: its number would come "
                   "before those of the days in between.")
                .arg(documentKindTitle(found->kind), source.date.toString(u"dd.MM.yyyy"_s)),
            u"document.date-ahead"_s);

    qint64 clientId = request.clientId;
    if (request.dealId != 0) {
        DealRepository deals(db);
        Result<Deal> deal = deals.load(request.dealId);
        if (!deal)
            return deal.error();
        source.deal = *deal;
        clientId = deal->clientId;
        if (Result<Pipeline> pipeline = PipelineRepository(db).pipeline(deal->pipelineId);
            pipeline) {
            if (const Stage* stage = pipeline->stageWithId(deal->stageId))
                source.stageName = stage->name;
        }
    } else if (needsDeal(draft.documentTemplate.kind)) {
        return makeError(ErrorKind::Invalid,
                         Tr::tr("%1 is made from a deal: choose the deal (its lines and total go "
                                "into the document).")
                             .arg(documentKindTitle(draft.documentTemplate.kind)));
    }
    if (clientId == 0)
        return makeError(ErrorKind::Invalid, Tr::tr("Choose the client the document is for."));
    Result<Client> client = ClientRepository(db).load(clientId);
    if (!client)
        return client.error();
    source.client = *client;
    source.managerName = accountName(
        db, source.deal && source.deal->managerId ? source.deal->managerId : client->managerId);
    source.personName = db.principal().name;

    Result<ShopProfile> shop = loadShopProfile(db);
    if (!shop)
        return shop.error();
    source.shop = *shop;
    Result<ShopDetails> details = loadShopDetails(db);
    if (!details)
        return details.error();
    source.details = *details;

    if (isNumbered(draft.documentTemplate.kind)) {
        Result<int> next =
            DocumentRepository(db).nextNumber(draft.documentTemplate.kind, source.date.year());
        if (!next)
            return next.error();
        source.number = *next;
    }
    if (Status s = fill(draft); !s)
        return s.error();
    return draft;
}

Result<QByteArray> draftPdf(const DocumentDraft& draft)
{
    return renderPdf(
        draftBannerHtml(draft.documentTemplate.language, isNumbered(draft.documentTemplate.kind)) +
            draft.html,
        draft.source.details, draft.title);
}

// What a document must have before it takes a number and is kept for
// good: its own words where the template has a place for them, and an
// amount when it is made from a deal.
static Status checkIssuable(const DocumentDraft& draft)
{
    const DocumentTemplate& t = draft.documentTemplate;
    // The words may have been typed on the page itself (the document dialog):
    // the page as filled in without them is what may not be issued.
    const auto plain = [](const QString& html) {
        QTextDocument page;
        page.setHtml(html);
        return page.toPlainText().simplified();
    };
    if (draft.source.text.isEmpty() && asksForOwnWords(t)) {
        // The template's reminder where the words go ("[Текст листа]") still
        // on the page, whatever was typed around it.
        const QString page = plain(draft.html);
        const QString reminder = plain(ownWordsReminder(t));
        if (!reminder.isEmpty() && page.contains(reminder))
            return makeError(
                ErrorKind::Invalid,
                Tr::tr("Write the letter's words in place of «%1» on the page.").arg(reminder),
                u"letter.no-text"_s);
        DocumentDraft blank = draft;
        if (Status s = fill(blank); !s)
            return s;
        if (plain(blank.html) == page)
            return makeError(ErrorKind::Invalid,
                             Tr::tr("Write the letter's text: the template «%1» has a place for "
                                    "it.")
                                 .arg(t.name),
                             u"letter.no-text"_s);
    }
    // Who sells, on every document made from a deal; whom an invoice is paid to.
    const bool noName = draft.source.shop.name.trimmed().isEmpty();
    if (needsDeal(t.kind) &&
        (noName || (t.kind == DocumentKind::Invoice && draft.source.details.iban.isEmpty())))
        return makeError(ErrorKind::Invalid,
                         t.kind == DocumentKind::Invoice
                             ? Tr::tr("An invoice names who is paid: fill in the shop's name and "
                                      "IBAN in Administration → Shop first.")
                             : Tr::tr("%1 names the seller: fill in the shop's name in "
                                      "Administration → Shop first.")
                                   .arg(documentKindTitle(t.kind)),
                         u"document.no-shop-details"_s);
    if (needsDeal(t.kind) && draft.source.deal && draft.source.deal->amountMinor == 0)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The deal «%1» has no lines and no amount: add them before "
                                "making %2 from it.")
                             .arg(draft.source.deal->title, documentKindTitle(t.kind)),
                         u"document.empty-deal"_s);
    return Status::success();
}

Result<IssuedDocument> issueDocument(Database& db, DocumentDraft& issuedDraft)
{
    if (Status s = checkIssuable(issuedDraft); !s)
        return s.error();
    // The PDF is made before the write lock is taken (a long invoice takes a
    // while to lay out); only when a colleague took the number meanwhile is
    // it made again, under the lock, with the next one.
    DocumentDraft draft = issuedDraft;
    const auto render = [&] { return renderPdf(draft.html, draft.source.details, draft.title); };
    Result<QByteArray> pdf = render();
    if (!pdf)
        return pdf.error();
    const DocumentKind kind = draft.documentTemplate.kind;
    IssuedDocument document;
    Status saved = db.write([&](Transaction& tx) -> Status {
        if (isNumbered(kind)) {
            // Numbers follow the dates: a document dated before the latest of
            // its kind that year would carry a later number than the date says.
            Result<DocumentRepository::Latest> latest =
                DocumentRepository::latestOf(tx, kind, draft.source.date.year());
            if (!latest)
                return latest.error();
            if (latest->date.isValid() && latest->date > draft.source.date)
                return makeError(ErrorKind::Invalid,
                                 Tr::tr("%1 № %2 is dated %3: a later number cannot carry an "
                                        "earlier date. Date this one %3 or later.")
                                     .arg(documentKindTitle(kind))
                                     .arg(latest->number)
                                     .arg(latest->date.toString(u"dd.MM.yyyy"_s)));
            Result<int> number = DocumentRepository::takeNumber(tx, kind, draft.source.date.year());
            if (!number)
                return number.error();
            if (*number != draft.source.number) {
                draft.source.number = *number;
                if (Status s = fill(draft); !s)
                    return s;
                pdf = render();
                if (!pdf)
                    return pdf.error();
            }
        }
        document.kind = kind;
        document.year = draft.source.date.year();
        document.date = draft.source.date;
        document.number = draft.source.number;
        document.title = draft.title;
        document.clientId = draft.source.client->id;
        document.dealId = draft.source.deal ? draft.source.deal->id : 0;
        document.templateName = draft.documentTemplate.name;
        document.language = draft.documentTemplate.language;
        if (draft.source.deal) {
            document.totalMinor = documentTotal(*draft.source.deal);
            document.currency = draft.source.deal->currency.isEmpty() ? draft.source.shop.currency
                                                                      : draft.source.deal->currency;
        }
        document.issuedByName = db.principal().name;
        return DocumentRepository::store(tx, document, *pdf);
    });
    if (!saved)
        return saved.error();
    issuedDraft = draft;
    return document;
}

} // namespace kartoteka
