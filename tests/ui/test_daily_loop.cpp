// The phone rings: find the caller by a fragment of the number and log the
// call, from any section, with few actions besides typing. Each key of that
// loop, the dialogs' Ctrl+Enter and their "typed data is not thrown away
// silently", the pickers that tell namesakes apart, the defaults, and the
// list of shortcuts.
#include "Catch.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "accounts/Passwords.h"
#include "admin/AuditPanel.h"
#include "admin/OwnerPassphraseDialog.h"
#include "clients/ClientCard.h"
#include "clients/ClientForm.h"
#include "clients/ClientListModel.h"
#include "clients/ClientRepository.h"
#include "clients/ClientsPage.h"
#include "clients/InteractionDialog.h"
#include "clients/InteractionRepository.h"
#include "deals/DealDialog.h"
#include "deals/DealRepository.h"
#include "deals/LossReasonDialog.h"
#include "deals/PipelineRepository.h"
#include "main/DatabaseDialog.h"
#include "main/DialogKeys.h"
#include "main/Keys.h"
#include "main/MainWindow.h"
#include "main/ShortcutsDialog.h"
#include "main/WorkspaceOpener.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QVBoxLayout>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

// Runs `act` on the next modal widget of type W once it is open. It looks
// from a timer, not by spinning an event loop of its own: the dialog may open
// from a later event (a button's animated click) and run its own loop above.
template <typename W, typename Act> void onNext(Act act, int triesLeft = 300)
{
    QTimer::singleShot(10, [act, triesLeft] {
        W* w = qobject_cast<W*>(QApplication::activeModalWidget());
        if (!w) {
            if (triesLeft > 0)
                onNext<W>(act, triesLeft - 1);
            else
                FAIL("the expected dialog did not open");
            return;
        }
        QApplication::setActiveWindow(w);
        act(w);
    });
}

QWidget* focused()
{
    QWidget* w = QApplication::focusWidget();
    return w ? w : QApplication::activeWindow();
}

// A key as a person presses it: to whatever has the keyboard focus.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = focused();
    REQUIRE(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

// Types like a keyboard into whatever has the focus, Cyrillic included.
void type(const QString& text)
{
    QWidget* target = focused();
    REQUIRE(target);
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Presses a key that opens a modal W, runs `act` on it, and returns once
// `act` is done. A button's own shortcut clicks it with a short animation,
// after the key press has been handled, so the dialog opens a moment later.
template <typename W, typename Act>
void pressInto(int key, Qt::KeyboardModifiers modifiers, Act act)
{
    bool done = false;
    onNext<W>([&done, act](W* w) {
        act(w);
        done = true;
    });
    QWidget* window = QApplication::activeWindow();
    press(key, modifiers);
    REQUIRE(waitUntil([&done] { return done; }));
    // What a desktop's window manager does when a dialog closes (the
    // offscreen platform does not): the window is active again.
    if (!QApplication::activeWindow() && window)
        QApplication::setActiveWindow(window);
}

void clickRole(QMessageBox* box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton* b : box->buttons()) {
        if (box->buttonRole(b) == role) {
            b->click();
            return;
        }
    }
    FAIL("no button of that role");
}

// Counts what the hands do, as the application receives it: every key
// released other than a typed character (a key with Ctrl or Alt, Enter, Esc,
// arrows...) and every mouse button released. An event handed on to the
// parents is one action, not several.
class HandsCounter : public QObject
{
public:
    HandsCounter() { qApp->installEventFilter(this); }
    ~HandsCounter() override { qApp->removeEventFilter(this); }
    int actions = 0;
    QStringList log;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::ShortcutOverride:
        case QEvent::MouseButtonPress:
            m_last = nullptr;
            return false;
        case QEvent::KeyRelease:
        case QEvent::MouseButtonRelease:
            break;
        default:
            return false;
        }
        if (event == m_last)
            return false;
        m_last = event;
        if (event->type() == QEvent::KeyRelease) {
            const auto* key = static_cast<QKeyEvent*>(event);
            const bool chord =
                key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
            if (!chord && !key->text().isEmpty() && key->text().at(0).isPrint())
                return false; // typing
            log.append(QKeySequence(key->keyCombination()).toString());
        } else {
            log.append(u"click"_s);
        }
        ++actions;
        return false;
    }

private:
    const QEvent* m_last = nullptr;
};

