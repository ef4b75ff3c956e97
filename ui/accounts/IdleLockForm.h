#pragma once

#include "storage/Result.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// The shop's idle lock: after how many minutes without input every window
// hides the base and asks for the password. Editing it needs
// Capability::Settings; others see the value.
class IdleLockForm : public QWidget
{
    Q_OBJECT
public:
    explicit IdleLockForm(Database& db, QWidget* parent = nullptr);

    void reload();
    // True when saved.
    bool save();
    bool isModified() const;
    std::optional<ErrorKind> lastError() const { return m_lastError; }

    QSpinBox* minutesBox() const { return m_minutes; }
    QPushButton* saveButton() const { return m_save; }

private:
    Database& m_db;
    qint64 m_version = 0;
    int m_loaded = 0;
    std::optional<ErrorKind> m_lastError;
    QSpinBox* m_minutes;
    QPushButton* m_save;
    QLabel* m_message;
};

} // namespace kartoteka::ui
