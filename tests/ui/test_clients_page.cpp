#include "Catch.h"
#include "TestSupport.h"

#include "clients/ClientCard.h"
#include "clients/ClientFilterBar.h"
#include "clients/ClientForm.h"
#include "clients/ClientListModel.h"
#include "clients/ClientRepository.h"
#include "clients/ClientsPage.h"
#include "clients/CustomFields.h"
#include "clients/InteractionDialog.h"
#include "clients/InteractionRepository.h"
#include "clients/Lists.h"
#include "clients/TimelineModel.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "demo/DemoData.h"
#include "reports/CallList.h"
#include "reports/ClientsReport.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

template <typename Dialog> Dialog* waitForDialog()
{
    Dialog* found = nullptr;
    waitUntil(
        [&] {
            found = qobject_cast<Dialog*>(QApplication::activeModalWidget());
            return found != nullptr;
        },
        3000);
    return found;
}

// Runs `act` on the next modal dialog of type Dialog once it is open.
template <typename Dialog, typename Act> void onNextDialog(Act act)
{
    QTimer::singleShot(0, [act] {
        Dialog* dialog = waitForDialog<Dialog>();
        REQUIRE(dialog);
        act(dialog);
    });
}

// Types like a keyboard, Cyrillic included (QTest::keyClicks knows only ASCII).
void typeInto(QWidget* widget, const QString& text)
{
    widget->setFocus();
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

TEST_CASE("create a client through the form and find it by a phone fragment", "[ui][clients]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    ClientsPage page(*db);
    page.resize(1100, 700);
    page.show();

    onNextDialog<ClientForm>([](ClientForm* form) {
        const QList<QLineEdit*> edits = form->findChildren<QLineEdit*>();
        typeInto(edits.value(0), u"Гнатюк-Венгриновська"_s); // last name
        typeInto(edits.value(1), u"Олександра"_s);           // first name
        QPlainTextEdit* phones = form->findChildren<QPlainTextEdit*>().value(0);
        typeInto(phones, u"mobile: 067 555 12 34"_s);
        QPushButton* save = form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        REQUIRE(save);
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QApplication::setActiveWindow(&page);
    page.searchBox()->setFocus();
    QTest::keyClick(page.searchBox(), Qt::Key_N, Qt::ControlModifier);

    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.card()->client().displayName() == u"Гнатюк-Венгриновська Олександра"_s);
    CHECK(page.card()->client().phones.first().e164 == u"+380675551234"_s);

    typeInto(page.searchBox(), u"555 12"_s);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->data(page.model()->index(0, ClientListModel::Phone)).toString() ==
          u"067 555 12 34"_s);
    QTest::keyClick(page.searchBox(), Qt::Key_Escape);
    CHECK(page.searchBox()->text().isEmpty());
    typeInto(page.searchBox(), u"999 00"_s);
    CHECK(page.model()->rowCount() == 0);
}

TEST_CASE("the form warns about a duplicate phone and opens that client instead", "[ui][clients]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    ClientRepository repo(*db);
    Client existing;
    existing.lastName = u"Ткачук"_s;
    existing.firstName = u"Марія"_s;
    existing.phones.append({QString(), u"+380 50 777 66 55"_s, {}});
    requireOk(repo.create(existing));

    ClientForm form(*db, repo, Client{});
    form.show();
    typeInto(form.findChildren<QLineEdit*>().value(0), u"Нова"_s);
    typeInto(form.findChildren<QPlainTextEdit*>().value(0), u"050 777 66 55"_s);
    REQUIRE(waitUntil([&] { return !form.duplicateText().isEmpty(); }, 3000));
    CHECK(form.duplicateText().contains(u"Ткачук Марія"_s));
    form.findChild<QPushButton*>(u"openDuplicate"_s)->click();
    CHECK(form.openInstead() == existing.id);
}

TEST_CASE("Save checks for a duplicate phone at once and the warning moves no button",
          "[ui][clients]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    ClientRepository repo(*db);
    Client existing;
    existing.lastName = u"Ткачук"_s;
    existing.firstName = u"Марія"_s;
    existing.phones.append({QString(), u"+380 50 777 66 55"_s, {}});
    requireOk(repo.create(existing));
    auto clients = [&] {
        return requireValue(sql::scalar(db->connection(), u"SELECT count(*) FROM clients"_s))
            .toInt();
    };
    // Clicks the button named `name` of the next message box, and says whether one came.
    auto answer = [](const QString& name, bool* asked) {
        QTimer::singleShot(50, [name, asked] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            *asked = box != nullptr;
            if (!box)
                return;
            for (QAbstractButton* button : box->buttons()) {
                if (button->objectName() == name)
                    button->click();
            }
        });
    };

    ClientForm form(*db, repo, Client{});
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    auto* buttons = form.findChild<QDialogButtonBox*>();
    const QPoint saveAt = buttons->mapTo(&form, QPoint(0, 0));
    typeInto(form.findChildren<QLineEdit*>().value(0), u"Нова"_s);
    typeInto(form.findChildren<QPlainTextEdit*>().value(0), u"050 777 66 55"_s);
    // Save at once, before the typing timer: asked, and "Go back" saves nothing.
    bool asked = false;
    answer(u"goBack"_s, &asked);
    CHECK_FALSE(form.save());
    CHECK(asked);
    CHECK(clients() == 1);
    // The warning is shown now, and the buttons stayed where they were.
    CHECK_FALSE(form.duplicateText().isEmpty());
    QApplication::processEvents();
    CHECK(buttons->mapTo(&form, QPoint(0, 0)) == saveAt);
    // "Save anyway" saves the second client.
    answer(u"saveAnyway"_s, &asked);
    CHECK(form.save());
    CHECK(clients() == 2);

    // "Open the existing client" opens it instead.
    ClientForm other(*db, repo, Client{});
    other.show();
    typeInto(other.findChildren<QLineEdit*>().value(0), u"Третя"_s);
    typeInto(other.findChildren<QPlainTextEdit*>().value(0), u"+380507776655"_s);
    answer(u"openExisting"_s, &asked);
    CHECK_FALSE(other.save());
    // Either client with that phone (both have it now).
    CHECK((other.openInstead() == existing.id || other.openInstead() == form.saved().id));
    CHECK(clients() == 2);

    // Editing a client that already shared the phone does not ask again.
    Client saved = form.saved();
    saved.comment = u"edited"_s;
    ClientForm edit(*db, repo, requireValue(repo.load(saved.id)));
    edit.show();
    asked = false;
    answer(u"goBack"_s, &asked);
    CHECK(edit.save());
    QTest::qWait(100);
    CHECK_FALSE(asked);
}

