// Documents on the screens: the shop's details form points at a wrong IBAN
// and saves the rest in one go; the document dialog previews a deal's
// invoice and issues it once, and the card's timeline shows it; a shipped
// template edited in the rich-text editor still makes an invoice with its
// lines; the templates panel takes an edit back to as shipped.
#include "Catch.h"
#include "TestSupport.h"

#include "clients/ClientCard.h"
#include "clients/ClientRepository.h"
#include "clients/InteractionRepository.h"
#include "clients/TimelineModel.h"
#include "deals/DealDialog.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "documents/DealDocuments.h"
#include "documents/DocumentDialog.h"
#include "documents/Documents.h"
#include "documents/ShopDetailsForm.h"
#include "documents/TemplateEditor.h"
#include "documents/TemplatesPanel.h"
#include "firstrun/ShopProfile.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

void shoot(QWidget& widget, const QString& name)
{
    if (const QString shots = qEnvironmentVariable("KARTOTEKA_SCREENSHOTS"); !shots.isEmpty())
        widget.grab().save(shots + u'/' + name + u".png"_s);
}

Deal newDeal(Database& db, qint64 clientId)
{
    Deal deal;
    deal.clientId = clientId;
    deal.title = u"Ламінат у вітальню"_s;
    for (int i = 1; i <= 3; ++i) {
        DealItem item;
        item.name = u"Ламінат «Дуб» %1"_s.arg(i);
        item.quantity = 2;
        item.priceMinor = 450'00;
        deal.items.append(item);
    }
    requireOk(DealRepository(db).create(deal));
    return deal;
}

qint64 newClient(Database& db)
{
    Client c;
    c.kind = ClientKind::Company;
    c.companyName = u"ТОВ «Світанок»"_s;
    c.taxId = u"41234567"_s;
    requireOk(ClientRepository(db).create(c));
    return c.id;
}

} // namespace

TEST_CASE("the shop's details form points at a wrong IBAN and saves the whole form in one go",
          "[ui][documents]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    ShopDetailsForm form(*db);
    form.resize(1000, 700);
    form.show();
    form.nameEdit()->setText(u"Будмайстер"_s);
    form.taxIdEdit()->setText(u"38123450"_s);
    form.ibanEdit()->setText(u"UA22 3223 1300 0002 6007 2335 6600 1"_s);
    const QByteArray png = pngBytes(40, 20);
    form.setLogo(png);
    CHECK_FALSE(form.save());
    CHECK(form.problemLabel()->isVisible());
    CHECK(form.focusWidget() == form.ibanEdit());
    CHECK(requireValue(loadShopProfile(*db)).name.isEmpty()); // nothing saved

    form.ibanEdit()->setText(u"UA21 3223 1300 0002 6007 2335 6600 1"_s);
    REQUIRE(form.save());
    CHECK_FALSE(form.problemLabel()->isVisible());
    CHECK(requireValue(loadShopProfile(*db)).name == u"Будмайстер"_s);
    const ShopDetails saved = requireValue(loadShopDetails(*db));
    CHECK(saved.iban == u"UA213223130000026007233566001"_s);
    CHECK(saved.logo == png);
    shoot(form, u"shop-details"_s);
}

