#pragma once

#include <QMetaObject>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <utility>

namespace kartoteka::ui {

// Runs work off the UI thread and hands its result back on the UI thread.
// Destroying the job waits for running work, so a result never reaches a
// deleted receiver.
class BackgroundJob : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundJob(QObject* parent = nullptr) : QObject(parent)
    {
        m_pool.setMaxThreadCount(1);
    }
    ~BackgroundJob() override { m_pool.waitForDone(); }

    bool isRunning() const { return m_pool.activeThreadCount() > 0; }

    template <typename Work, typename Done> void run(Work work, Done done)
    {
        m_pool.start([this, work = std::move(work), done = std::move(done)]() mutable {
            auto result = work();
            QMetaObject::invokeMethod(
                this,
                [done = std::move(done), result = std::move(result)]() mutable { done(result); },
                Qt::QueuedConnection);
        });
    }

private:
    QThreadPool m_pool;
};

} // namespace kartoteka::ui