TEST_CASE("add a call to the timeline in two clicks and typing", "[ui][clients][timeline]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    ClientRepository repo(*db);
    Client c;
    c.lastName = u"Савченко"_s;
    c.firstName = u"Богдан"_s;
    requireOk(repo.create(c));
    ClientsPage page(*db);
    page.show();
    REQUIRE(page.card()->clientId() == c.id);

    onNextDialog<InteractionDialog>([](InteractionDialog* dialog) {
        typeInto(dialog->findChild<QPlainTextEdit*>(), u"Asked about delivery to Львів"_s);
        dialog->accept();
    });
    QPushButton* call = page.card()->findChild<QPushButton*>(u"add-call"_s);
    REQUIRE(call);
    QTest::mouseClick(call, Qt::LeftButton);

    TimelineModel* timeline = page.card()->timelineModel();
    REQUIRE(timeline->rowCount() == 1);
    CHECK(timeline->entryAt(0).kind == InteractionKind::Call);
    CHECK(timeline->entryAt(0).direction == u"out"_s);
    CHECK(timeline->entryAt(0).text == u"Asked about delivery to Львів"_s);
}

TEST_CASE("a save that meets a colleague's newer save shows both and lets the person choose",
          "[ui][clients][conflict]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    auto db = openTestDatabase(path, ModeChoice::Shared);
    ClientRepository repo(*db);
    Client c;
    c.lastName = u"Литвиненко"_s;
    c.firstName = u"Ганна"_s;
    c.comment = u"old"_s;
    requireOk(repo.create(c));

    ClientForm form(*db, repo, c);
    form.show();
    auto* comment = form.findChild<QPlainTextEdit*>(u"comment"_s);
    REQUIRE(comment);
    comment->setPlainText(u"mine: prefers Viber"_s);

    auto colleagueDb = openTestDatabase(path, ModeChoice::Shared);
    ClientRepository colleague(*colleagueDb);
    Client theirs = requireValue(colleague.load(c.id));
    theirs.comment = u"theirs: call after 18:00"_s;
    requireOk(colleague.update(theirs));

    QString shown;
    onNextDialog<QMessageBox>([&shown](QMessageBox* box) {
        shown = box->informativeText();
        box->findChild<QPushButton*>(u"keepMine"_s)->click();
    });
    REQUIRE(form.save());
    CHECK(shown.contains(u"theirs: call after 18:00"_s));
    CHECK(shown.contains(u"mine: prefers Viber"_s));
    CHECK(requireValue(colleague.load(c.id)).comment == u"mine: prefers Viber"_s);
}

