#include "automation/RuleDialog.h"

#include "automation/RuleRepository.h"
#include "clients/Lists.h"
#include "deals/PipelineRepository.h"
#include "documents/DocumentTemplate.h"
#include "language/Language.h"
#include "money/MoneyEdit.h"
#include "storage/Database.h"
#include "workspace/NewDatabase.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

void fillList(QComboBox* box, Database& db, const QString& list, const QString& none)
{
    box->addItem(none, 0);
    if (Result<QList<ListItem>> items = Lists(db).items(list)) {
        for (const ListItem& item : *items)
            box->addItem(item.name, item.id);
    }
}

void fillPeople(QComboBox* box, Database& db, const QString& none)
{
    box->addItem(none, 0);
    if (Result<QList<ListItem>> people = Lists(db).users()) {
        for (const ListItem& p : *people)
            box->addItem(p.name, p.id);
    }
}

void choose(QComboBox* box, qint64 id)
{
    box->setCurrentIndex(std::max(0, box->findData(id)));
}

// The first action of `kind` in `actions`, or none.
const RuleAction* firstOf(const QList<RuleAction>& actions, ActionKind kind)
{
    for (const RuleAction& a : actions) {
        if (a.kind == kind)
            return &a;
    }
    return nullptr;
}

} // namespace

