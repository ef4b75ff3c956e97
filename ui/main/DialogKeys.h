#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QDialog;
class QDialogButtonBox;
class QWidget;

namespace kartoteka::ui {

// Ctrl+Enter (main keyboard or keypad) presses the dialog's Save or OK
// button from any field: in a multi-line text Enter is a new line, and a
// person who has typed a call's note should not reach for the mouse to save it.
// The button is clicked, so whatever checks the dialog makes on saving run.
void saveOnCtrlEnter(QDialog* dialog, QDialogButtonBox* buttons);

// Remembers what a form showed when it opened. A form whose fields were
// changed asks before Cancel, Esc or the window's close button throw the typed
// data away; an untouched one closes at once. Call remember() once the form
// is filled, and mayDiscard() from the dialog's reject().
class DiscardGuard
{
public:
    // `extra` adds what the fields do not show (lines of a list, a choice in a view).
    explicit DiscardGuard(QWidget* form, std::function<QString()> extra = {});

    void remember();
    bool changed() const;
    // True when nothing was typed, or the person chose to discard it.
    bool mayDiscard() const;

    // What the form's fields hold now, one entry per field.
    static QStringList fieldState(const QWidget* form);

private:
    QWidget* m_form;
    std::function<QString()> m_extra;
    QStringList m_remembered;
};

} // namespace kartoteka::ui