TEST_CASE("the client form keeps a client's keep-in-touch interval: the type's, their own, none",
          "[ui][clients][keep-in-touch]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    ClientRepository repo(*db);
    Client c;
    c.lastName = u"Литвиненко"_s;
    requireOk(repo.create(c));
    ClientForm form(*db, repo, c);
    auto* touch = form.findChild<QComboBox*>(u"keepInTouch"_s);
    auto* days = form.findChild<QSpinBox*>(u"keepInTouchDays"_s);
    REQUIRE(touch);
    REQUIRE(days);
    CHECK_FALSE(form.client().contactEveryDays.has_value()); // as the type says
    CHECK_FALSE(days->isEnabled());
    touch->setCurrentIndex(touch->findData(1)); // every…
    CHECK(days->isEnabled());
    days->setValue(21);
    CHECK(form.client().contactEveryDays == 21);
    touch->setCurrentIndex(touch->findData(0)); // not needed
    CHECK(form.client().contactEveryDays == 0);
    touch->setCurrentIndex(touch->findData(1));
    REQUIRE(form.save());
    CHECK(requireValue(repo.load(c.id)).contactEveryDays == 21);
    ClientForm again(*db, repo, requireValue(repo.load(c.id)));
    CHECK(again.findChild<QSpinBox*>(u"keepInTouchDays"_s)->value() == 21);
}

TEST_CASE("the client list and timeline models pass the model tester", "[ui][clients][models]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    requireValue(generateDemo(*db, {700, 7}));
    ClientRepository repo(*db);
    ClientListModel model(repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() >= ClientListModel::kPageSize); // the tester fetches more, too
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 700);
    model.setSearch(u"ко"_s);
    CHECK(model.rowCount() > 0);
    CHECK(model.rowCount() < 700);
    model.setSearch(QString());
    model.reload();

    InteractionRepository timeline(*db);
    TimelineModel entries;
    QAbstractItemModelTester tester2(&entries,
                                     QAbstractItemModelTester::FailureReportingMode::Fatal);
    entries.setEntries(requireValue(timeline.forClient(model.clientIdAt(0))));
    entries.setEntries({});
}

TEST_CASE("a change saved on another PC appears in the list", "[ui][clients][changes]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    auto db = openTestDatabase(path, ModeChoice::Shared);
    ClientsPage page(*db);
    ChangeWatcher watcher(*db);
    QObject::connect(&watcher, &ChangeWatcher::changed, &page, &ClientsPage::applyChanges);

    auto otherPc = openTestDatabase(path, ModeChoice::Shared);
    Client c;
    c.lastName = u"Зайцева"_s;
    c.firstName = u"Ксения"_s;
    requireOk(ClientRepository(*otherPc).create(c));
    requireOk(watcher.poll());
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->data(page.model()->index(0, 0)).toString() == u"Зайцева Ксения"_s);
}

TEST_CASE("the shop's own fields appear in the form and on the card", "[ui][clients][fields]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    CustomFieldRepository fields(*db);
    CustomField style{0, 0, u"Style"_s, FieldType::Choice, {u"Loft"_s, u"Classic"_s}};
    CustomField card{0, 0, u"Discount card"_s, FieldType::Text, {}};
    requireOk(fields.create(style));
    requireOk(fields.create(card));
    ClientRepository repo(*db);
    Client c;
    c.lastName = u"Field"_s;
    c.firstName = u"Test"_s;

    ClientForm form(*db, repo, c);
    QComboBox* styleBox = nullptr;
    for (QComboBox* box : form.findChildren<QComboBox*>()) {
        if (box->findText(u"Loft"_s) >= 0)
            styleBox = box;
    }
    REQUIRE(styleBox);
    styleBox->setCurrentIndex(styleBox->findText(u"Loft"_s));
    QLineEdit* cardEdit = form.findChildren<QLineEdit*>().last();
    cardEdit->setText(u"GOLD-1"_s);
    REQUIRE(form.save());

    ClientsPage page(*db);
    page.show();
    REQUIRE(page.card()->clientId() == form.saved().id);
    const QList<QLabel*> labels = page.card()->findChildren<QLabel*>();
    const bool shown = std::any_of(labels.begin(), labels.end(), [](QLabel* l) {
        return l->text().contains(u"Style: Loft"_s) &&
               l->text().contains(u"Discount card: GOLD-1"_s);
    });
    CHECK(shown);
}

