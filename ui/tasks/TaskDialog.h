#pragma once

#include "main/DialogKeys.h"
#include "tasks/Task.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// Writes a new task or edits one: what, when, for whom, how it repeats and
// when to remind. Saving is the repository's (tasks/TaskRepository.h): the
// dialog stays open with the reason when it refuses.
class TaskDialog : public GuardedDialog
{
    Q_OBJECT
public:
    // `task` as it is, or a new one with its client, deal, title and day set.
    TaskDialog(Database& db, const Task& task, QWidget* parent = nullptr);
    const Task& task() const { return m_task; }
    void accept() override;

    // The reminders a form offers, minutes before the start.
    static QList<int> offeredReminders();

private:
    Task fromFields() const;
    void updateFields();

    Database& m_db;
    Task m_task;
    QLineEdit* m_title;
    QComboBox* m_kind;
    QDateEdit* m_day;
    QCheckBox* m_timed;
    QTimeEdit* m_time;
    QSpinBox* m_duration;
    QComboBox* m_priority;
    QComboBox* m_responsible;
    QComboBox* m_repeat;
    QCheckBox* m_ends;
    QDateEdit* m_until;
    QListWidget* m_reminders;
    QPlainTextEdit* m_notes;
    QLabel* m_error;
};

} // namespace kartoteka::ui
