#include "tasks/TaskActions.h"

#include "main/DialogKeys.h"
#include "tasks/TaskDialog.h"
#include "tasks/TaskRepository.h"

#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

QString taskHeadline(const Task& task)
{
    return task.kind.isEmpty() ? task.title : u"%1: %2"_s.arg(task.kind, task.title);
}

bool editTask(QWidget* parent, Database& db, qint64 taskId)
{
    Result<Task> task = TaskRepository(db).load(taskId);
    if (!task) {
        QMessageBox::warning(parent, TaskDialog::tr("Task"), task.error().message);
        return true; // gone or out of reach: the list reads again
    }
    TaskDialog dialog(db, *task, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool completeTask(QWidget* parent, Database& db, const TaskOccurrence& occurrence)
{
    const QString title = TaskDialog::tr("Done: %1").arg(occurrence.task.title);
    const std::optional<QString> result =
        askText(parent, title,
                occurrence.task.clientId > 0
                    ? TaskDialog::tr("How did it go? (goes to the client's timeline)")
                    : TaskDialog::tr("How did it go?"));
    if (!result)
        return false;
    if (Status s = TaskRepository(db).complete(occurrence.task.id, occurrence.occursOn, *result);
        !s)
        QMessageBox::warning(parent, title, s.error().message);
    return true;
}

} // namespace kartoteka::ui
