#include "tasks/DesktopNotifications.h"

#include "tasks/ReminderPopup.h"

#include <QApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QSystemTrayIcon>
#include <QWidget>

#ifdef KARTOTEKA_WITH_DBUS
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#endif

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

Q_LOGGING_CATEGORY(lcNotify, "kartoteka.notify")

#ifdef KARTOTEKA_WITH_DBUS
const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kInterface = u"org.freedesktop.Notifications"_s;
// The action a click on the notification itself invokes.
const QString kDefaultAction = u"default"_s;
#endif

} // namespace

DesktopNotifications::DesktopNotifications(QWidget* window, QObject* parent)
    : QObject(parent),
#ifdef KARTOTEKA_WITH_DBUS
      m_bus(QDBusConnection::sessionBus()),
#endif
      m_window(window)
{
}

DesktopNotifications::~DesktopNotifications()
{
    if (m_popup)
        m_popup->close();
}

#ifdef KARTOTEKA_WITH_DBUS
void DesktopNotifications::useBus(const QDBusConnection& bus)
{
    m_bus = bus;
    m_listening = false;
    m_shown.clear();
}

bool DesktopNotifications::showByService(const Notice& notice)
{
    if (!m_bus.isConnected() || !m_bus.interface() ||
        !m_bus.interface()->isServiceRegistered(kService))
        return false;
    if (!m_listening) {
        m_bus.connect(kService, kPath, kInterface, u"ActionInvoked"_s, this,
                      SLOT(serviceActionInvoked(uint, QString)));
        m_bus.connect(kService, kPath, kInterface, u"NotificationClosed"_s, this,
                      SLOT(serviceClosed(uint, uint)));
        m_listening = true;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
    const QVariantMap hints{{u"desktop-entry"_s, u"kartoteka"_s},
                            {u"category"_s, u"im.received"_s}};
    // The body may be read as markup: what a person typed is shown as typed.
    call << QApplication::applicationDisplayName() << uint(0) << u"kartoteka"_s << notice.title
         << notice.body.toHtmlEscaped() << QStringList{kDefaultAction, tr("Open")} << hints
         << int(0); // a reminder stays until dealt with
    const QDBusReply<uint> reply = m_bus.call(call, QDBus::Block, 5000);
    if (!reply.isValid()) {
        qCWarning(lcNotify) << "the notification service refused:" << reply.error().message();
        return false;
    }
    m_shown.insert(reply.value(), notice.key);
    return true;
}

void DesktopNotifications::serviceActionInvoked(uint id, const QString& action)
{
    // Any action of ours opens; another program's notifications are not ours.
    const auto shown = m_shown.constFind(id);
    if (shown == m_shown.constEnd())
        return;
    Q_UNUSED(action);
    bringWindowForward();
    emit activated(*shown);
}

void DesktopNotifications::serviceClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    m_shown.remove(id);
}
#endif

void DesktopNotifications::bringWindowForward()
{
    if (!m_window)
        return;
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

bool DesktopNotifications::showByTray(const Notice& notice)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return false;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(u":/icons/kartoteka.svg"_s), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            bringWindowForward();
            emit activated(m_trayKey);
        });
        m_tray->show();
    }
    // A tray shows one message at a time: a click answers the last one.
    m_trayKey = notice.key;
    m_tray->showMessage(notice.title, notice.body, QSystemTrayIcon::Information, 0);
    return true;
}

ReminderPopup* DesktopNotifications::popup() const
{
    return m_popup;
}

void DesktopNotifications::showByPopup(const Notice& notice)
{
    if (!m_popup) {
        m_popup = new ReminderPopup(m_window);
        connect(m_popup, &ReminderPopup::activated, this, &DesktopNotifications::activated);
    }
    m_popup->add(notice);
}

void DesktopNotifications::show(const Notice& notice)
{
#ifdef KARTOTEKA_WITH_DBUS
    if (showByService(notice)) {
        m_lastWay = Way::Service;
        return;
    }
#endif
    if (showByTray(notice)) {
        m_lastWay = Way::Tray;
        return;
    }
    showByPopup(notice);
    m_lastWay = Way::Popup;
}

} // namespace kartoteka::ui
