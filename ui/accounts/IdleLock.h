#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace kartoteka::ui {

// Tells when nobody has used the program for `interval`: no key, mouse,
// wheel or touch input to any of its windows (an event filter on the
// application). Only counts while active.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(QObject* parent = nullptr);
    ~IdleLock() override;

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    // Counting starts afresh from now.
    void setActive(bool active);
    bool isActive() const { return m_active; }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void check();

    std::chrono::milliseconds m_interval;
    bool m_active = false;
    QElapsedTimer m_sinceInput;
    QTimer m_timer;
};

} // namespace kartoteka::ui