TEST_CASE("the card lists the client's deals and follows their moves", "[ui][clients][deals]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    Client c;
    c.lastName = u"Угода"_s;
    requireOk(ClientRepository(*db).create(c));
    ClientsPage page(*db);
    ChangeWatcher watcher(*db);
    QObject::connect(&watcher, &ChangeWatcher::changed, &page, &ClientsPage::applyChanges);
    auto cardText = [&] {
        QString all;
        for (QLabel* label : page.card()->findChildren<QLabel*>())
            all += label->text() + u'\n';
        const QTableWidget* deals = page.card()->dealsTable();
        for (int row = 0; row < deals->rowCount(); ++row) {
            for (int column = 0; column < deals->columnCount(); ++column)
                all += deals->item(row, column)->text() + u'\n';
        }
        return all;
    };
    CHECK(cardText().contains(shownText("kartoteka::ui::ClientCard", "Deals: none yet")));

    DealRepository deals(*db);
    Deal d;
    d.clientId = c.id;
    d.title = u"Паркет у спальню"_s;
    d.amountMinor = 2500000;
    requireOk(deals.create(d));
    requireOk(watcher.poll(true));
    CHECK(cardText().contains(u"Паркет у спальню"_s));
    CHECK(cardText().contains(u"Request received"_s));
    // The deal's steps join the client's timeline.
    const Pipeline p = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    requireOk(deals.move(d, p.stageNamed(u"Won"_s)->id));
    requireOk(watcher.poll(true));
    TimelineModel* timeline = page.card()->timelineModel();
    // One row for the deal, its steps under it.
    REQUIRE(timeline->rowCount() == 1);
    CHECK(timeline->isDealEvent(0));
    const QModelIndex deal = timeline->index(0, 0);
    REQUIRE(timeline->rowCount(deal) == 2);
    CHECK(timeline->data(timeline->index(0, TimelineModel::Details, deal)).toString() ==
          shownText("kartoteka::ui::TimelineModel", "Deal \"%1\" won").arg(u"Паркет у спальню"_s));
    CHECK(timeline->data(timeline->index(1, TimelineModel::Details, deal))
              .toString()
              .startsWith(shownText("kartoteka::ui::TimelineModel", "Deal \"%1\" opened in %2")
                              .arg(u"Паркет у спальню"_s, QString())));
}

namespace {

qint64 addClient(Database& db, const QString& last, const QStringList& phones = {},
                 const QString& status = {})
{
    Client c;
    c.lastName = last;
    c.firstName = u"Тест"_s;
    for (const QString& phone : phones)
        c.phones.append({QString(), phone, {}});
    if (!status.isEmpty())
        c.statusId = requireValue(Lists(db).idOf(kStatuses, status));
    requireOk(ClientRepository(db).create(c));
    return c.id;
}

qint64 selectedClient(ClientsPage& page)
{
    const QModelIndexList rows = page.list()->selectionModel()->selectedRows();
    return rows.size() == 1 ? page.model()->clientIdAt(rows.first().row()) : 0;
}

} // namespace

