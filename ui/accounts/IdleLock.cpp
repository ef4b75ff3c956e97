#include "accounts/IdleLock.h"

#include "accounts/AccountSettings.h"

#include <QCoreApplication>
#include <QEvent>

namespace kartoteka::ui {

IdleLock::IdleLock(QObject* parent)
    : QObject(parent), m_interval(std::chrono::minutes(kDefaultIdleLockMinutes))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    if (m_active)
        check();
}

void IdleLock::setActive(bool active)
{
    m_active = active;
    m_sinceInput.start();
    if (active)
        m_timer.start(m_interval);
    else
        m_timer.stop();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    // Called for every event of the program: only a clock restart here; the
    // timer itself is re-armed when it fires.
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        m_sinceInput.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::check()
{
    if (!m_active)
        return;
    const std::chrono::milliseconds quiet(m_sinceInput.elapsed());
    if (quiet >= m_interval) {
        m_active = false;
        emit idle();
        return;
    }
    m_timer.start(m_interval - quiet);
}

} // namespace kartoteka::ui