RuleDialog::RuleDialog(Database& db, const Rule& rule, QWidget* parent)
    : GuardedDialog(parent), m_db(db), m_rule(rule), m_name(new QLineEdit(this)),
      m_trigger(new QComboBox(this)), m_stage(new QComboBox(this)), m_days(new QSpinBox(this)),
      m_daysLabel(new QLabel(tr("Days before:"), this)),
      m_stageLabel(new QLabel(tr("Stage:"), this)), m_pipeline(new QComboBox(this)),
      m_pipelineLabel(new QLabel(tr("Pipeline:"), this)), m_source(new QComboBox(this)),
      m_minAmount(new MoneyEdit(this)), m_minAmountLabel(new QLabel(tr("Amount at least:"), this)),
      m_contactType(new QComboBox(this)), m_manager(new QComboBox(this)),
      m_task(new QGroupBox(tr("Create a task"), this)), m_taskTitle(new QLineEdit(this)),
      m_taskKind(new QComboBox(this)), m_responsible(new QComboBox(this)),
      m_dueDays(new QSpinBox(this)), m_dueHours(new QSpinBox(this)),
      m_set(new QGroupBox(tr("Change a field"), this)), m_field(new QComboBox(this)),
      m_value(new QComboBox(this)), m_note(new QGroupBox(tr("Add a note to the history"), this)),
      m_noteText(new QPlainTextEdit(this)),
      m_email(new QGroupBox(tr("Send a letter to the client"), this)),
      m_emailTemplate(new QComboBox(this)), m_attachLabel(new QLabel(tr("Attach:"), this)),
      m_attach(new QComboBox(this)), m_emailText(new QPlainTextEdit(this)),
      m_sms(new QGroupBox(tr("Send an SMS to the client"), this)),
      m_smsText(new QPlainTextEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(rule.id == 0 ? tr("New automation rule") : tr("Automation rule"));
    // Names for tests and accessibility tools.
    m_name->setObjectName(u"name"_s);
    m_trigger->setObjectName(u"trigger"_s);
    m_stage->setObjectName(u"stage"_s);
    m_task->setObjectName(u"task"_s);
    m_taskTitle->setObjectName(u"taskTitle"_s);
    m_dueDays->setObjectName(u"dueDays"_s);
    m_set->setObjectName(u"set"_s);
    m_note->setObjectName(u"note"_s);
    m_email->setObjectName(u"email"_s);
    m_emailTemplate->setObjectName(u"emailTemplate"_s);
    m_attach->setObjectName(u"attach"_s);
    m_sms->setObjectName(u"sms"_s);
    m_error->setObjectName(u"error"_s);
    fillChoices();

    m_name->setPlaceholderText(tr("After the invoice: call in 2 days"));
    m_days->setRange(0, 60);
    m_days->setSuffix(tr(" days"));
    m_dueDays->setRange(0, 365);
    m_dueDays->setSuffix(tr(" days"));
    m_dueHours->setRange(0, 23);
    m_dueHours->setSuffix(tr(" h"));
    const QString placeholders = tr("You may write %1: each becomes the event's client, deal, "
                                    "stage, amount, manager, birthday or days.")
                                     .arg(placeholderList());
    m_taskTitle->setPlaceholderText(tr("Call {client} about {deal}"));
    m_taskTitle->setToolTip(placeholders);
    m_noteText->setTabChangesFocus(true);
    m_noteText->setMaximumHeight(70);
    m_noteText->setToolTip(placeholders);
    for (QPlainTextEdit* edit : {m_emailText, m_smsText}) {
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(60);
        edit->setToolTip(placeholders);
    }
    m_emailText->setPlaceholderText(tr("The letter's own words, in its template's place"));
    for (QGroupBox* box : {m_task, m_set, m_note, m_email, m_sms})
        box->setCheckable(true);

    auto* whenBox = new QGroupBox(tr("When"), this);
    auto* when = new QFormLayout(whenBox);
    when->addRow(tr("Name:"), m_name);
    when->addRow(tr("Event:"), m_trigger);
    when->addRow(m_stageLabel, m_stage);
    when->addRow(m_daysLabel, m_days);

    auto* onlyBox = new QGroupBox(tr("Only for"), this);
    auto* only = new QFormLayout(onlyBox);
    only->addRow(m_pipelineLabel, m_pipeline);
    only->addRow(tr("Source:"), m_source);
    only->addRow(m_minAmountLabel, m_minAmount);
    only->addRow(tr("Contact type:"), m_contactType);
    only->addRow(tr("Manager:"), m_manager);

    auto* task = new QFormLayout(m_task);
    task->addRow(tr("What:"), m_taskTitle);
    task->addRow(tr("Kind:"), m_taskKind);
    task->addRow(tr("Who:"), m_responsible);
    auto* due = new QHBoxLayout;
    due->addWidget(m_dueDays);
    due->addWidget(m_dueHours);
    due->addWidget(new QLabel(tr("after the event"), this), 1);
    task->addRow(tr("Due in:"), due);
    auto* set = new QFormLayout(m_set);
    set->addRow(tr("Field:"), m_field);
    set->addRow(tr("Set to:"), m_value);
    auto* note = new QVBoxLayout(m_note);
    note->addWidget(m_noteText);
    auto* email = new QFormLayout(m_email);
    email->addRow(tr("Template:"), m_emailTemplate);
    email->addRow(m_attachLabel, m_attach);
    email->addRow(tr("Text:"), m_emailText);
    auto* sms = new QVBoxLayout(m_sms);
    sms->addWidget(m_smsText);
    auto* hint = new QLabel(placeholders, this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_error->hide();

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(whenBox);
    left->addWidget(onlyBox);
    left->addWidget(m_email);
    left->addWidget(m_sms);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_task);
    right->addWidget(m_set);
    right->addWidget(m_note);
    right->addWidget(hint);
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    saveOnCtrlEnter(this, buttons);
    layout->addWidget(buttons);

    showRule(rule);
    connect(m_trigger, &QComboBox::currentIndexChanged, this, &RuleDialog::updateFields);
    connect(m_field, &QComboBox::currentIndexChanged, this, &RuleDialog::fillFieldValues);
    updateFields();
    resize(900, sizeHint().height());
    m_name->setFocus();
}

