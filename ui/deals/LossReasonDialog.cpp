#include "deals/LossReasonDialog.h"
#include "main/DialogKeys.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kartoteka::ui {

LossReasonDialog::LossReasonDialog(const QList<ListItem>& reasons, const QString& what,
                                   QWidget* parent)
    : GuardedDialog(parent), m_reasons(new QButtonGroup(this)), m_comment(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Why was it lost?"));
    auto* intro = new QLabel(what, this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    // Radio buttons, none checked: a list would show its first row as if chosen.
    auto* choices = new QGroupBox(tr("Reason (required)"), this);
    auto* choicesLayout = new QVBoxLayout(choices);
    for (const ListItem& reason : reasons) {
        auto* button = new QRadioButton(reason.name, choices);
        m_reasons->addButton(button);
        button->setProperty("reasonId", reason.id);
        choicesLayout->addWidget(button);
    }
    m_reasons->setExclusive(true);

    auto* commentLabel = new QLabel(tr("&Comment (optional, kept in the deal's notes):"), this);
    commentLabel->setBuddy(m_comment);
    m_comment->setPlaceholderText(tr("What happened, in the client's words"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().height() * 4 + 12);

    okButton()->setText(tr("Move to lost"));
    okButton()->setEnabled(false);
    connect(m_reasons, &QButtonGroup::buttonToggled, this,
            [this] { okButton()->setEnabled(reasonId() != 0); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (reasonId() != 0)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    saveOnCtrlEnter(this, m_buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(choices);
    layout->addWidget(commentLabel);
    layout->addWidget(m_comment);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(440, sizeHint().height());
}

qint64 LossReasonDialog::reasonId() const
{
    const QAbstractButton* chosen = m_reasons->checkedButton();
    return chosen ? chosen->property("reasonId").toLongLong() : 0;
}

QString LossReasonDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

QList<QRadioButton*> LossReasonDialog::reasonButtons() const
{
    QList<QRadioButton*> buttons;
    for (QAbstractButton* b : m_reasons->buttons())
        buttons.append(static_cast<QRadioButton*>(b));
    return buttons;
}

QPushButton* LossReasonDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

} // namespace kartoteka::ui
