#pragma once

#include "tasks/Task.h"

class QWidget;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// What every list of tasks does with one of them, so Today and the card do
// it alike. Each returns true when the task changed.

// Opens task `taskId` in the task dialog (a message if it is gone).
bool editTask(QWidget* parent, Database& db, qint64 taskId);
// Asks how it went, then marks the occurrence done (onto the client's
// timeline with that result).
bool completeTask(QWidget* parent, Database& db, const TaskOccurrence& occurrence);

} // namespace kartoteka::ui
