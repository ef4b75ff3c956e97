#include "Catch.h"
#include "TestSupport.h"

#include "admin/BackupListModel.h"
#include "admin/ListsEditor.h"
#include "admin/SessionListModel.h"
#include "clients/CustomFieldsEditor.h"
#include "deals/PipelineEditor.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::ui;
using kartoteka::test::shownText;

TEST_CASE("the backup list model passes the model tester and shows verification", "[ui][models]")
{
    BackupListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    BackupInfo a;
    a.file = u"/backups/shop-20261120-180000.sqlite"_s;
    a.bytes = 3 * 1024 * 1024;
    a.createdAt = QDateTime(QDate(2026, 11, 20), QTime(18, 0), Qt::UTC);
    a.kind = BackupKind::Automatic;
    a.schemaVersion = 1;
    a.hasManifest = true;
    BackupInfo b = a;
    b.file = u"/backups/shop-20261121-090000-safety.sqlite"_s;
    b.kind = BackupKind::Safety;
    model.setBackups({b, a});

    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(0, BackupListModel::Kind)).toString() ==
          backupKindDisplayName(BackupKind::Safety));
    // Sizes in the language's units, the number written the locale's way.
    CHECK(
        model.data(model.index(1, BackupListModel::Size)).toString() ==
        shownText("kartoteka::ui::BackupListModel", "%1 MB").arg(QLocale().toString(3.0, 'f', 1)));
    CHECK(model.data(model.index(1, BackupListModel::File)).toString() ==
          u"shop-20261120-180000.sqlite"_s);
    CHECK(model.data(model.index(1, BackupListModel::Verified)).toString() ==
          shownText("kartoteka::ui::BackupListModel", "checking…"));

    model.setCheck(a.file, BackupListModel::Check::Failed, u"checksum differs"_s);
    CHECK(model.checkOf(1) == BackupListModel::Check::Failed);
    CHECK(model.data(model.index(1, BackupListModel::Verified))
              .toString()
              .contains(u"checksum differs"_s));
    model.setCheck(b.file, BackupListModel::Check::Passed);
    CHECK(model.data(model.index(0, BackupListModel::Verified)).toString() ==
          shownText("kartoteka::ui::BackupListModel", "OK, checksum matches"));

    // A refreshed list keeps what was already verified.
    model.setBackups({b});
    CHECK(model.checkOf(0) == BackupListModel::Check::Passed);
    model.setBackups({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the session list model passes the model tester and marks this session", "[ui][models]")
{
    SessionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    SessionInfo me{1,
                   u"KASSA-1"_s,
                   u"Олена"_s,
                   100,
                   u"0.1.0"_s,
                   QDateTime::currentDateTimeUtc(),
                   QDateTime::currentDateTimeUtc(),
                   {}};
    SessionInfo other{2,
                      u"OFFICE"_s,
                      u"Іван"_s,
                      200,
                      u"0.1.0"_s,
                      QDateTime::currentDateTimeUtc(),
                      QDateTime::currentDateTimeUtc(),
                      u"restoring a backup"_s};
    model.setSessions({me, other}, 1);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(0, SessionListModel::User)).toString() ==
          shownText("kartoteka::ui::SessionListModel", "%1 (you)").arg(u"Олена"_s));
    CHECK(model.data(model.index(1, SessionListModel::State)).toString() ==
          u"restoring a backup"_s);
    CHECK(model.data(model.index(0, SessionListModel::State)).toString() ==
          shownText("kartoteka::ui::SessionListModel", "working"));
}

TEST_CASE("the custom field list model passes the model tester", "[ui][models]")
{
    CustomFieldListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFields({CustomField{1, 1, u"Стиль"_s, FieldType::Choice, {u"Лофт"_s, u"Класика"_s}},
                     CustomField{2, 1, u"Card"_s, FieldType::Text, {}}});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(0)).toString() ==
          u"Стиль — "_s + fieldTypeDisplayName(FieldType::Choice) + u": Лофт, Класика"_s);
    CHECK(model.data(model.index(1)).toString() ==
          u"Card — "_s + fieldTypeDisplayName(FieldType::Text));
    model.setFields({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the list and stage models pass the model tester", "[ui][models]")
{
    ListItemsModel lists;
    QAbstractItemModelTester listTester(&lists,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    lists.setItems({{1, u"Самовивіз"_s, 1}, {2, u"Кур'єр"_s, 1}});
    CHECK(lists.data(lists.index(1)).toString() == u"Кур'єр"_s);

    StagesModel stages;
    QAbstractItemModelTester stageTester(&stages,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    stages.setStages({Stage{1, 1, 1, u"Заявка"_s, StageKind::Open, 1, 10, 3},
                      Stage{2, 1, 1, u"Виграно"_s, StageKind::Won, 100, 100, 0}});
    CHECK(stages.data(stages.index(0, StagesModel::Rotting)).toString() ==
          shownText("kartoteka::ui::StagesModel", "%n day(s)", 3));
    CHECK(stages.data(stages.index(1, StagesModel::Kind)).toString() ==
          shownText("kartoteka::ui::StagesModel", "final: won"));
    stages.setStages({});
}
