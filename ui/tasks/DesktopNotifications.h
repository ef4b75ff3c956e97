#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#ifdef KARTOTEKA_WITH_DBUS
#include <QDBusConnection>
#endif

class QSystemTrayIcon;
class QWidget;

namespace kartoteka::ui {

class ReminderPopup;

// One thing to tell the person; `key` comes back when they click it.
struct Notice
{
    QString key;
    QString title;
    QString body;
};

// Shows notices on the desktop by the first way this PC has: the freedesktop
// notification service (org.freedesktop.Notifications on the session bus —
// GNOME, KDE, Xfce; a tray icon alone shows nothing on a plain GNOME), the
// tray icon's message (Windows, macOS, desktops with a tray), else the
// program's own pop-up beside the window.
class DesktopNotifications : public QObject
{
    Q_OBJECT
public:
    // `window`: the one the pop-up stands beside and raised on a click.
    explicit DesktopNotifications(QWidget* window, QObject* parent = nullptr);
    ~DesktopNotifications() override;

#ifdef KARTOTEKA_WITH_DBUS
    // The bus to reach the notification service on (the session bus unless
    // told otherwise, as a test tells it its own).
    void useBus(const QDBusConnection& bus);
#endif

    void show(const Notice& notice);

    // How the last notice went out (tests, and the log).
    enum class Way
    {
        None,
        Service,
        Tray,
        Popup
    };
    Way lastWay() const
    {
        return m_lastWay;
    }
    ReminderPopup* popup() const;

signals:
    void activated(const QString& key);

private:
#ifdef KARTOTEKA_WITH_DBUS
    bool showByService(const Notice& notice);
    // Slots by name: QDBusConnection::connect takes no function pointers.
    Q_SLOT void serviceActionInvoked(uint id, const QString& action);
    Q_SLOT void serviceClosed(uint id, uint reason);

    QDBusConnection m_bus;
    bool m_listening = false;
    QHash<uint, QString> m_shown; // the service's id → the notice's key
#endif
    // A click on a notice elsewhere on the desktop brings the window up.
    void bringWindowForward();
    bool showByTray(const Notice& notice);
    void showByPopup(const Notice& notice);

    QPointer<QWidget> m_window;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_trayKey;
    QPointer<ReminderPopup> m_popup;
    Way m_lastWay = Way::None;
};

} // namespace kartoteka::ui
