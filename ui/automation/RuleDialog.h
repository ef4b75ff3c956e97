#pragma once

#include "automation/Rule.h"
#include "main/DialogKeys.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

class MoneyEdit;

// Writes a new automation rule or edits one: when it runs, for which deals
// or clients, and what it does (a task, a field, a note). Saving is the
// repository's (automation/RuleRepository.h): the dialog stays open with
// the reason when it refuses.
class RuleDialog : public GuardedDialog
{
    Q_OBJECT
public:
    RuleDialog(Database& db, const Rule& rule, QWidget* parent = nullptr);
    const Rule& rule() const { return m_rule; }
    void accept() override;

private:
    void fillChoices();
    void showRule(const Rule& rule);
    void updateFields();
    void fillFieldValues();
    // The rule the fields describe; an amount that is not one is an error.
    Result<Rule> fromFields() const;

    Database& m_db;
    Rule m_rule;
    QLineEdit* m_name;
    QComboBox* m_trigger;
    QComboBox* m_stage;
    QSpinBox* m_days;
    QLabel* m_daysLabel;
    QLabel* m_stageLabel;
    QComboBox* m_pipeline;
    QLabel* m_pipelineLabel;
    QComboBox* m_source;
    MoneyEdit* m_minAmount;
    QLabel* m_minAmountLabel;
    QComboBox* m_contactType;
    QComboBox* m_manager;
    QGroupBox* m_task;
    QLineEdit* m_taskTitle;
    QComboBox* m_taskKind;
    QComboBox* m_responsible;
    QSpinBox* m_dueDays;
    QSpinBox* m_dueHours;
    QGroupBox* m_set;
    QComboBox* m_field;
    QComboBox* m_value;
    QGroupBox* m_note;
    QPlainTextEdit* m_noteText;
    // A letter from a template (with a document made from the deal) and an SMS.
    QGroupBox* m_email;
    QComboBox* m_emailTemplate;
    QLabel* m_attachLabel;
    QComboBox* m_attach;
    QPlainTextEdit* m_emailText;
    QGroupBox* m_sms;
    QPlainTextEdit* m_smsText;
    QLabel* m_error;
};

} // namespace kartoteka::ui
