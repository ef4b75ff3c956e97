#include "Catch.h"
#include "TestSupport.h"

#include "clients/ClientCard.h"
#include "clients/ClientForm.h"
#include "clients/ClientListModel.h"
#include "clients/ClientRepository.h"
#include "clients/ClientsPage.h"
#include "clients/CustomFields.h"
#include "clients/InteractionDialog.h"
#include "clients/InteractionRepository.h"
#include "clients/TimelineModel.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "demo/DemoData.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
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
        QPushButton* save = nullptr;
        for (QPushButton* b : form->findChildren<QPushButton*>()) {
            if (b->text().contains(u"Save"_s))
                save = b;
        }
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
          u"+380 67 555 1234"_s);
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
    for (QPushButton* b : form.findChildren<QPushButton*>()) {
        if (b->text() == u"Open it instead"_s)
            b->click();
    }
    CHECK(form.openInstead() == existing.id);
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
    QPlainTextEdit* comment = form.findChildren<QPlainTextEdit*>().last();
    comment->setPlainText(u"mine: prefers Viber"_s);

    auto colleagueDb = openTestDatabase(path, ModeChoice::Shared);
    ClientRepository colleague(*colleagueDb);
    Client theirs = requireValue(colleague.load(c.id));
    theirs.comment = u"theirs: call after 18:00"_s;
    requireOk(colleague.update(theirs));

    QString shown;
    onNextDialog<QMessageBox>([&shown](QMessageBox* box) {
        shown = box->informativeText();
        for (QAbstractButton* b : box->buttons()) {
            if (b->text() == u"Keep mine"_s)
                b->click();
        }
    });
    REQUIRE(form.save());
    CHECK(shown.contains(u"theirs: call after 18:00"_s));
    CHECK(shown.contains(u"mine: prefers Viber"_s));
    CHECK(requireValue(colleague.load(c.id)).comment == u"mine: prefers Viber"_s);
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
        return all;
    };
    CHECK(cardText().contains(u"Deals: none yet"_s));

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
    REQUIRE(timeline->rowCount() == 2);
    CHECK(timeline->isDealEvent(0));
    CHECK(timeline->data(timeline->index(0, TimelineModel::Details)).toString() ==
          u"Deal \"Паркет у спальню\" won"_s);
    CHECK(timeline->data(timeline->index(1, TimelineModel::Details))
              .toString()
              .contains(u"opened"_s));
}
