#include "tasks/ReminderPopup.h"

#include "tasks/DesktopNotifications.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace kartoteka::ui {

namespace {
constexpr int kKeyRole = Qt::UserRole;
}

ReminderPopup::ReminderPopup(QWidget* window) : QDialog(window, Qt::Tool)
{
    setWindowTitle(tr("Reminders"));
    setModal(false);
    setAttribute(Qt::WA_DeleteOnClose);
    auto* hint = new QLabel(tr("Double-click a reminder, or choose it and press Open."), this);
    hint->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setWordWrap(true);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    open->setEnabled(false);
    connect(m_list, &QListWidget::currentItemChanged, open,
            [open](QListWidgetItem* current) { open->setEnabled(current != nullptr); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(open, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_list->currentItem())
            emit m_list->itemActivated(item);
    });
    // An opened one stays, crossed out, until the pop-up is closed.
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        QFont font = item->font();
        font.setStrikeOut(true);
        item->setFont(font);
        emit activated(item->data(kKeyRole).toString());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
}

void ReminderPopup::add(const Notice& notice)
{
    auto* item = new QListWidgetItem(
        notice.body.isEmpty() ? notice.title : notice.title + u'\n' + notice.body, m_list);
    item->setData(kKeyRole, notice.key);
    m_list->setCurrentItem(item);
    m_list->scrollToItem(item);
    placeInCorner();
    show();
    raise();
}

void ReminderPopup::placeInCorner()
{
    adjustSize();
    const QWidget* window = parentWidget();
    const QRect area = window ? window->frameGeometry() : screen()->availableGeometry();
    move(area.right() - width() - 24, area.bottom() - height() - 48);
}

} // namespace kartoteka::ui