qint64 addClient(Database& db, const QString& last, const QString& first, const QString& phone,
                 const QString& company = {})
{
    Client c;
    c.lastName = last;
    c.firstName = first;
    c.companyName = company;
    if (!phone.isEmpty())
        c.phones.append({u"mobile"_s, phone, {}});
    requireOk(ClientRepository(db).create(c));
    return c.id;
}

struct Window
{
    TempDir dir;
    std::unique_ptr<MainWindow> window;
    qint64 caller = 0;
    qint64 namesake = 0;

    Window()
    {
        window = std::make_unique<MainWindow>(
            requireValue(openWorkspace({dir.path(u"shop.sqlite"_s), ModeChoice::Local}, true)));
        Database& db = window->workspace().database();
        addClient(db, u"Бондар"_s, u"Ірина"_s, u"050 111 22 33"_s);
        caller = addClient(db, u"Коваленко"_s, u"Олена"_s, u"067 555 12 34"_s, u"ТОВ «Світанок»"_s);
        namesake = addClient(db, u"Коваленко"_s, u"Олена"_s, u"093 777 88 99"_s);
        addClient(db, u"Ярошенко"_s, u"Петро"_s, u"063 000 11 22"_s);
        window->clientsPage()->reload();
        window->resize(1366, 768);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
    Database& db() { return window->workspace().database(); }
    ClientsPage* clients() { return window->clientsPage(); }
    // Another section, the keyboard somewhere in it.
    void elsewhere(int section)
    {
        window->showSection(section);
        auto* navigation = window->findChild<QListWidget*>();
        navigation->setFocus();
        REQUIRE_FALSE(clients()->isVisible());
    }
};

QList<Interaction> callsOf(Database& db, qint64 clientId)
{
    QList<Interaction> calls;
    for (const Interaction& i : requireValue(InteractionRepository(db).forClient(clientId))) {
        if (i.kind == InteractionKind::Call)
            calls.append(i);
    }
    return calls;
}

QString directionShown(InteractionDialog* dialog)
{
    // The direction box holds "out" and "in" as its data.
    for (QComboBox* box : dialog->findChildren<QComboBox*>()) {
        if (box->findData(u"in"_s) >= 0)
            return box->currentData().toString();
    }
    return {};
}

} // namespace

TEST_CASE("the daily loop: from another section to a saved incoming call in at most 4 actions",
          "[ui][daily]")
{
    Window w;
    w.elsewhere(3); // Reports
    HandsCounter hands;

    press(Qt::Key_F, Qt::ControlModifier);
    type(u"555 12"_s);
    REQUIRE(w.clients()->card()->clientId() == w.caller);
    QString direction;
    pressInto<InteractionDialog>(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier,
                                 [&](InteractionDialog* dialog) {
                                     direction = directionShown(dialog);
                                     type(u"Питає, чи привезуть плитку в суботу"_s);
                                     press(Qt::Key_Return, Qt::ControlModifier);
                                 });

    const QList<Interaction> calls = callsOf(w.db(), w.caller);
    REQUIRE(calls.size() == 1);
    CHECK(calls.first().direction == u"in"_s);
    CHECK(calls.first().text == u"Питає, чи привезуть плитку в суботу"_s);
    CHECK(direction == u"in"_s);
    CHECK(callsOf(w.db(), w.namesake).isEmpty());
    std::printf("daily loop (unique number fragment): %d actions besides typing: %s\n",
                hands.actions, qPrintable(hands.log.join(u", "_s)));
    CHECK(hands.actions <= 4);
    CHECK(hands.actions == 3);
}

TEST_CASE("the daily loop when two clients share the name: the second is one Down further",
          "[ui][daily]")
{
    Window w;
    w.elsewhere(2); // Deals
    HandsCounter hands;

    press(Qt::Key_F, Qt::ControlModifier);
    type(u"Коваленко"_s);
    REQUIRE(w.clients()->model()->rowCount() == 2);
    press(Qt::Key_Down); // into the list, on the first
    press(Qt::Key_Down); // the second
    const qint64 chosen = w.clients()->card()->clientId();
    REQUIRE(chosen != 0);
    pressInto<InteractionDialog>(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier,
                                 [&](InteractionDialog*) {
                                     type(u"Передзвонити завтра"_s);
                                     press(Qt::Key_Return, Qt::ControlModifier);
                                 });
    REQUIRE(callsOf(w.db(), chosen).size() == 1);
    CHECK(callsOf(w.db(), chosen).first().direction == u"in"_s);
    std::printf("daily loop (a name shared by two, the second chosen): %d actions: %s\n",
                hands.actions, qPrintable(hands.log.join(u", "_s)));
    CHECK(hands.actions == 5);
}

