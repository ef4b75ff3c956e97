#pragma once

#include <QLayout>
#include <QPushButton>
#include <QString>
#include <QVBoxLayout>

#include <functional>
#include <utility>

namespace kartoteka::ui {

using ListAction = std::pair<QString, std::function<void()>>;

// The column of buttons beside an editable list (Add…, Up, Down, Remove…).
inline QVBoxLayout* listActionButtons(QWidget* owner, const QList<ListAction>& actions)
{
    auto* column = new QVBoxLayout;
    for (const auto& [label, action] : actions) {
        auto* button = new QPushButton(label, owner);
        QObject::connect(button, &QPushButton::clicked, owner, action);
        column->addWidget(button);
    }
    column->addStretch(1);
    return column;
}

} // namespace kartoteka::ui
