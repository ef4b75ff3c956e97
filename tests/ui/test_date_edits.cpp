#include "admin/AuditPanel.h"
#include "Catch.h"
#include "clients/ClientForm.h"
#include "clients/ClientRepository.h"
#include "clients/InteractionDialog.h"
#include "deals/DealDialog.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "language/Formats.h"
#include "reports/ReportsPage.h"
#include "TestSupport.h"
#include <QCalendarWidget>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLocale>

using namespace kartoteka;
using namespace kartoteka::ui;
using namespace kartoteka::test;
using namespace Qt::StringLiterals;

namespace {

// A system whose own habits are the opposite of ours: a two-digit year, weeks from Sunday.
struct AmericanSystem
{
    QLocale saved;
    AmericanSystem() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    ~AmericanSystem() { QLocale::setDefault(saved); }
};

// Every date field of `screen` shows a four-digit year and a calendar from Monday.
int checkDateFields(const QWidget& screen)
{
    const QList<QDateTimeEdit*> edits = screen.findChildren<QDateTimeEdit*>();
    for (QDateTimeEdit* edit : edits) {
        INFO(screen.metaObject()->className() << " " << edit->displayFormat().toStdString());
        const bool dateOnly = qobject_cast<QDateEdit*>(edit) != nullptr;
        CHECK(edit->displayFormat() == (dateOnly ? dateFormat() : dateTimeFormat()));
        // A filter's "any" (its special value) shows no date at all.
        if (edit->specialValueText().isEmpty() || edit->date() != edit->minimumDate())
            CHECK(edit->text().contains(QString::number(edit->date().year())));
        REQUIRE(edit->calendarPopup());
        CHECK(edit->calendarWidget()->firstDayOfWeek() == firstDayOfWeek());
    }
    return int(edits.size());
}

} // namespace

TEST_CASE("every date and time field shows a four-digit year and weeks from Monday",
          "[ui][formats]")
{
    AmericanSystem american;
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    ClientRepository clients(*db);
    Client client;
    client.lastName = u"Коваленко"_s;
    requireOk(clients.create(client));
    const qint64 clientId = client.id;

    ClientForm form(*db, clients, Client{});
    CHECK(checkDateFields(form) == 1);

    Interaction call;
    call.clientId = clientId;
    call.kind = InteractionKind::Call;
    call.occurredAt = QDateTime(QDate(2026, 11, 30), QTime(13, 40));
    InteractionDialog callDialog(call, u"UAH"_s);
    CHECK(checkDateFields(callDialog) == 1);
    CHECK(callDialog.findChild<QDateTimeEdit*>()->text().contains(u"2026"_s));

    DealRepository deals(*db);
    const Pipeline pipeline = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    Deal deal;
    deal.clientId = clientId;
    deal.pipelineId = pipeline.id;
    DealDialog dealDialog(*db, deals, clients, deal, pipeline);
    CHECK(checkDateFields(dealDialog) == 1);

    AuditPanel audit(*db);
    CHECK(checkDateFields(audit) == 2);

    ReportsPage reports(*db);
    CHECK(checkDateFields(reports) == 2);
    waitUntil([&] { return !reports.isLoading(); });
}