void RuleDialog::fillChoices()
{
    for (RuleTrigger t : allRuleTriggers())
        m_trigger->addItem(ruleTriggerTitle(t), int(t));
    m_pipeline->addItem(tr("Any"), 0);
    if (Result<QList<Pipeline>> pipelines = PipelineRepository(m_db).pipelines()) {
        for (const Pipeline& p : *pipelines) {
            m_pipeline->addItem(p.name, p.id);
            for (const Stage& s : p.stages)
                m_stage->addItem(pipelines->size() > 1 ? p.name + u" — "_s + s.name : s.name, s.id);
        }
    }
    fillList(m_source, m_db, kSources, tr("Any"));
    fillList(m_contactType, m_db, kContactTypes, tr("Any"));
    fillPeople(m_manager, m_db, tr("Any"));
    fillList(m_taskKind, m_db, kTaskKinds, tr("(none)"));
    fillPeople(m_responsible, m_db, tr("The deal's or client's manager"));
    for (RuleField f : allRuleFields())
        m_field->addItem(ruleFieldTitle(f), int(f));
    // Letters by the shop's language first; documents a deal can make to attach.
    m_attach->addItem(tr("(nothing)"), QString());
    if (Result<QList<DocumentTemplate>> templates = TemplateRepository(m_db).list()) {
        const QString shopLanguage =
            languageCode(databaseLanguage(m_db).value_or(Language::English));
        for (const DocumentTemplate& t : languageFirst(*templates, shopLanguage)) {
            const QString shown = u"%1 — %2"_s.arg(t.name, documentLanguageName(t.language));
            if (isLetterKind(t.kind))
                m_emailTemplate->addItem(shown, t.name);
            else if (needsDeal(t.kind))
                m_attach->addItem(shown, t.name);
        }
    }
}

void RuleDialog::showRule(const Rule& rule)
{
    m_name->setText(rule.name);
    m_trigger->setCurrentIndex(std::max(0, m_trigger->findData(int(rule.trigger))));
    choose(m_stage, rule.stageId);
    m_days->setValue(rule.days);
    choose(m_pipeline, rule.pipelineId);
    choose(m_source, rule.sourceId);
    if (rule.minAmountMinor)
        m_minAmount->setMinor(*rule.minAmountMinor);
    choose(m_contactType, rule.contactTypeId);
    choose(m_manager, rule.managerId);

    const RuleAction* task = firstOf(rule.actions, ActionKind::Task);
    m_task->setChecked(task != nullptr || rule.actions.isEmpty());
    if (task) {
        m_taskTitle->setText(task->title);
        choose(m_taskKind, task->taskKindId);
        choose(m_responsible, task->responsibleId);
        m_dueDays->setValue(task->dueDays);
        m_dueHours->setValue(task->dueHours);
    } else {
        m_dueDays->setValue(1);
    }
    const RuleAction* set = firstOf(rule.actions, ActionKind::SetField);
    m_set->setChecked(set != nullptr);
    if (set)
        m_field->setCurrentIndex(std::max(0, m_field->findData(int(set->field))));
    fillFieldValues();
    if (set)
        choose(m_value, set->valueId);
    const RuleAction* note = firstOf(rule.actions, ActionKind::Note);
    m_note->setChecked(note != nullptr);
    if (note)
        m_noteText->setPlainText(note->text);
    const RuleAction* email = firstOf(rule.actions, ActionKind::Email);
    m_email->setChecked(email != nullptr);
    if (email) {
        m_emailTemplate->setCurrentIndex(
            std::max(0, m_emailTemplate->findData(email->templateName)));
        m_attach->setCurrentIndex(std::max(0, m_attach->findData(email->attachTemplate)));
        m_emailText->setPlainText(email->text);
    }
    const RuleAction* sms = firstOf(rule.actions, ActionKind::Sms);
    m_sms->setChecked(sms != nullptr);
    if (sms)
        m_smsText->setPlainText(sms->text);
}

