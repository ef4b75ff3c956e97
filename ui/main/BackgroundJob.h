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

    // Until `done` has been called. Counted on the UI thread: the pool's own
    // count can still include a worker that has already handed its result
    // back, and a `done` that starts the next run would then be told "busy".
    bool isRunning() const { return m_pending > 0; }

    template <typename Work, typename Done> void run(Work work, Done done)
    {
        ++m_pending;
        m_pool.start([this, work = std::move(work), done = std::move(done)]() mutable {
            auto result = work();
            QMetaObject::invokeMethod(
                this,
                [this, done = std::move(done), result = std::move(result)]() mutable {
                    --m_pending;
                    done(result);
                },
                Qt::QueuedConnection);
        });
    }

private:
    QThreadPool m_pool;
    int m_pending = 0;
};

} // namespace kartoteka::ui
