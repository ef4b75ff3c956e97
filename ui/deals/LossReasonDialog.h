#pragma once

#include "clients/Lists.h"

#include "main/DialogKeys.h"

class QButtonGroup;
class QDialogButtonBox;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace kartoteka::ui {

// Why a deal (or several) was lost: one reason chosen from the shop's list —
// none is chosen for the person, so the move waits for a choice — and an
// optional comment that is kept with the deal.
class LossReasonDialog : public GuardedDialog
{
    Q_OBJECT
public:
    // `what`: which deal or deals move, as a sentence.
    LossReasonDialog(const QList<ListItem>& reasons, const QString& what,
                     QWidget* parent = nullptr);

    qint64 reasonId() const;
    QString comment() const;

    QList<QRadioButton*> reasonButtons() const;
    QPlainTextEdit* commentEdit() const { return m_comment; }
    QPushButton* okButton() const;

private:
    QButtonGroup* m_reasons;
    QPlainTextEdit* m_comment;
    QDialogButtonBox* m_buttons;
};

} // namespace kartoteka::ui
