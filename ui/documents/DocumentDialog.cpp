#include "documents/DocumentDialog.h"

#include "deals/DealRepository.h"
#include "documents/DocumentFiles.h"
#include "documents/PdfRenderer.h"
#include "language/Formats.h"
#include "language/Language.h"
#include "mail/SendLetterDialog.h"
#include "main/DateEdits.h"
#include "storage/Database.h"
#include "workspace/NewDatabase.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextEdit>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

void showImages(QTextEdit* browser, const ShopDetails& details)
{
    QTextDocument* document = browser->document();
    for (const auto& [url, bytes] : {std::pair{kDocumentLogoUrl, details.logo},
                                     std::pair{kDocumentSignatureUrl, details.signature}}) {
        QImage image;
        if (!bytes.isEmpty() && image.loadFromData(bytes))
            document->addResource(QTextDocument::ImageResource, QUrl(url), image);
    }
}

} // namespace

DocumentDialog::DocumentDialog(Database& db, qint64 clientId, qint64 dealId, QWidget* parent)
    : QDialog(parent), m_db(db), m_clientId(clientId), m_template(new QComboBox(this)),
      m_dealLabel(new QLabel(tr("Deal:"), this)), m_deal(new QComboBox(this)),
      m_date(new QDateEdit(QDate::currentDate(), this)), m_preview(new QTextEdit(this)),
      m_state(new QLabel(this)), m_save(new QPushButton(tr("Issue and save PDF…"), this)),
      m_print(new QPushButton(tr("Issue and print…"), this)),
      m_open(new QPushButton(tr("Open PDF"), this)),
      m_send(new QPushButton(tr("Issue and send…"), this))
{
    setWindowTitle(tr("Document"));
    setUpDateEdit(m_date);
    m_template->setObjectName(u"template"_s);
    m_deal->setObjectName(u"deal"_s);
    auto* form = new QFormLayout;
    form->addRow(tr("Template:"), m_template);
    form->addRow(m_dealLabel, m_deal);
    form->addRow(tr("Date:"), m_date);
    m_state->setWordWrap(true);
    m_save->setObjectName(u"save"_s);
    m_print->setObjectName(u"print"_s);
    m_open->setObjectName(u"open"_s);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    m_send->setObjectName(u"send"_s);
    buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    connect(m_send, &QPushButton::clicked, this, &DocumentDialog::send);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &DocumentDialog::saveAs);
    connect(m_print, &QPushButton::clicked, this, &DocumentDialog::print);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_issued)
            openIssuedDocument(m_db, *m_issued, this);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_state);
    layout->addWidget(buttons);

    fillTemplates();
    fillDeals(dealId);
    // A deal's document from the deal: an invoice first; a client's: a letter.
    for (int i = 0; i < m_template->count(); ++i) {
        const auto kind =
            documentKindFromName(m_template->itemData(i, Qt::UserRole + 1).toString());
        if (kind && needsDeal(*kind) == (dealId != 0)) {
            m_template->setCurrentIndex(i);
            break;
        }
    }
    connect(m_template, &QComboBox::currentIndexChanged, this, &DocumentDialog::refresh);
    connect(m_deal, &QComboBox::currentIndexChanged, this, &DocumentDialog::refresh);
    connect(m_date, &QDateEdit::dateChanged, this, &DocumentDialog::refresh);
    refresh();
    resize(820, 700);
}

void DocumentDialog::fillTemplates()
{
    Result<QList<DocumentTemplate>> templates = TemplateRepository(m_db).list();
    if (!templates) {
        showProblem(templates.error().message);
        return;
    }
    const QString shopLanguage = languageCode(databaseLanguage(m_db).value_or(Language::English));
    for (const DocumentTemplate& t : languageFirst(*templates, shopLanguage)) {
        m_template->addItem(u"%1 — %2"_s.arg(t.name, documentLanguageName(t.language)), t.name);
        m_template->setItemData(m_template->count() - 1, documentKindName(t.kind),
                                Qt::UserRole + 1);
    }
}

void DocumentDialog::fillDeals(qint64 dealId)
{
    m_deal->addItem(tr("(none)"), qint64(0));
    DealListQuery query;
    query.clientId = m_clientId;
    query.limit = 200;
    Result<QList<Deal>> deals = DealRepository(m_db).list(query);
    if (deals) {
        for (const Deal& d : *deals)
            m_deal->addItem(u"%1 — %2"_s.arg(d.title, formatMoney(d.amountMinor, d.currency)),
                            d.id);
    }
    const int index = m_deal->findData(dealId);
    m_deal->setCurrentIndex(index < 0 ? 0 : index);
}

bool DocumentDialog::mayDiscardText()
{
    if (m_issued || m_preview->isReadOnly() || !m_preview->document()->isModified())
        return true;
    return QMessageBox::question(this, windowTitle(),
                                 tr("Drop the text you wrote in this document?")) ==
           QMessageBox::Yes;
}

void DocumentDialog::rememberChoice()
{
    m_shownTemplate = m_template->currentIndex();
    m_shownDeal = m_deal->currentIndex();
    m_shownDate = m_date->date();
}

void DocumentDialog::reject()
{
    if (mayDiscardText())
        QDialog::reject();
}

