#pragma once

#include <QDBusConnection>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace kartoteka::test {

// A private session bus (dbus-daemon) with python3-dbusmock's notification
// daemon on it: what a desktop's notification service is to the program. It
// records every call, and can click a notification (ActionInvoked). Both go
// when it does.
class NotificationBus
{
public:
    NotificationBus();
    ~NotificationBus();
    NotificationBus(const NotificationBus&) = delete;
    NotificationBus& operator=(const NotificationBus&) = delete;

    // Empty when the bus or the mock service could not be started.
    QString error() const { return m_error; }
    QString address() const { return m_address; }
    QDBusConnection connection() const;

    // The summaries (titles) of the notifications received, in order.
    QStringList summaries() const;
    // As if the person clicked notification `id` (the service's ids count from 1).
    void click(uint id) const;

private:
    QString m_error;
    QString m_address;
    QString m_connectionName;
    QProcess m_daemon;
    QProcess m_mock;
};

} // namespace kartoteka::test