TEST_CASE("Ctrl+F goes to the client search from every section, its text selected", "[ui][daily]")
{
    Window w;
    w.clients()->searchBox()->setText(u"old search"_s);
    for (int section : {0, 2, 3, 4, 5}) { // all but Clients (1)
        w.elsewhere(section);
        press(Qt::Key_F, Qt::ControlModifier);
        CHECK(w.clients()->isVisible());
        CHECK(w.clients()->searchBox()->hasFocus());
        CHECK(w.clients()->searchBox()->selectedText() == u"old search"_s);
    }
    // And from the Clients section itself, focus in the list.
    w.clients()->list()->setFocus();
    press(Qt::Key_F, Qt::ControlModifier);
    CHECK(w.clients()->searchBox()->hasFocus());
    CHECK(w.window->findClientAction()->shortcut() == keys::findClient());
}

TEST_CASE("Down goes from the search into the list on the first row, Enter into the card",
          "[ui][daily]")
{
    Window w;
    ClientsPage* page = w.clients();
    press(Qt::Key_F, Qt::ControlModifier);
    type(u"Коваленко"_s);
    REQUIRE(page->model()->rowCount() == 2);
    press(Qt::Key_Down);
    CHECK(page->list()->hasFocus());
    CHECK(page->list()->currentIndex().row() == 0);
    CHECK(page->card()->clientId() == page->model()->clientIdAt(0));
    press(Qt::Key_Down);
    CHECK(page->list()->currentIndex().row() == 1);
    CHECK(page->card()->clientId() == page->model()->clientIdAt(1));
    press(Qt::Key_Return);
    CHECK(page->card()->addButton(InteractionKind::Call)->hasFocus());
    // Space (or Enter) on it logs the call.
    pressInto<InteractionDialog>(Qt::Key_Space, Qt::NoModifier, [](InteractionDialog* dialog) {
        CHECK(directionShown(dialog) == u"in"_s);
        dialog->done(QDialog::Rejected);
    });

    // With nothing found, Down stays in the search.
    press(Qt::Key_F, Qt::ControlModifier);
    type(u"немає такого"_s);
    REQUIRE(page->model()->rowCount() == 0);
    press(Qt::Key_Down);
    CHECK(page->searchBox()->hasFocus());
}

TEST_CASE("the card's Call, Note and Purchase have their own keys, shown in the tooltips",
          "[ui][daily]")
{
    Window w;
    ClientsPage* page = w.clients();
    press(Qt::Key_F, Qt::ControlModifier);
    const std::pair<InteractionKind, QKeySequence> expected[] = {
        {InteractionKind::Call, keys::logCall()},
        {InteractionKind::Note, keys::logNote()},
        {InteractionKind::Purchase, keys::logPurchase()}};
    for (const auto& [kind, sequence] : expected) {
        QPushButton* button = page->card()->addButton(kind);
        REQUIRE(button);
        CHECK(button->shortcut() == sequence);
        CHECK(button->toolTip().contains(sequence.toString(QKeySequence::NativeText)));
        InteractionKind opened = InteractionKind::Email;
        const QKeyCombination combination = sequence[0];
        pressInto<InteractionDialog>(int(combination.key()), combination.keyboardModifiers(),
                                     [&opened](InteractionDialog* dialog) {
                                         opened = dialog->entry().kind;
                                         dialog->done(QDialog::Rejected);
                                     });
        CHECK(opened == kind);
    }

    // No other action of the window answers to the same keys.
    QList<QKeySequence> taken;
    for (QAction* action : w.window->findChildren<QAction*>())
        taken += action->shortcuts();
    for (QShortcut* shortcut : w.window->findChildren<QShortcut*>())
        taken += shortcut->keys();
    for (QAbstractButton* button : w.window->findChildren<QAbstractButton*>())
        taken.append(button->shortcut());
    for (const QKeySequence& mine :
         {keys::findClient(), keys::logCall(), keys::logNote(), keys::logPurchase()})
        CHECK(taken.count(mine) == 1);
}

