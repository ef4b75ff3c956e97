#pragma once

class QObject;
class QWidget;

namespace kartoteka::ui {

// A dialog as wide as its title: a desktop elides a title that does not fit
// ("Why w… oteka"), and Ukrainian and Russian titles are a third longer than
// English ones. Installed once on the application; every dialog shown after
// is widened (never past 90 % of its screen). Message boxes size themselves.
void fitDialogTitles(QObject* application);

// The width a dialog needs for `widget`'s title with the program's name after
// it, the title bar's buttons and margins.
int titleWidth(const QWidget* widget);

} // namespace kartoteka::ui