void DocumentDialog::refresh()
{
    if (!mayDiscardText()) {
        const QSignalBlocker a(m_template), b(m_deal), c(m_date);
        m_template->setCurrentIndex(m_shownTemplate);
        m_deal->setCurrentIndex(m_shownDeal);
        m_date->setDate(m_shownDate);
        return;
    }
    rememberChoice();
    m_issued.reset();
    m_draft.reset();
    m_save->setText(tr("Issue and save PDF…"));
    m_print->setText(tr("Issue and print…"));
    m_send->setText(tr("Issue and send…"));
    m_open->hide();
    const auto kind = documentKindFromName(m_template->currentData(Qt::UserRole + 1).toString());
    const bool fromDeal = kind && needsDeal(*kind);
    m_deal->setEnabled(fromDeal);
    m_dealLabel->setEnabled(fromDeal);
    DocumentRequest request;
    request.templateName = m_template->currentData().toString();
    request.clientId = m_clientId;
    request.dealId = fromDeal ? m_deal->currentData().toLongLong() : 0;
    request.date = m_date->date();
    if (fromDeal && request.dealId == 0) {
        m_preview->clear();
        m_preview->setReadOnly(true);
        showProblem(tr("Choose the deal: its lines and total go into the document."));
        m_save->setEnabled(false);
        m_print->setEnabled(false);
        m_send->setEnabled(false);
        return;
    }
    Result<DocumentDraft> draft = draftDocument(m_db, request);
    m_save->setEnabled(bool(draft));
    m_print->setEnabled(bool(draft));
    m_send->setEnabled(bool(draft));
    if (!draft) {
        m_preview->clear();
        m_preview->setReadOnly(true);
        showProblem(draft.error().message);
        return;
    }
    m_draft = *draft;
    showImages(m_preview, m_draft->source.details);
    m_preview->setHtml(m_draft->html);
    m_preview->document()->setModified(false);
    // A letter or a card is written here before it is issued; an invoice's
    // figures come from the deal, never typed over.
    m_preview->setReadOnly(isNumbered(m_draft->documentTemplate.kind));
    QString state = isNumbered(m_draft->documentTemplate.kind)
                        ? tr("Not issued yet. Issued now, it would be number %1 of %2; a "
                             "colleague may take it first, and it then gets the next.")
                              .arg(m_draft->source.number)
                              .arg(m_draft->source.date.year())
                        : tr("Not issued yet: write or change the text on the page above. Once "
                             "issued, it is kept as it is on the client's timeline.");
    const ShopDetails& shop = m_draft->source.details;
    if (shop.taxId.isEmpty() || shop.iban.isEmpty() || shop.address.isEmpty())
        state += u' ' + tr("The shop's tax ID, IBAN or address is not filled in: the owner "
                           "fills them in Administration → Shop.");
    m_state->setStyleSheet(QString());
    m_state->setText(state);
}

bool DocumentDialog::issue()
{
    if (m_issued)
        return true;
    if (!m_draft)
        return false;
    if (!m_preview->isReadOnly())
        m_draft->html = m_preview->toHtml();
    Result<IssuedDocument> issued = issueDocument(m_db, *m_draft);
    if (!issued) {
        showProblem(issued.error().message);
        return false;
    }
    m_issued = *issued;
    m_preview->setHtml(m_draft->html);
    m_preview->setReadOnly(true);
    m_state->setStyleSheet(QString());
    m_state->setText(tr("Issued: «%1», kept on the client's timeline.").arg(m_issued->title));
    m_save->setText(tr("Save PDF…"));
    m_print->setText(tr("Print…"));
    m_send->setText(tr("Send…"));
    m_open->show();
    emit documentIssued(*m_issued);
    return true;
}

QString DocumentDialog::issuedBefore() const
{
    if (m_issued || !m_draft || !m_draft->source.deal ||
        !isNumbered(m_draft->documentTemplate.kind))
        return {};
    Result<QList<IssuedDocument>> earlier =
        DocumentRepository(m_db).forDeal(m_draft->source.deal->id);
    if (!earlier)
        return {};
    for (const IssuedDocument& d : *earlier) {
        if (d.kind == m_draft->documentTemplate.kind)
            return d.title;
    }
    return {};
}

bool DocumentDialog::confirmAndIssue()
{
    if (const QString before = issuedBefore(); !before.isEmpty()) {
        if (QMessageBox::question(this, windowTitle(),
                                  tr("This deal already has «%1». Issue another one with the "
                                     "next number?")
                                      .arg(before)) != QMessageBox::Yes)
            return false;
    }
    return issue();
}

void DocumentDialog::saveAs()
{
    if (confirmAndIssue())
        saveIssuedDocument(m_db, *m_issued, this);
}

void DocumentDialog::print()
{
    if (!confirmAndIssue())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_issued->title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    printHtml(m_draft->html, m_draft->source.details, printer);
}

void DocumentDialog::send()
{
    if (!confirmAndIssue())
        return;
    SendLetterDialog dialog(m_db, m_issued->clientId, m_issued->dealId, m_issued->id, this);
    connect(&dialog, &SendLetterDialog::letterKept, this, &DocumentDialog::letterKept);
    dialog.exec();
}

void DocumentDialog::showProblem(const QString& message)
{
    m_state->setStyleSheet(u"color: #b00020;"_s);
    m_state->setText(message);
}

} // namespace kartoteka::ui