TEST_CASE("a call is incoming right after a search, outgoing when the card was opened otherwise",
          "[ui][daily]")
{
    Window w;
    ClientsPage* page = w.clients();
    const auto directionOfNextCall = [&] {
        QString direction;
        pressInto<InteractionDialog>(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier,
                                     [&direction](InteractionDialog* dialog) {
                                         direction = directionShown(dialog);
                                         dialog->done(QDialog::Rejected);
                                     });
        return direction;
    };
    // Opened from a report, the board or a link: the person is calling out.
    w.window->showSection(3);
    page->openClient(w.caller);
    w.window->showSection(1);
    page->list()->setFocus();
    CHECK(directionOfNextCall() == u"out"_s);

    press(Qt::Key_F, Qt::ControlModifier);
    type(u"777 88"_s);
    REQUIRE(page->card()->clientId() == w.namesake);
    CHECK(directionOfNextCall() == u"in"_s);

    // Once that call is logged, the next call from the card is the person's own.
    pressInto<InteractionDialog>(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier,
                                 [](InteractionDialog*) {
                                     type(u"Замовлення"_s);
                                     press(Qt::Key_Return, Qt::ControlModifier);
                                 });
    REQUIRE(callsOf(w.db(), w.namesake).size() == 1);
    CHECK(callsOf(w.db(), w.namesake).first().direction == u"in"_s);
    CHECK(directionOfNextCall() == u"out"_s);

    // Browsing the list with the search cleared: outgoing.
    page->searchBox()->setFocus();
    press(Qt::Key_Escape);
    REQUIRE(page->searchBox()->text().isEmpty());
    CHECK(directionOfNextCall() == u"out"_s);
}

TEST_CASE("Ctrl+Enter saves the client form, the timeline entry and the deal", "[ui][daily]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    ClientRepository clients(*db);
    const qint64 id = addClient(*db, u"Коваленко"_s, u"Олена"_s, u"067 555 12 34"_s);

    SECTION("the client form, from a multi-line field")
    {
        ClientForm form(*db, clients, Client{});
        form.show();
        QApplication::setActiveWindow(&form);
        type(u"Гнатюк"_s); // the last name has the focus
        QPlainTextEdit* phones = form.findChildren<QPlainTextEdit*>().value(0);
        phones->setFocus();
        type(u"050 123 45 67"_s);
        press(Qt::Key_Return, Qt::ControlModifier);
        CHECK(form.result() == QDialog::Accepted);
        CHECK_FALSE(form.isVisible());
        CHECK(requireValue(clients.load(form.saved().id)).lastName == u"Гнатюк"_s);
    }
    SECTION("the timeline entry, from its text")
    {
        Interaction entry;
        entry.clientId = id;
        entry.kind = InteractionKind::Note;
        InteractionDialog dialog(entry, u"UAH"_s);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        type(u"Перший рядок"_s);
        press(Qt::Key_Return); // a new line, not a save
        CHECK(dialog.isVisible());
        type(u"Другий"_s);
        press(Qt::Key_Return, Qt::ControlModifier);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.entry().text == u"Перший рядок\nДругий"_s);
    }
    SECTION("the deal")
    {
        DealRepository deals(*db);
        const Pipeline pipeline = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
        Deal deal;
        deal.clientId = id;
        deal.pipelineId = pipeline.id;
        DealDialog dialog(*db, deals, clients, deal, pipeline);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        type(u"Плитка у ванну"_s); // the title has the focus
        press(Qt::Key_Return, Qt::ControlModifier);
        CHECK(dialog.result() == QDialog::Accepted);
        REQUIRE(dialog.deal().id != 0);
        CHECK(requireValue(deals.load(dialog.deal().id)).title == u"Плитка у ванну"_s);
    }
    SECTION("a purchase whose amount is not one stays open")
    {
        Interaction entry;
        entry.clientId = id;
        entry.kind = InteractionKind::Purchase;
        InteractionDialog dialog(entry, u"UAH"_s);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        type(u"12abc"_s); // the amount has the focus
        press(Qt::Key_Return, Qt::ControlModifier);
        CHECK(dialog.isVisible());
        CHECK(dialog.result() != QDialog::Accepted);
    }
}

