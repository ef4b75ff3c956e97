#include "main/FormColumn.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

void layOutFormColumn(QWidget* owner, const QString& hint, QLayout* form, QLabel* note,
                      QLayout* buttons, int maxWidth)
{
    auto* hintLabel = new QLabel(hint, owner);
    hintLabel->setWordWrap(true);
    note->setWordWrap(true);
    note->hide();
    auto* column = new QWidget(owner);
    column->setMaximumWidth(maxWidth);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(hintLabel);
    columnLayout->addLayout(form);
    columnLayout->addWidget(note);
    columnLayout->addLayout(buttons);
    columnLayout->addStretch(1);
    auto* layout = new QHBoxLayout(owner);
    layout->addWidget(column, 1);
    layout->addStretch(0);
}

void showFormProblem(QLabel* note, const QString& text)
{
    note->setStyleSheet(u"color: #b00020;"_s);
    note->setText(text);
    note->show();
}

void showFormOk(QLabel* note, const QString& text)
{
    note->setStyleSheet(u"color: #1b5e20;"_s);
    note->setText(text);
    note->show();
}

} // namespace kartoteka::ui
