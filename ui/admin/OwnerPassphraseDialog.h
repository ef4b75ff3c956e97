#pragma once

#include "main/DialogKeys.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kartoteka::ui {

// The owner types a new passphrase for the owner's copies twice. Accepted
// only when both are the same and long enough (the password rule of core).
class OwnerPassphraseDialog : public GuardedDialog
{
    Q_OBJECT
public:
    explicit OwnerPassphraseDialog(QWidget* parent = nullptr);

    QString passphrase() const;
    void accept() override;

private:
    QLineEdit* m_first;
    QLineEdit* m_second;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

// Asks for the passphrase of the owner's copy `file` (once, no echo); empty
// when the person cancels.
QString askOwnerPassphrase(QWidget* parent, const QString& file);

} // namespace kartoteka::ui
