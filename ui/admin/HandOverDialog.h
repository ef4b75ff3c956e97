#pragma once

#include "accounts/Accounts.h"

#include "main/DialogKeys.h"

class QComboBox;
class QDialogButtonBox;
class QListWidget;
class QRadioButton;

namespace kartoteka::ui {

// Deactivating someone: how many clients and open deals they have, and who
// takes them over — one colleague, or several in turn.
class HandOverDialog : public GuardedDialog
{
    Q_OBJECT
public:
    HandOverDialog(const Account& leaving, const HandOverReport& work,
                   const QList<Account>& colleagues, QWidget* parent = nullptr);

    HandOver handOver() const;
    // What the person picks, for tests and keyboard-free use.
    void chooseOne(qint64 accountId);
    void chooseSeveral(const QList<qint64>& accountIds);
    // The receivers' names, for the confirmation.
    QStringList receiverNames() const;

private:
    void updateState();

    Account m_leaving;
    HandOverReport m_work;
    QList<Account> m_colleagues;
    QRadioButton* m_one;
    QRadioButton* m_several;
    QComboBox* m_colleague;
    QListWidget* m_split;
    QDialogButtonBox* m_buttons;
};

} // namespace kartoteka::ui