TEST_CASE("Cancel, Esc and the close button ask before typed data is thrown away", "[ui][daily]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    ClientRepository clients(*db);
    const qint64 id = addClient(*db, u"Коваленко"_s, u"Олена"_s, u"067 555 12 34"_s);
    DealRepository deals(*db);
    const Pipeline pipeline = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    Interaction entry;
    entry.clientId = id;
    entry.kind = InteractionKind::Call;
    Deal deal;
    deal.pipelineId = pipeline.id;

    std::unique_ptr<QDialog> dialog;
    SECTION("the client form")
    {
        dialog = std::make_unique<ClientForm>(*db, clients, Client{});
    }
    SECTION("the timeline entry")
    {
        dialog = std::make_unique<InteractionDialog>(entry, u"UAH"_s);
    }
    SECTION("a new deal")
    {
        dialog = std::make_unique<DealDialog>(*db, deals, clients, deal, pipeline);
    }
    // The other dialogs with fields ask the same way.
    SECTION("the reason a deal is lost")
    {
        dialog = std::make_unique<LossReasonDialog>(QList<ListItem>{}, u"Плитка"_s);
    }
    SECTION("a new database's place")
    {
        dialog =
            std::make_unique<DatabaseDialog>(DatabaseDialog::Purpose::Create, DatabaseLocation{});
    }
    SECTION("the owner's passphrase")
    {
        dialog = std::make_unique<OwnerPassphraseDialog>();
    }
    SECTION("a dialog built in place (a stage, a custom field, a list item's name)")
    {
        auto guarded = std::make_unique<GuardedDialog>();
        auto* layout = new QVBoxLayout(guarded.get());
        layout->addWidget(new QLineEdit(u"Нова"_s, guarded.get()));
        auto* buttons =
            new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, guarded.get());
        QObject::connect(buttons, &QDialogButtonBox::rejected, guarded.get(), &QDialog::reject);
        layout->addWidget(buttons);
        dialog = std::move(guarded);
    }

    int asked = 0;
    const auto answer = [&asked](QMessageBox::ButtonRole role) {
        onNext<QMessageBox>([&asked, role](QMessageBox* box) {
            ++asked;
            clickRole(box, role);
        });
    };
    dialog->show();
    QApplication::setActiveWindow(dialog.get());

    // Untouched: Esc closes at once.
    press(Qt::Key_Escape);
    CHECK_FALSE(dialog->isVisible());
    CHECK(asked == 0);

    dialog->show();
    QApplication::setActiveWindow(dialog.get());
    // Into the first text field where the focus is not in one already.
    if (!qobject_cast<QLineEdit*>(focused()) && !qobject_cast<QPlainTextEdit*>(focused())) {
        QWidget* field = dialog->findChild<QPlainTextEdit*>();
        if (!field)
            field = dialog->findChild<QLineEdit*>();
        REQUIRE(field);
        field->setFocus();
    }
    type(u"Щось важливе"_s);
    answer(QMessageBox::RejectRole); // back to the form
    press(Qt::Key_Escape);
    CHECK(asked == 1);
    CHECK(dialog->isVisible());

    answer(QMessageBox::RejectRole);
    dialog->close(); // the window's close button
    CHECK(asked == 2);
    CHECK(dialog->isVisible());

    QPushButton* cancel = nullptr;
    for (QDialogButtonBox* box : dialog->findChildren<QDialogButtonBox*>()) {
        if (QPushButton* b = box->button(QDialogButtonBox::Cancel))
            cancel = b;
    }
    REQUIRE(cancel);
    answer(QMessageBox::DestructiveRole);
    QTest::mouseClick(cancel, Qt::LeftButton);
    CHECK(asked == 3);
    CHECK_FALSE(dialog->isVisible());
    CHECK(dialog->result() == QDialog::Rejected);
    CHECK(requireValue(InteractionRepository(*db).forClient(id)).isEmpty());
    CHECK(requireValue(deals.list({})).isEmpty());
}

