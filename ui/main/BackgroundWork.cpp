#include "main/BackgroundWork.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace kartoteka::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ui::BackgroundWork)
};

} // namespace

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

Status waitForDatabase(QWidget* parent, const QString& title, const QString& text,
                       const Database& db,
                       const std::function<Status(Database&, WorkProgress&)>& work)
{
    WorkProgress progress;
    Status result = Status::success();
    QThread* thread = QThread::create([&, options = db.reopenOptions()] {
        Result<std::unique_ptr<Database>> own = Database::open(options);
        result = own ? work(**own, progress) : Status(own.error());
    });
    QProgressDialog shown(text, Tr::tr("Cancel"), 0, 0, parent);
    shown.setWindowTitle(title);
    shown.setWindowModality(Qt::WindowModal);
    shown.setMinimumDuration(300);
    shown.setAutoReset(false);
    shown.setAutoClose(false);
    QObject::connect(&shown, &QProgressDialog::canceled, &shown, [&] {
        progress.cancelled = true;
        shown.setLabelText(Tr::tr("Stopping…"));
    });
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &shown, [&] {
        const int total = progress.total;
        if (total > 0 && shown.maximum() != total)
            shown.setMaximum(total);
        if (total > 0)
            shown.setValue(std::min<int>(progress.done, total));
    });
    tick.start(100);
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    // The dialog is window-modal: the window repaints and waits; only Cancel
    // answers. The loop ends with the thread.
    loop.exec();
    thread->wait();
    delete thread;
    tick.stop();
    shown.close();
    return result;
}

} // namespace kartoteka::ui
