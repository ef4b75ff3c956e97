#include "main/BackgroundWork.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

namespace kartoteka::ui {

void waitFor(QWidget* parent, const QString& title, const QString& text,
             const std::function<void()>& work)
{
    QThread* thread = QThread::create(work);
    QProgressDialog busy(text, QString(), 0, 0, parent);
    busy.setWindowTitle(title);
    busy.setWindowModality(Qt::WindowModal);
    busy.setCancelButton(nullptr);
    busy.setMinimumDuration(300);
    busy.setAutoReset(false);
    busy.setAutoClose(false);
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    // Clicks and keys wait until the work ended (they are held, not lost);
    // painting goes on. The loop ends with the thread.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    busy.close();
}

} // namespace kartoteka::ui
