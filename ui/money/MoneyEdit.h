#pragma once

#include "storage/Result.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace kartoteka::ui {

// An amount of money typed the way people write it ("1 250,50", "1250.50"),
// read by core's parseMoney: the same rules as the CLI and the imports, and
// a message under the field when the text is not an amount ("1e3", "12abc").
// A spin box would quietly round, clamp or reinterpret instead.
class MoneyEdit : public QWidget
{
    Q_OBJECT
public:
    explicit MoneyEdit(QWidget* parent = nullptr);

    // The ISO code ("UAH"); the field shows it as people write it ("грн", "₴").
    void setCurrency(const QString& currency);
    QString currency() const;
    void setMinor(qint64 minor);
    // The amount typed, or why it is not one.
    Result<qint64> minor() const;
    // Shows the problem under the field and focuses it; true when the text is an amount.
    bool check();
    QLineEdit* lineEdit() const { return m_edit; }

private:
    void showProblem(const QString& message);

    QLineEdit* m_edit;
    QLabel* m_currency;
    QString m_currencyCode;
    QLabel* m_problem;
};

} // namespace kartoteka::ui
