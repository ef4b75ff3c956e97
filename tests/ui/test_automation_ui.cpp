// Administration → Automation: the rule dialog writes what its fields say
// (a stage, a least amount typed as people write money, a task), refuses a
// rule that does nothing and keeps it open with the reason; the panel lists
// the rules and switches one off with its tick.
#include "Catch.h"
#include "TestSupport.h"

#include "automation/AutomationPanel.h"
#include "automation/RuleDialog.h"
#include "automation/RuleRepository.h"
#include "deals/PipelineRepository.h"
#include "money/MoneyEdit.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
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

} // namespace

TEST_CASE("the rule dialog saves what its fields say and keeps a rule that does nothing open",
          "[ui][automation]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    const Pipeline pipeline = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    const Stage invoice = pipeline.stages.at(1);

    RuleDialog dialog(*db, Rule{});
    dialog.resize(1000, 600);
    dialog.findChild<QLineEdit*>(u"name"_s)->setText(u"Після рахунку: дзвінок за 2 дні"_s);
    auto* trigger = dialog.findChild<QComboBox*>(u"trigger"_s);
    trigger->setCurrentIndex(trigger->findData(int(RuleTrigger::DealEntersStage)));
    auto* stage = dialog.findChild<QComboBox*>(u"stage"_s);
    stage->setCurrentIndex(stage->findData(invoice.id));
    dialog.findChild<MoneyEdit*>()->lineEdit()->setText(u"1 500,50"_s);
    const QList<QGroupBox*> groups{dialog.findChild<QGroupBox*>(u"task"_s),
                                   dialog.findChild<QGroupBox*>(u"set"_s),
                                   dialog.findChild<QGroupBox*>(u"note"_s)};

    // Nothing to do: refused, the dialog stays with the reason.
    for (QGroupBox* g : groups)
        g->setChecked(false);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    auto* error = dialog.findChild<QLabel*>(u"error"_s);
    REQUIRE(error);
    CHECK(error->isVisibleTo(&dialog));
    CHECK(requireValue(RuleRepository(*db).list()).isEmpty());

    groups[0]->setChecked(true);
    dialog.findChild<QLineEdit*>(u"taskTitle"_s)->setText(u"Дзвінок {client}: {deal}"_s);
    dialog.findChild<QSpinBox*>(u"dueDays"_s)->setValue(2);
    shoot(dialog, u"rule-dialog"_s);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);

    const QList<Rule> rules = requireValue(RuleRepository(*db).list());
    REQUIRE(rules.size() == 1);
    const Rule& rule = rules[0];
    CHECK(rule.name == u"Після рахунку: дзвінок за 2 дні"_s);
    CHECK(rule.trigger == RuleTrigger::DealEntersStage);
    CHECK(rule.stageId == invoice.id);
    CHECK(rule.minAmountMinor == std::optional<qint64>(150050));
    REQUIRE(rule.actions.size() == 1);
    CHECK(rule.actions[0].kind == ActionKind::Task);
    CHECK(rule.actions[0].title == u"Дзвінок {client}: {deal}"_s);
    CHECK(rule.actions[0].dueDays == 2);

    // The panel lists it; its tick switches it off.
    AutomationPanel panel(*db);
    panel.resize(1200, 500);
    QTreeWidget* list = panel.view();
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->checkState(0) == Qt::Checked);
    CHECK(list->topLevelItem(0)->text(1).contains(invoice.name));
    shoot(panel, u"automation-panel"_s);
    list->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
    QApplication::processEvents();
    CHECK_FALSE(requireValue(RuleRepository(*db).load(rule.id)).enabled);
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->checkState(0) == Qt::Unchecked);
}

TEST_CASE("the rule dialog sends a letter with the invoice made from the deal, and an SMS",
          "[ui][automation][mail]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    const Pipeline pipeline = requireValue(PipelineRepository(*db).pipelineNamed(QString()));
    RuleDialog dialog(*db, Rule{});
    dialog.resize(1000, 700);
    dialog.show();
    dialog.findChild<QLineEdit*>(u"name"_s)->setText(u"Рахунок поштою"_s);
    auto* trigger = dialog.findChild<QComboBox*>(u"trigger"_s);
    trigger->setCurrentIndex(trigger->findData(int(RuleTrigger::DealEntersStage)));
    auto* stage = dialog.findChild<QComboBox*>(u"stage"_s);
    stage->setCurrentIndex(stage->findData(pipeline.stages.at(1).id));
    for (const QString& off : {u"task"_s, u"set"_s, u"note"_s})
        dialog.findChild<QGroupBox*>(off)->setChecked(false);
    dialog.findChild<QGroupBox*>(u"email"_s)->setChecked(true);
    auto* attach = dialog.findChild<QComboBox*>(u"attach"_s);
    REQUIRE(attach->isVisible()); // a deal's event: a document can be made from the deal
    const int invoice = attach->findText(u"Invoice"_s, Qt::MatchStartsWith);
    REQUIRE(invoice > 0);
    attach->setCurrentIndex(invoice);
    dialog.findChild<QGroupBox*>(u"sms"_s)->setChecked(true);
    for (QPlainTextEdit* edit : dialog.findChildren<QPlainTextEdit*>()) {
        if (edit->parentWidget() == dialog.findChild<QGroupBox*>(u"sms"_s))
            edit->setPlainText(u"Рахунок за «{deal}» у вашій пошті"_s);
    }
    // The letter's template has a place for one's own words: refused without them.
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(requireValue(RuleRepository(*db).list()).isEmpty());
    for (QPlainTextEdit* edit : dialog.findChildren<QPlainTextEdit*>()) {
        if (edit->parentWidget() == dialog.findChild<QGroupBox*>(u"email"_s))
            edit->setPlainText(u"Надсилаємо рахунок за «{deal}»."_s);
    }
    shoot(dialog, u"rule-dialog-mail"_s);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);

    const QList<Rule> rules = requireValue(RuleRepository(*db).list());
    REQUIRE(rules.size() == 1);
    REQUIRE(rules[0].actions.size() == 2);
    CHECK(rules[0].actions[0].kind == ActionKind::Email);
    CHECK_FALSE(rules[0].actions[0].templateName.isEmpty());
    CHECK_FALSE(rules[0].actions[0].attachTemplate.isEmpty());
    CHECK(rules[0].actions[1].kind == ActionKind::Sms);
    CHECK(rules[0].actions[1].text == u"Рахунок за «{deal}» у вашій пошті"_s);

    // Opened again it shows them, and saving it keeps them once.
    RuleDialog again(*db, rules[0]);
    CHECK(again.findChild<QGroupBox*>(u"email"_s)->isChecked());
    CHECK(again.findChild<QGroupBox*>(u"sms"_s)->isChecked());
    again.accept();
    CHECK(requireValue(RuleRepository(*db).list())[0].actions.size() == 2);
}
