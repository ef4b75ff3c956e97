#include "main/DialogFit.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QFontMetrics>
#include <QMessageBox>
#include <QScreen>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

// Room the window manager's title bar and frame take above a dialog.
constexpr int kFrameHeight = 40;

class DialogFitter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Show && event->type() != QEvent::WindowTitleChange)
            return false;
        auto* dialog = qobject_cast<QDialog*>(watched);
        if (!dialog || !dialog->isWindow() || qobject_cast<QMessageBox*>(dialog))
            return false;
        const QScreen* screen = dialog->screen();
        if (screen && event->type() == QEvent::Show) {
            const int room = screen->availableGeometry().height() - kFrameHeight;
            if (dialog->height() > room)
                dialog->resize(dialog->width(), std::max(room, dialog->minimumSizeHint().height()));
        }
        int wanted = titleWidth(dialog);
        if (screen)
            wanted = std::min(wanted, screen->availableGeometry().width() * 9 / 10);
        if (dialog->minimumWidth() < wanted && dialog->maximumWidth() >= wanted) {
            dialog->setMinimumWidth(wanted);
            if (dialog->width() < wanted)
                dialog->resize(wanted, dialog->height());
        }
        return false;
    }
};

} // namespace

int titleWidth(const QWidget* widget)
{
    QString title = widget->windowTitle();
    title.remove(u"[*]"_s);
    const QString program = QGuiApplication::applicationDisplayName();
    if (!program.isEmpty() && !title.endsWith(program))
        title += u" — "_s + program;
    // Title bars use a bold font a little larger than the window's.
    QFont font = QApplication::font("QMdiSubWindowTitleBar");
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    // The close button (and others) at one side, the same room at the other
    // so that a centred title is not cut either.
    return QFontMetrics(font).horizontalAdvance(title) + 2 * 56;
}

void fitDialogsToScreen(QObject* application)
{
    // Once, however often asked (tests ask in each case).
    if (application->findChild<QObject*>(u"dialog-title-fitter"_s, Qt::FindDirectChildrenOnly))
        return;
    auto* fitter = new DialogFitter(application);
    fitter->setObjectName(u"dialog-title-fitter"_s);
    application->installEventFilter(fitter);
}

} // namespace kartoteka::ui
