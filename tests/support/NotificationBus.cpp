#include "NotificationBus.h"

#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDeadlineTimer>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace kartoteka::test {

namespace {
const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kMock = u"org.freedesktop.DBus.Mock"_s;
} // namespace

NotificationBus::NotificationBus()
{
    m_daemon.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
    if (!m_daemon.waitForStarted(10000) || !m_daemon.waitForReadyRead(10000)) {
        m_error = u"dbus-daemon did not start (Debian's dbus-daemon package)"_s;
        return;
    }
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    // Debian's Python: the one python3-dbusmock is installed for.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_address);
    m_mock.setProcessEnvironment(env);
    m_mock.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_mock.start(u"/usr/bin/python3"_s,
                 {u"-m"_s, u"dbusmock"_s, u"--template"_s, u"notification_daemon"_s});
    m_connectionName = u"kartoteka-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDBusConnection bus = QDBusConnection::connectToBus(m_address, m_connectionName);
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (bus.isConnected() && bus.interface()->isServiceRegistered(kService))
            return;
        if (m_mock.state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    m_error = u"python3-dbusmock's notification daemon did not come up on the test bus"_s;
}

NotificationBus::~NotificationBus()
{
    QDBusConnection::disconnectFromBus(m_connectionName);
    for (QProcess* p : {&m_mock, &m_daemon}) {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(5000)) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
    }
}

QDBusConnection NotificationBus::connection() const
{
    return QDBusConnection(m_connectionName);
}

QStringList NotificationBus::summaries() const
{
    const QDBusMessage reply = connection().call(
        QDBusMessage::createMethodCall(kService, kPath, kMock, u"GetMethodCalls"_s) << u"Notify"_s);
    QStringList out;
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return out;
    // a(tav): when, and the call's arguments; the summary is the fourth.
    const QDBusArgument calls = reply.arguments().at(0).value<QDBusArgument>();
    calls.beginArray();
    while (!calls.atEnd()) {
        quint64 when = 0;
        QVariantList args;
        calls.beginStructure();
        calls >> when >> args;
        calls.endStructure();
        if (args.size() > 3)
            out << args.at(3).toString();
    }
    calls.endArray();
    return out;
}

void NotificationBus::click(uint id) const
{
    connection().call(QDBusMessage::createMethodCall(kService, kPath, kMock, u"EmitSignal"_s)
                      << kService << u"ActionInvoked"_s << u"us"_s
                      << QVariantList{QVariant::fromValue(id), u"default"_s});
}

} // namespace kartoteka::test
