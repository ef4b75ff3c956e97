#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace kartoteka::ui {

// Runs `work` on a thread of its own and waits for it with the window alive:
// a busy note saying `text` shows after a moment, the screen repaints, and
// clicks and keys wait until it ended. For work that blocks on the
// network or the keychain (a letter to the mail server), never on the
// database: a connection lives on one thread. `work` may write into what it
// captured by reference: this returns only after it ended.
void waitFor(QWidget* parent, const QString& title, const QString& text,
             const std::function<void()>& work);

} // namespace kartoteka::ui
