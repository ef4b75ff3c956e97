#include "deals/LossReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kartoteka::ui {

LossReasonDialog::LossReasonDialog(const QList<ListItem>& reasons, const QString& what,
                                   QWidget* parent)
    : QDialog(parent), m_reasons(new QListWidget(this)), m_comment(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Why was it lost?"));
    auto* intro = new QLabel(what, this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto* reasonLabel = new QLabel(tr("&Reason (required):"), this);
    reasonLabel->setBuddy(m_reasons);
    for (const ListItem& reason : reasons) {
        auto* item = new QListWidgetItem(reason.name, m_reasons);
        item->setData(Qt::UserRole, reason.id);
    }
    m_reasons->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reasons->setCurrentRow(-1);
    // Just tall enough for the usual handful of reasons, without a scroll bar.
    m_reasons->setMinimumHeight(
        std::min<int>(int(reasons.size()), 8) * m_reasons->fontMetrics().height() * 3 / 2 + 8);
    auto* commentLabel = new QLabel(tr("&Comment (optional, kept in the deal's notes):"), this);
    commentLabel->setBuddy(m_comment);
    m_comment->setPlaceholderText(tr("What happened, in the client's words"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().height() * 4 + 12);

    okButton()->setText(tr("Move to lost"));
    okButton()->setEnabled(false);
    connect(m_reasons, &QListWidget::itemSelectionChanged, this,
            [this] { okButton()->setEnabled(reasonId() != 0); });
    connect(m_reasons, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (reasonId() != 0)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reasons, 1);
    layout->addWidget(commentLabel);
    layout->addWidget(m_comment);
    layout->addWidget(m_buttons);
    resize(420, sizeHint().height());
}

qint64 LossReasonDialog::reasonId() const
{
    const QList<QListWidgetItem*> chosen = m_reasons->selectedItems();
    return chosen.isEmpty() ? 0 : chosen.first()->data(Qt::UserRole).toLongLong();
}

QString LossReasonDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

QPushButton* LossReasonDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

} // namespace kartoteka::ui