TEST_CASE("pickers show each client's company and phone so namesakes are told apart", "[ui][daily]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    ClientRepository clients(*db);
    const qint64 first =
        addClient(*db, u"Коваленко"_s, u"Олена"_s, u"067 555 12 34"_s, u"ТОВ «Світанок»"_s);
    const qint64 second = addClient(*db, u"Коваленко"_s, u"Олена"_s, u"093 777 88 99"_s);

    SECTION("the new deal's client")
    {
        DealRepository deals(*db);
        const Pipeline pipeline = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
        Deal deal;
        deal.pipelineId = pipeline.id;
        deal.title = u"Плитка"_s;
        DealDialog dialog(*db, deals, clients, deal, pipeline);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        type(u"Коваленко"_s);
        QTableView* picker = dialog.clientPicker();
        REQUIRE(picker);
        REQUIRE(picker->model()->rowCount() == 2);
        CHECK_FALSE(picker->isColumnHidden(ClientListModel::Company));
        CHECK_FALSE(picker->isColumnHidden(ClientListModel::Phone));
        QStringList shown;
        for (int row = 0; row < 2; ++row) {
            QStringList cells;
            for (int column = 0; column < picker->model()->columnCount(); ++column) {
                if (!picker->isColumnHidden(column))
                    cells.append(picker->model()->index(row, column).data().toString());
            }
            shown.append(cells.join(u" | "_s));
        }
        CHECK(shown[0] != shown[1]);
        CHECK(shown.join(u"\n"_s).contains(u"ТОВ «Світанок»"_s));
        // The one chosen is the one saved.
        picker->setCurrentIndex(picker->model()->index(1, 0));
        const qint64 chosen = static_cast<ClientListModel*>(picker->model())->clientIdAt(1);
        REQUIRE(dialog.save());
        CHECK(dialog.deal().clientId == chosen);
    }
    SECTION("the audit log's client")
    {
        AuditPanel panel(*db);
        panel.show();
        panel.clientSearch()->setText(u"Коваленко"_s);
        QTest::keyClick(panel.clientSearch(), Qt::Key_Return);
        QComboBox* choice = panel.clientChoice();
        const int a = choice->findData(first);
        const int b = choice->findData(second);
        REQUIRE(a > 0);
        REQUIRE(b > 0);
        CHECK(choice->itemText(a) != choice->itemText(b));
        CHECK(choice->itemText(a).contains(u"ТОВ «Світанок»"_s));
        CHECK(choice->itemText(b).contains(u"777"_s));
        choice->hidePopup();
    }
}

TEST_CASE("new clients and deals are the signed-in person's by default", "[ui][daily]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    Accounts accounts(*db);
    const Account owner =
        requireValue(accounts.createOwner(u"owner"_s, u"Олена Коваль"_s, u"owner-password-1"_s));
    db->setPrincipal(requireValue(accounts.principalOf(owner.id)));
    ClientRepository clients(*db);

    ClientForm form(*db, clients, Client{});
    form.show();
    QApplication::setActiveWindow(&form);
    type(u"Гнатюк"_s);
    REQUIRE(form.save());
    CHECK(requireValue(clients.load(form.saved().id)).managerId == owner.id);

    DealRepository deals(*db);
    const Pipeline pipeline = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    Deal deal;
    deal.clientId = form.saved().id;
    deal.pipelineId = pipeline.id;
    DealDialog dialog(*db, deals, clients, deal, pipeline);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    type(u"Плитка"_s);
    REQUIRE(dialog.save());
    // The owner could leave it to nobody; it is theirs unless they choose so.
    CHECK(requireValue(deals.load(dialog.deal().id)).managerId == owner.id);
}

TEST_CASE("Help lists the keyboard shortcuts, in the interface's language", "[ui][daily]")
{
    Window w;
    QStringList actions;
    QStringList keysShown;
    onNext<ShortcutsDialog>([&](ShortcutsDialog* dialog) {
        QTableWidget* table = dialog->table();
        for (int row = 0; row < table->rowCount(); ++row) {
            actions.append(table->item(row, 0)->text());
            keysShown.append(table->item(row, 1)->text());
        }
        dialog->accept();
    });
    press(Qt::Key_F1);
    for (const QKeySequence& k : {keys::findClient(), keys::logCall(), keys::logNote(),
                                  keys::logPurchase(), keys::saveDialog(), keys::newClient()})
        CHECK(keysShown.contains(k.toString(QKeySequence::NativeText)));
    CHECK(keysShown.contains(QKeySequence(Qt::Key_Down).toString(QKeySequence::NativeText)));
    REQUIRE(actions.size() >= 10);

    for (const QString& language : {u"uk"_s, u"ru"_s}) {
        QTranslator translator;
        REQUIRE(translator.load(u":/i18n/kartoteka_"_s + language + u".qm"_s));
        QCoreApplication::installTranslator(&translator);
        ShortcutsDialog translated;
        QCoreApplication::removeTranslator(&translator);
        CHECK(translated.windowTitle() != ShortcutsDialog().windowTitle());
        for (int row = 0; row < translated.table()->rowCount(); ++row)
            CHECK(translated.table()->item(row, 0)->text() != actions.value(row));
    }
}