void RuleDialog::updateFields()
{
    const auto trigger = RuleTrigger(m_trigger->currentData().toInt());
    const bool onDeal = isDealTrigger(trigger);
    m_stage->setVisible(trigger == RuleTrigger::DealEntersStage);
    m_stageLabel->setVisible(trigger == RuleTrigger::DealEntersStage);
    m_days->setVisible(trigger == RuleTrigger::Birthday);
    m_daysLabel->setVisible(trigger == RuleTrigger::Birthday);
    // A stage names its pipeline; a client's event has no deal to measure.
    const bool pipelineApplies = onDeal && trigger != RuleTrigger::DealEntersStage;
    m_pipeline->setVisible(pipelineApplies);
    m_pipelineLabel->setVisible(pipelineApplies);
    m_minAmount->setVisible(onDeal);
    m_minAmountLabel->setVisible(onDeal);
    // Only a deal makes a document to attach.
    m_attach->setVisible(onDeal);
    m_attachLabel->setVisible(onDeal);
}

void RuleDialog::fillFieldValues()
{
    const auto field = RuleField(m_field->currentData().toInt());
    m_value->clear();
    const QString list = ruleFieldList(field);
    if (list.isEmpty())
        fillPeople(m_value, m_db, tr("(choose)"));
    else
        fillList(m_value, m_db, list, tr("(choose)"));
}

Result<Rule> RuleDialog::fromFields() const
{
    Rule r = m_rule;
    r.name = m_name->text().trimmed();
    r.trigger = RuleTrigger(m_trigger->currentData().toInt());
    r.stageId = m_stage->isVisibleTo(this) ? m_stage->currentData().toLongLong() : 0;
    r.days = m_days->value();
    r.pipelineId = m_pipeline->isVisibleTo(this) ? m_pipeline->currentData().toLongLong() : 0;
    r.sourceId = m_source->currentData().toLongLong();
    r.contactTypeId = m_contactType->currentData().toLongLong();
    r.managerId = m_manager->currentData().toLongLong();
    r.minAmountMinor.reset();
    if (isDealTrigger(r.trigger) && !m_minAmount->lineEdit()->text().trimmed().isEmpty()) {
        Result<qint64> least = m_minAmount->minor();
        if (!least)
            return least.error();
        r.minAmountMinor = *least;
    }
    // The form shows the first action of each kind; any further ones (from
    // the command line) stay as they are.
    QList<RuleAction> actions;
    QSet<int> shown;
    for (const RuleAction& a : m_rule.actions) {
        if (shown.contains(int(a.kind))) {
            actions.append(a);
            continue;
        }
        shown.insert(int(a.kind));
    }
    if (m_note->isChecked()) {
        RuleAction note;
        note.kind = ActionKind::Note;
        note.text = m_noteText->toPlainText().trimmed();
        actions.prepend(note);
    }
    if (m_set->isChecked()) {
        RuleAction set;
        set.kind = ActionKind::SetField;
        set.field = RuleField(m_field->currentData().toInt());
        set.valueId = m_value->currentData().toLongLong();
        actions.prepend(set);
    }
    if (m_task->isChecked()) {
        RuleAction task;
        task.kind = ActionKind::Task;
        task.title = m_taskTitle->text().trimmed();
        task.taskKindId = m_taskKind->currentData().toLongLong();
        task.responsibleId = m_responsible->currentData().toLongLong();
        task.dueDays = m_dueDays->value();
        task.dueHours = m_dueHours->value();
        actions.prepend(task);
    }
    if (m_email->isChecked()) {
        RuleAction email;
        email.kind = ActionKind::Email;
        email.templateName = m_emailTemplate->currentData().toString();
        email.attachTemplate =
            isDealTrigger(r.trigger) ? m_attach->currentData().toString() : QString();
        email.text = m_emailText->toPlainText().trimmed();
        actions.append(email);
    }
    if (m_sms->isChecked()) {
        RuleAction sms;
        sms.kind = ActionKind::Sms;
        sms.text = m_smsText->toPlainText().trimmed();
        actions.append(sms);
    }
    r.actions = actions;
    return r;
}

void RuleDialog::accept()
{
    Result<Rule> rule = fromFields();
    Status saved = rule ? RuleRepository(m_db).save(*rule) : Status(rule.error());
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    m_rule = *rule;
    GuardedDialog::accept();
}

} // namespace kartoteka::ui