TEST_CASE("after a search or a filter the card shows the first match or nobody, and its actions "
          "act on that client",
          "[ui][clients][search]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    const qint64 first = addClient(*db, u"Абрамчук"_s, {u"050 111 22 33"_s}, u"Regular"_s);
    const qint64 match = addClient(*db, u"Ярош"_s, {u"067 711 67 00"_s}, u"Lead"_s);
    ClientsPage page(*db);
    page.resize(1100, 700);
    page.show();
    REQUIRE(page.card()->clientId() == first);

    typeInto(page.searchBox(), u"711 67"_s);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.card()->clientId() == match);
    CHECK(selectedClient(page) == match);

    // Call logs the call against the client the card shows.
    onNextDialog<InteractionDialog>([](InteractionDialog* dialog) { dialog->accept(); });
    QPushButton* call = page.card()->findChild<QPushButton*>(u"add-call"_s);
    REQUIRE(call);
    QTest::mouseClick(call, Qt::LeftButton);
    InteractionRepository timeline(*db);
    CHECK(requireValue(timeline.forClient(match)).size() == 1);
    CHECK(requireValue(timeline.forClient(first)).isEmpty());

    // Nobody matches: nobody is shown, and there is nothing to act on.
    typeInto(page.searchBox(), u"9"_s);
    REQUIRE(page.model()->rowCount() == 0);
    CHECK(page.card()->clientId() == 0);
    CHECK_FALSE(call->isVisibleTo(page.card()));
    CHECK_FALSE(call->isEnabled());
    page.card()->addEntry(InteractionKind::Note); // does nothing: no dialog, no entry
    CHECK(requireValue(timeline.forClient(match)).size() == 1);

    // Back to everyone: the first client again, not a leftover.
    QTest::keyClick(page.searchBox(), Qt::Key_Escape);
    CHECK(page.card()->clientId() == first);

    // A filter that leaves the shown client out moves the card to the first match.
    page.filterBar()->show();
    QComboBox* status = nullptr;
    for (QComboBox* box : page.filterBar()->findChildren<QComboBox*>()) {
        if (box->findText(u"Lead"_s) >= 0)
            status = box;
    }
    REQUIRE(status);
    status->setCurrentIndex(status->findText(u"Lead"_s));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.card()->clientId() == match);
    CHECK(selectedClient(page) == match);
}

TEST_CASE("opening a client from elsewhere selects it in the list", "[ui][clients][open]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    QList<Client> many;
    for (int i = 0; i < ClientListModel::kPageSize + 50; ++i) {
        Client c;
        c.lastName = u"Клієнт %1"_s.arg(i, 4, 10, QChar(u'0'));
        many.append(c);
    }
    ClientRepository repo(*db);
    requireOk(repo.createMany(many));
    const qint64 last = many.last().id; // beyond the first page of the list
    Client gone;
    gone.lastName = u"Архівна"_s;
    requireOk(repo.create(gone));
    requireOk(repo.setArchived(gone.id, gone.version, true));

    Client alone;
    alone.lastName = u"Окремий"_s;
    requireOk(repo.create(alone));

    ClientsPage page(*db);
    page.resize(1100, 700);
    page.show();
    typeInto(page.searchBox(), u"Окремий"_s);
    REQUIRE(page.model()->rowCount() == 1);

    page.openClient(last);
    CHECK(page.card()->clientId() == last);
    CHECK(selectedClient(page) == last);
    CHECK(page.searchBox()->text().isEmpty());

    page.openClient(many[3].id); // already in the list
    CHECK(selectedClient(page) == many[3].id);
    CHECK(page.card()->clientId() == many[3].id);

    page.openClient(gone.id); // archived: the archive view shows it
    CHECK(page.card()->clientId() == gone.id);
    CHECK(selectedClient(page) == gone.id);

    page.openClient(999999); // no such client: the card says so, the list selects nobody
    CHECK(page.card()->clientId() == 0);
    CHECK(selectedClient(page) == 0);

    // A link on a card goes the same way, out of the search that hides its target.
    page.openClient(alone.id);
    typeInto(page.searchBox(), u"Окремий"_s);
    REQUIRE(page.model()->rowCount() == 1);
    emit page.card()->openClientRequested(many[7].id);
    CHECK(page.card()->clientId() == many[7].id);
    CHECK(selectedClient(page) == many[7].id);
}

TEST_CASE("the list shows the phone a search by digits matched", "[ui][clients][search]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    addClient(*db, u"Двофонна"_s, {u"050 111 22 33"_s, u"067 711 67 00"_s});
    ClientsPage page(*db);
    page.show();
    auto shownPhone = [&] {
        return page.model()->data(page.model()->index(0, ClientListModel::Phone)).toString();
    };
    CHECK(shownPhone() == u"050 111 22 33"_s);
    typeInto(page.searchBox(), u"711 67"_s);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(shownPhone() == u"067 711 67 00"_s);
    page.searchBox()->setText(u"0677116700"_s); // the national form
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(shownPhone() == u"067 711 67 00"_s);
    page.searchBox()->setText(u"Двофонна"_s);
    CHECK(shownPhone() == u"050 111 22 33"_s);
}

