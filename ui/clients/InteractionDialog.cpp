#include "clients/InteractionDialog.h"
#include "main/DateEdits.h"

#include "money/MoneyEdit.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace kartoteka::ui {

InteractionDialog::InteractionDialog(const Interaction& entry, const QString& currency,
                                     QWidget* parent)
    : QDialog(parent), m_entry(entry), m_kind(new QComboBox(this)), m_when(new QDateTimeEdit(this)),
      m_direction(new QComboBox(this)), m_minutes(new QSpinBox(this)),
      m_result(new QLineEdit(this)), m_amount(new MoneyEdit(this)), m_text(new QPlainTextEdit(this))
{
    setWindowTitle(entry.id == 0 ? tr("Add to the timeline") : tr("Edit the timeline entry"));
    for (InteractionKind kind :
         {InteractionKind::Note, InteractionKind::Call, InteractionKind::Email,
          InteractionKind::Meeting, InteractionKind::Message, InteractionKind::Purchase})
        m_kind->addItem(interactionKindDisplayName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(entry.kind)));
    m_when->setDateTime(entry.occurredAt.isValid() ? entry.occurredAt.toLocalTime()
                                                   : QDateTime::currentDateTime());
    setUpDateEdit(m_when);
    m_direction->addItem(tr("Outgoing"), QStringLiteral("out"));
    m_direction->addItem(tr("Incoming"), QStringLiteral("in"));
    if (entry.direction == u"in")
        m_direction->setCurrentIndex(1);
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue((entry.durationSeconds + 59) / 60);
    m_result->setText(entry.result);
    m_result->setPlaceholderText(tr("e.g. will come on Friday"));
    m_amount->setCurrency(entry.currency.isEmpty() ? currency : entry.currency);
    if (entry.amountMinor > 0)
        m_amount->setMinor(entry.amountMinor);
    m_text->setPlainText(entry.text);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What was said, written or bought"));

    auto* form = new QFormLayout;
    form->addRow(tr("What:"), m_kind);
    form->addRow(tr("When:"), m_when);
    auto* directionLabel = new QLabel(tr("Direction:"), this);
    form->addRow(directionLabel, m_direction);
    auto* minutesLabel = new QLabel(tr("Duration:"), this);
    form->addRow(minutesLabel, m_minutes);
    auto* resultLabel = new QLabel(tr("Result:"), this);
    form->addRow(resultLabel, m_result);
    auto* amountLabel = new QLabel(tr("Amount:"), this);
    form->addRow(amountLabel, m_amount);
    form->addRow(tr("Text:"), m_text);
    m_directionRow = {directionLabel, m_direction};
    m_callOnly = {minutesLabel, m_minutes, resultLabel, m_result};
    m_purchaseOnly = {amountLabel, m_amount};

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    saveOnCtrlEnter(this, buttons);
    form->addRow(buttons);
    setLayout(form);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &InteractionDialog::updateFields);
    updateFields();
    resize(480, sizeHint().height());
    (m_kind->currentData().toInt() == int(InteractionKind::Purchase)
         ? static_cast<QWidget*>(m_amount)
         : m_text)
        ->setFocus();
    m_guard.remember();
}

void InteractionDialog::reject()
{
    if (m_guard.mayDiscard())
        QDialog::reject();
}

void InteractionDialog::accept()
{
    // A purchase whose amount is not one stays open with the reason shown.
    if (InteractionKind(m_kind->currentData().toInt()) == InteractionKind::Purchase &&
        !m_amount->check())
        return;
    QDialog::accept();
}

void InteractionDialog::updateFields()
{
    const auto kind = InteractionKind(m_kind->currentData().toInt());
    for (QWidget* w : m_directionRow)
        w->setVisible(kind == InteractionKind::Call || kind == InteractionKind::Message ||
                      kind == InteractionKind::Email);
    for (QWidget* w : m_callOnly)
        w->setVisible(kind == InteractionKind::Call);
    for (QWidget* w : m_purchaseOnly)
        w->setVisible(kind == InteractionKind::Purchase);
}

Interaction InteractionDialog::entry() const
{
    Interaction e = m_entry;
    e.kind = InteractionKind(m_kind->currentData().toInt());
    e.occurredAt = m_when->dateTime().toUTC();
    const bool directed = e.kind == InteractionKind::Call || e.kind == InteractionKind::Message ||
                          e.kind == InteractionKind::Email;
    e.direction = directed ? m_direction->currentData().toString() : QString();
    e.durationSeconds = e.kind == InteractionKind::Call ? m_minutes->value() * 60 : 0;
    e.result = e.kind == InteractionKind::Call ? m_result->text().trimmed() : QString();
    const Result<qint64> amount = m_amount->minor(); // accept() refused anything else
    e.amountMinor = e.kind == InteractionKind::Purchase && amount ? *amount : 0;
    if (e.kind == InteractionKind::Purchase && e.currency.isEmpty())
        e.currency = m_amount->currency();
    e.text = m_text->toPlainText().trimmed();
    return e;
}

} // namespace kartoteka::ui
