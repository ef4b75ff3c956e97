#include "money/MoneyEdit.h"

#include "language/Formats.h"
#include "money/Money.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

MoneyEdit::MoneyEdit(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_currency(new QLabel(this)),
      m_problem(new QLabel(this))
{
    m_edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_edit->setPlaceholderText(amountExample());
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b3261e;"_s);
    m_problem->hide();
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_currency);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, m_problem, &QWidget::hide);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (m_edit->text().trimmed().isEmpty())
            return; // nothing typed yet: said when saving, not while moving on
        const Result<qint64> amount = minor();
        if (amount)
            m_edit->setText(formatMajor(*amount)); // shows how it was read
        else
            showProblem(amount.error().message);
    });
}

void MoneyEdit::setCurrency(const QString& currency)
{
    m_currencyCode = currency;
    // "грн" in Ukrainian and Russian, "₴" in English: as formatMoney writes it.
    m_currency->setText(currencySign(currency));
}

QString MoneyEdit::currency() const
{
    return m_currencyCode;
}

void MoneyEdit::setMinor(qint64 minor)
{
    m_edit->setText(formatMajor(minor));
    m_problem->hide();
}

Result<qint64> MoneyEdit::minor() const
{
    return parseMoney(m_edit->text(), MoneySign::NonNegative, QLocale(), m_currencyCode);
}

bool MoneyEdit::check()
{
    const Result<qint64> amount = minor();
    if (amount) {
        m_problem->hide();
        return true;
    }
    showProblem(amount.error().message);
    m_edit->setFocus();
    m_edit->selectAll();
    return false;
}

void MoneyEdit::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

} // namespace kartoteka::ui
