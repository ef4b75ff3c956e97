#pragma once

#include <QHBoxLayout>
#include <QPushButton>
#include <QString>
#include <QVBoxLayout>

#include <functional>
#include <utility>

namespace kartoteka::ui {

using ListAction = std::pair<QString, std::function<void()>>;

// The layout every list editor in Administration shares: an optional chooser
// above the list, and a column of buttons beside it (Add…, Up, Down, Remove…).
inline void layOutListEditor(QWidget* owner, QWidget* chooser, QWidget* list,
                             const QList<ListAction>& actions)
{
    auto* buttons = new QVBoxLayout;
    for (const auto& [label, action] : actions) {
        auto* button = new QPushButton(label, owner);
        QObject::connect(button, &QPushButton::clicked, owner, action);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto* left = new QVBoxLayout;
    if (chooser)
        left->addWidget(chooser);
    left->addWidget(list, 1);
    auto* layout = new QHBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addLayout(buttons);
}

} // namespace kartoteka::ui
