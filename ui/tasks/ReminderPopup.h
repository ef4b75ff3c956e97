#pragma once

#include <QDialog>

class QListWidget;

namespace kartoteka::ui {

struct Notice;

// The program's own pop-up where the desktop has neither a notification
// service nor a tray: the notices not yet dealt with, each opened by a click,
// in the corner of the window. It stays until closed.
class ReminderPopup : public QDialog
{
    Q_OBJECT
public:
    explicit ReminderPopup(QWidget* window);

    void add(const Notice& notice);
    QListWidget* list() const { return m_list; }

signals:
    void activated(const QString& key);

private:
    void placeInCorner();

    QListWidget* m_list = nullptr;
};

} // namespace kartoteka::ui