TEST_CASE("a client's purchases count the same on the card, in the call list, in the client "
          "analytics and in the CLI",
          "[ui][clients][purchases]")
{
    TempDir dir;
    const QString path = dir.path(u"shop.sqlite"_s);
    auto db = openTestDatabase(path);
    const qint64 id = addClient(*db, u"Покупець"_s);
    InteractionRepository timeline(*db);
    const QDateTime base(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);
    for (const auto& [days, amount] : {std::pair{0, 100000}, std::pair{40, 50050}}) {
        Interaction purchase;
        purchase.clientId = id;
        purchase.kind = InteractionKind::Purchase;
        purchase.occurredAt = base.addDays(days);
        purchase.amountMinor = amount;
        purchase.currency = u"UAH"_s;
        requireOk(timeline.add(purchase));
    }
    DealRepository deals(*db);
    const Pipeline p = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    const std::pair<qint64, qint64> dealsMade[] = {
        {p.stageNamed(u"Won"_s)->id, 250000}, {p.stageNamed(u"Lost"_s)->id, 900000}, {0, 700000}};
    for (const auto& [stage, amount] : dealsMade) {
        Deal d;
        d.clientId = id;
        d.title = u"Угода %1"_s.arg(amount);
        d.amountMinor = amount;
        d.createdAt = base;
        requireOk(deals.create(d));
        if (stage != 0)
            requireOk(deals.move(d, stage,
                                 requireValue(Lists(*db).idOf(kLossReasons, u"Too expensive"_s)),
                                 base.addDays(80)));
    }
    // Two purchase entries and one won deal: three sales, 4,000.50 in all.
    const int sales = 3;
    const qint64 total = 400050;

    ClientsPage page(*db);
    page.show();
    REQUIRE(page.card()->clientId() == id);
    QString cardText;
    for (QLabel* label : page.card()->findChildren<QLabel*>())
        cardText += label->text() + u'\n';
    // Said as sales, with the won deal named: one purchase entry and one won
    // deal must not read as "Purchases: 2".
    CHECK(requireValue(timeline.statsFor(id)).wonDeals == 1);
    CHECK(cardText.contains(
        shownText("kartoteka::ui::ClientCard",
                  "Sales: <b>%1</b> · total <b>%2</b> · average %3 · last sale %4 · %5")
            .section(u"%2"_s, 0, 0)
            .arg(shownText("kartoteka::ui::ClientCard", "%1 (won deals: %2)").arg(3).arg(1))));
    // Purchases only: no call, letter, meeting, message or note yet.
    CHECK(cardText.contains(shownText("kartoteka::ui::ClientCard", "no contact yet")));
    CHECK(cardText.contains(u"4,000.50"_s));
    CHECK(cardText.contains(QLocale().toString(QDate(2025, 5, 20), QLocale::ShortFormat)));

    const QList<DriftingClient> drifting = requireValue(driftingClients(*db, {QDate(2026, 11, 1)}));
    REQUIRE(drifting.size() == 1);
    CHECK(drifting.first().purchases == sales);
    CHECK(drifting.first().totalMinor == total);
    CHECK(drifting.first().lastPurchase == QDate(2025, 5, 20));

    const QList<ClientValue> values =
        requireValue(clientValues(*db, {QDate(2020, 1, 1), QDate(2026, 12, 31)}, {}));
    REQUIRE(values.size() == 1);
    CHECK(values.first().purchases == sales);
    CHECK(values.first().totalMinor == total);

    QProcess cli;
    cli.start(QStringLiteral(KARTOTEKA_CLI),
              {u"--db"_s, path, u"clients"_s, u"show"_s, QString::number(id), u"--json"_s});
    REQUIRE(cli.waitForFinished(30000));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);
    const QJsonObject stats =
        QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(u"stats"_s).toObject();
    CHECK(stats.value(u"purchases"_s).toInt() == sales);
    CHECK(stats.value(u"sales"_s).toInt() == sales);
    CHECK(stats.value(u"won_deals"_s).toInt() == 1);
    CHECK(stats.value(u"total_minor"_s).toInteger() == total);
    CHECK(stats.value(u"last_purchase"_s).toString() == u"2025-05-20"_s);
}
