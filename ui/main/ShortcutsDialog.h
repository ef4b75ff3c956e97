#pragma once

#include <QDialog>

class QTableWidget;

namespace kartoteka::ui {

// Help → Keyboard shortcuts: every key of the daily loop and the rest, in a
// table, in the interface's language.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace kartoteka::ui
