#pragma once

#include <QString>

class QLabel;
class QLayout;
class QWidget;

namespace kartoteka::ui {

// Lays `owner` out as a settings form of short values (Administration →
// Shop, Mail, SMS): `hint` text, the `form`, the `note` under it and the
// `buttons`, in a column at most `maxWidth` wide — a column the eye follows,
// not lines across a wide screen. The hint and the note wrap; the note
// starts hidden.
void layOutFormColumn(QWidget* owner, const QString& hint, QLayout* form, QLabel* note,
                      QLayout* buttons, int maxWidth = 760);

// The form's note: a problem in red, or that all went well in green.
void showFormProblem(QLabel* note, const QString& text);
void showFormOk(QLabel* note, const QString& text);

} // namespace kartoteka::ui