TEST_CASE("the document dialog previews a deal's invoice, issues it once, and the card shows it",
          "[ui][documents]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    ShopProfile shop = requireValue(loadShopProfile(*db));
    shop.name = u"Будмайстер"_s;
    ShopDetails details;
    details.iban = u"UA213223130000026007233566001"_s;
    requireOk(saveShop(*db, shop, details));
    const qint64 client = newClient(*db);
    const Deal deal = newDeal(*db, client);

    DocumentDialog dialog(*db, client, deal.id);
    dialog.show();
    // From a deal the invoice comes first, for that deal.
    CHECK(dialog.dealBox()->currentData().toLongLong() == deal.id);
    const auto kind =
        documentKindFromName(dialog.templateBox()->currentData(Qt::UserRole + 1).toString());
    REQUIRE(kind);
    CHECK(*kind == DocumentKind::Invoice);
    const QString preview = dialog.preview()->toPlainText();
    CHECK(preview.contains(u"ТОВ «Світанок»"_s));
    CHECK(preview.contains(u"Ламінат «Дуб» 3"_s));
    shoot(dialog, u"document-dialog"_s);

    // Without a deal an invoice cannot be made; a letter can.
    dialog.dealBox()->setCurrentIndex(0);
    CHECK_FALSE(dialog.findChild<QPushButton*>(u"save"_s)->isEnabled());
    dialog.dealBox()->setCurrentIndex(dialog.dealBox()->findData(deal.id));
    REQUIRE(dialog.issue());
    REQUIRE(dialog.issued());
    CHECK(dialog.issued()->number == 1);
    CHECK(dialog.issue()); // again: the same document, no second number
    CHECK(requireValue(DocumentRepository(*db).forClient(client)).size() == 1);

    ClientRepository clients(*db);
    InteractionRepository timeline(*db);
    ClientCard card(*db, clients, timeline);
    card.showClient(client);
    QAbstractItemModelTester tester(card.timelineModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    bool shown = false;
    for (int row = 0; row < card.timelineModel()->rowCount(); ++row) {
        if (card.timelineModel()->isDocument(row)) {
            shown = true;
            CHECK(card.timelineModel()->documentAt(row).id == dialog.issued()->id);
        }
    }
    CHECK(shown);
    card.timelineShown()->setCurrentIndex(
        card.timelineShown()->findData(int(TimelineModel::Documents)));
    CHECK(card.timelineModel()->rowCount() == 1);
    // A right-click on the document: open it (the default), save a copy or send it again; an
    // issued document is never removed from the timeline.
    const std::unique_ptr<QMenu> menu(card.timelineMenu(0));
    CHECK(menu->actions().size() == 3);
    CHECK(menu->defaultAction() == menu->actions().first());
    CHECK(std::none_of(menu->actions().cbegin(), menu->actions().cend(),
                       [](const QAction* a) { return a->shortcut() == QKeySequence::Delete; }));

    // The deal's dialog lists the documents issued from it, and one issued there joins them.
    DealRepository deals(*db);
    const Deal saved = requireValue(deals.load(deal.id));
    const Pipeline pipeline = requireValue(PipelineRepository(*db).pipeline(saved.pipelineId));
    DealDialog dealDialog(*db, deals, clients, saved, pipeline);
    auto* issuedHere = dealDialog.findChild<DealDocuments*>();
    REQUIRE(issuedHere);
    CHECK(issuedHere->count() == 1);
    auto* list = issuedHere->findChild<QListWidget*>(u"deal-documents"_s);
    REQUIRE(list);
    CHECK(list->item(0)->text() == dialog.issued()->title);
    DocumentDialog another(*db, client, deal.id);
    another.templateBox()->setCurrentIndex(
        another.templateBox()->findData(u"Комерційна пропозиція"_s));
    CHECK(another.issuedBefore().isEmpty()); // no proposal yet
    REQUIRE(another.issue());
    // A second invoice for the deal is asked about: the dialog names the first.
    DocumentDialog again(*db, client, deal.id);
    CHECK(again.issuedBefore() == dialog.issued()->title);
    issuedHere->reload();
    CHECK(issuedHere->count() == 2);
    dealDialog.show();
    shoot(dealDialog, u"deal-dialog-documents"_s);
    const Deal otherDeal = newDeal(*db, client);
    DealDialog otherDialog(*db, deals, clients, otherDeal, pipeline);
    CHECK(otherDialog.findChild<DealDocuments*>()->count() == 0);
}

TEST_CASE("a shipped invoice edited in the editor still makes an invoice with its lines, and goes "
          "back to as shipped",
          "[ui][documents]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    const Deal deal = newDeal(*db, newClient(*db));
    TemplateRepository templates(*db);
    TemplateEditor editor(*db, requireValue(templates.find(u"invoice.uk"_s)));
    editor.show();
    shoot(editor, u"template-editor"_s);
    QTextCursor end = editor.bodyEdit()->textCursor();
    end.movePosition(QTextCursor::End);
    editor.bodyEdit()->setTextCursor(end);
    editor.bodyEdit()->insertPlainText(u"\nДякуємо за замовлення! "_s);
    editor.insertField(u"client.name"_s, false);
    REQUIRE(editor.save());
    CHECK(requireValue(templates.find(u"invoice.uk"_s)).isEdited());

    DocumentDraft draft = requireValue(draftDocument(*db, {u"invoice.uk"_s, deal.id, 0, {}}));
    const QString text = QTextDocumentFragment::fromHtml(draft.html).toPlainText();
    CHECK(text.contains(u"Ламінат «Дуб» 2"_s));
    CHECK(text.contains(u"Дякуємо за замовлення! ТОВ «Світанок»"_s));

    // A broken field is refused with the reason, the editor stays open.
    editor.bodyEdit()->insertPlainText(u" {{#client.name}} без кінця"_s);
    CHECK_FALSE(editor.save());
    CHECK(editor.problemLabel()->isVisible());

    TemplatesPanel panel(*db);
    QTreeWidget* list = panel.view();
    REQUIRE(list->topLevelItemCount() == 15);
    list->setCurrentItem(list->topLevelItem(0)); // invoice.uk, edited
    auto* remove = panel.findChildren<QPushButton*>().last();
    CHECK(remove->isEnabled());
    requireOk(templates.remove(requireValue(templates.find(u"invoice.uk"_s))));
    panel.reload();
    CHECK_FALSE(requireValue(templates.find(u"invoice.uk"_s)).isEdited());
}

TEST_CASE("a letter's text is written on the page before it is issued, and issued as written",
          "[ui][documents]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    const qint64 client = newClient(*db);
    DocumentDialog dialog(*db, client, 0);
    dialog.show();
    dialog.templateBox()->setCurrentIndex(dialog.templateBox()->findData(u"Лист клієнту"_s));
    CHECK_FALSE(dialog.preview()->isReadOnly());
    // Typed where the template's reminder stands, as a person replaces it.
    REQUIRE(dialog.preview()->find(u"[Текст листа]"_s));
    dialog.preview()->insertPlainText(u"Нагадуємо про знижку 10 % до кінця місяця."_s);
    REQUIRE(dialog.issue());
    CHECK(dialog.preview()->isReadOnly());
    // The kept PDF is the page as written.
    const QByteArray pdf = requireValue(DocumentRepository(*db).pdf(dialog.issued()->id));
    CHECK(pdfText(pdf).contains(u"Нагадуємо про знижку 10 % до кінця місяця."_s));

    // An invoice's page is never typed over.
    const Deal deal = newDeal(*db, client);
    DocumentDialog invoice(*db, client, deal.id);
    CHECK(invoice.preview()->isReadOnly());
}
