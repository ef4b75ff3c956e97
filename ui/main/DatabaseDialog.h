#pragma once

#include "workspace/RememberedDatabase.h"

#include "main/DialogKeys.h"

class QComboBox;
class QLineEdit;
class QLabel;

namespace kartoteka::ui {

// Asks where a database is (or should be created) and in which mode to open it.
// A path on a shared folder (\\server\share\kartoteka.sqlite) is fine.
class DatabaseDialog : public GuardedDialog
{
    Q_OBJECT
public:
    enum class Purpose
    {
        Create,
        Open
    };

    DatabaseDialog(Purpose purpose, const DatabaseLocation& current, QWidget* parent = nullptr);
    DatabaseLocation location() const;

private:
    void browse();
    void updateHint();

    Purpose m_purpose;
    QLineEdit* m_path;
    QComboBox* m_mode;
    QLabel* m_hint;
};

} // namespace kartoteka::ui
