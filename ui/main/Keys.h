#pragma once

#include <QKeySequence>

// The keys of the daily loop, in one place: the actions use them and
// Help → Keyboard shortcuts lists them, so the two cannot disagree.
// The card's keys take Ctrl+Shift and a letter no standard action uses
// (Ctrl+Shift+N is File → New database).
namespace kartoteka::ui::keys {

inline QKeySequence findClient()
{
    return QKeySequence(QKeySequence::Find);
}
inline QKeySequence newClient()
{
    return QKeySequence(QKeySequence::New);
}
inline QKeySequence editClient()
{
    return QKeySequence(Qt::CTRL | Qt::Key_E);
}
inline QKeySequence logCall()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
}
inline QKeySequence logNote()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
}
inline QKeySequence logPurchase()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
}
// File → Import clients…
// A task from any section; on Today, the chosen task done.
inline QKeySequence newTask()
{
    return QKeySequence(Qt::CTRL | Qt::Key_T);
}
inline QKeySequence taskDone()
{
    return QKeySequence(Qt::CTRL | Qt::Key_D);
}
inline QKeySequence importClients()
{
    return QKeySequence(Qt::CTRL | Qt::Key_I);
}
// Shown as Ctrl+Enter; Ctrl+Return (the main keyboard's) works the same.
// Clients > Find duplicates…
inline QKeySequence findDuplicates()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
}
inline QKeySequence saveDialog()
{
    return QKeySequence(Qt::CTRL | Qt::Key_Enter);
}

} // namespace kartoteka::ui::keys
