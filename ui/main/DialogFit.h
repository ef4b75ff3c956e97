#pragma once

class QObject;
class QWidget;

namespace kartoteka::ui {

// Dialogs sized for the screen they open on. As wide as the title: a desktop
// elides a title that does not fit ("Why w… oteka"), and Ukrainian and
// Russian titles are a third longer than English ones (never past 90 % of
// the screen). No taller than the screen's free area: on 1366×768 with a
// taskbar a tall dialog's buttons would be out of reach. Installed once on
// the application; every dialog shown after is fitted. Message boxes size
// themselves.
void fitDialogsToScreen(QObject* application);

// The width a dialog needs for `widget`'s title with the program's name after
// it, the title bar's buttons and margins.
int titleWidth(const QWidget* widget);

} // namespace kartoteka::ui
