#include "Catch.h"
#include "TestSupport.h"

#include "clients/ClientRepository.h"
#include "clients/ClientsPage.h"
#include "clients/DuplicatesDialog.h"
#include "clients/InteractionRepository.h"
#include "clients/MergeHistoryDialog.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;
using namespace kartoteka::ui;

namespace {

qint64 count(Database& db, const QString& statement, const QVariantList& args = {})
{
    return requireValue(sql::scalar(db.connection(), statement, args)).toLongLong();
}

void shoot(QWidget& widget, const QString& name)
{
    const QString shots = qEnvironmentVariable("KARTOTEKA_SCREENSHOTS");
    if (shots.isEmpty())
        return;
    QApplication::processEvents();
    widget.grab().save(QDir(shots).filePath(name + u".png"_s));
}

// The comparison's row titled `title`, or -1.
int rowTitled(QTableWidget* table, const QString& title)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->verticalHeaderItem(row) && table->verticalHeaderItem(row)->text() == title)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("find duplicates shows a group side by side, merges it as chosen, and the merge "
          "history undoes it",
          "[ui][merge]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    ClientRepository repo(*db);
    Client first;
    first.lastName = u"Петренко"_s;
    first.firstName = u"Олена"_s;
    first.phones.append({{}, u"050 123 45 67"_s, {}});
    first.jobTitle = u"Дизайнерка"_s;
    requireOk(repo.create(first));
    Client second;
    second.lastName = u"Петренко"_s;
    second.firstName = u"Олена Іванівна Довге-Ім'я-Для-Перевірки-Ширини"_s;
    second.phones.append({{}, u"+380501234567"_s, {}});
    second.emails.append({{}, u"olena.petrenko@example.com"_s});
    second.jobTitle = u"Головна дизайнерка інтер'єрів"_s;
    requireOk(repo.create(second));
    Interaction call;
    call.clientId = second.id;
    call.kind = InteractionKind::Call;
    call.occurredAt = QDateTime::currentDateTimeUtc().addDays(-2);
    call.text = u"Питала про плитку"_s;
    requireOk(InteractionRepository(*db).add(call));
    Client third;
    third.lastName = u"Кравець"_s;
    third.phones.append({{}, u"044 123 45 67"_s, {}});
    requireOk(repo.create(third));
    Client fourth = third;
    fourth.id = 0;
    fourth.lastName = u"Кравець"_s;
    fourth.firstName = u"Петро"_s;
    requireOk(repo.create(fourth));

    Client stranger;
    stranger.lastName = u"Костянтинопольська-Старокостянтинівська"_s;
    stranger.phones.append({{}, u"044 123 45 67"_s, {}}); // the same office phone
    requireOk(repo.create(stranger));

    DuplicatesDialog dialog(*db);
    dialog.resize(1366, 700);
    dialog.show();
    REQUIRE(
        waitUntil([&] { return !dialog.isSearching() && dialog.groups()->count() > 0; }, 10000));
    REQUIRE(dialog.groups()->count() == 2);
    dialog.groups()->setCurrentRow(0);
    // The card with the timeline stays unless the person picks another.
    REQUIRE(dialog.keptChoice()->currentData().toLongLong() == second.id);
    QTableWidget* table = dialog.comparison();
    REQUIRE(table->columnCount() == 3); // two cards and the merged one
    const int job = rowTitled(table, u"Job title"_s);
    CHECK(rowTitled(table, u"In the merge"_s) == 0);
    REQUIRE(job >= 0);
    CHECK(table->item(job, 2)->text() == second.jobTitle);
    dialog.take(u"job_title"_s, first.id);
    CHECK(table->item(rowTitled(table, u"Job title"_s), 2)->text() == first.jobTitle);
    shoot(dialog, u"duplicates"_s);

    REQUIRE(dialog.mergeShown(false));
    CHECK(count(*db, u"SELECT count(*) FROM clients WHERE id = ?"_s, {first.id}) == 0);
    const Client merged = requireValue(repo.load(second.id));
    CHECK(merged.jobTitle == first.jobTitle);
    CHECK(merged.phones.size() == 1);
    // The other group is still there: the stranger taken out of it, then the rest set aside.
    REQUIRE(dialog.groups()->count() == 1);
    dialog.groups()->setCurrentRow(0);
    REQUIRE(table->columnCount() == 4);
    dialog.leaveOut(stranger.id);
    shoot(dialog, u"duplicates-left-out"_s);
    REQUIRE(dialog.markShownNotDuplicates(false));
    REQUIRE(waitUntil([&] { return !dialog.isSearching(); }, 10000));
    REQUIRE(dialog.groups()->count() == 1);
    CHECK(table->columnCount() == 3); // the two Кравець cards and the merged one
    REQUIRE(dialog.markShownNotDuplicates(false));
    CHECK(dialog.groups()->count() == 0);

    MergeHistoryDialog history(*db);
    history.resize(1000, 400);
    history.show();
    REQUIRE(history.table()->rowCount() == 1);
    history.table()->selectRow(0);
    shoot(history, u"merge-history"_s);
    REQUIRE(history.undoSelected(false));
    CHECK(requireValue(repo.load(first.id)).jobTitle == first.jobTitle);
    CHECK(requireValue(repo.load(second.id)).jobTitle == second.jobTitle);
    CHECK(count(*db, u"SELECT count(*) FROM interactions WHERE client_id = ?"_s, {second.id}) == 1);
}
