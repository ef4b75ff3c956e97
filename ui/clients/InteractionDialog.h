#pragma once

#include "clients/Client.h"
#include "main/DialogKeys.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QLabel;

namespace kartoteka::ui {

class MoneyEdit;

// Adds or edits one timeline entry. Opened with the kind already chosen, so
// logging a call is one click on "Call", typing, and Enter.
class InteractionDialog : public QDialog
{
    Q_OBJECT
public:
    InteractionDialog(const Interaction& entry, const QString& currency, QWidget* parent = nullptr);
    Interaction entry() const;
    void accept() override;
    // Asks before typed text is thrown away (Cancel, Esc, the close button).
    void reject() override;

private:
    void updateFields();

    Interaction m_entry;
    QComboBox* m_kind;
    QDateTimeEdit* m_when;
    QComboBox* m_direction;
    QSpinBox* m_minutes;
    QLineEdit* m_result;
    MoneyEdit* m_amount;
    QPlainTextEdit* m_text;
    QList<QWidget*> m_callOnly;
    QList<QWidget*> m_purchaseOnly;
    QList<QWidget*> m_directionRow;
    DiscardGuard m_guard{this};
};

} // namespace kartoteka::ui
