#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

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

// A dialog whose typed data is not thrown away unasked: the DiscardGuard of the
// client form for every other dialog with fields, whether a class of its own
// (derive from it instead of QDialog) or built in place (`GuardedDialog
// dialog(this);`). What the fields show when it first appears is what "nothing
// typed" means; call rememberFields() if a dialog fills them later.
class GuardedDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuardedDialog(QWidget* parent = nullptr, std::function<QString()> extra = {});

    void rememberFields();
    // Cancel, Esc and the close button: asks first when something was typed.
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    DiscardGuard m_guard;
    bool m_remembered = false;
};

// One line of text (a list item's or a pipeline's name), as QInputDialog::getText
// asks for it, but asking before a typed name is thrown away. Empty when cancelled.
std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                               const QString& text = {});

} // namespace kartoteka::ui
