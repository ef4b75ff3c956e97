#pragma once

#include "tasks/Task.h"

#include <QColor>
#include <QString>

class QWidget;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// What every list of tasks does with one of them, so Today and the card do
// it alike. Each returns true when the task changed.

// A task as every list names it: "Call: Ring back" (its kind, when it has one).
QString taskHeadline(const Task& task);
// The colour every list marks overdue tasks with.
inline QColor overdueColor()
{
    return QColor(0xb0, 0x00, 0x20);
}

// Opens task `taskId` in the task dialog (a message if it is gone).
bool editTask(QWidget* parent, Database& db, qint64 taskId);
// Asks how it went, then marks the occurrence done (onto the client's
// timeline with that result).
bool completeTask(QWidget* parent, Database& db, const TaskOccurrence& occurrence);

} // namespace kartoteka::ui
