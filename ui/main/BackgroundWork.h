#pragma once

#include "storage/Result.h"

#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// Runs `work` on a thread of its own and waits for it with the window alive:
// a busy note saying `text` shows after a moment, the screen repaints, and
// clicks and keys wait until it ended. For work that blocks on the
// network or the keychain (a letter to the mail server), never on the
// database: a connection lives on one thread. `work` may write into what it
// captured by reference: this returns only after it ended.
void waitFor(QWidget* parent, const QString& title, const QString& text,
             const std::function<void()>& work);

// How far work on another thread got, and whether the person cancelled it:
// written and read from both threads.
struct WorkProgress
{
    std::atomic<int> done{0};
    std::atomic<int> total{0}; // 0: not known yet
    std::atomic<bool> cancelled{false};
};

// Runs `work` on a thread of its own with a connection of its own, opened as
// `db` was (the same file or server, the same person): a connection lives on
// one thread. A progress dialog with Cancel shows after a moment; `work`
// reports into the WorkProgress and stops (ErrorKind::Cancelled) when asked.
// For reading or preparing much (a mailing to 100,000 clients) without
// freezing the window.
Status waitForDatabase(QWidget* parent, const QString& title, const QString& text,
                       const Database& db,
                       const std::function<Status(Database&, WorkProgress&)>& work);

} // namespace kartoteka::ui
