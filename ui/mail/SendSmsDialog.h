#pragma once

#include "mail/LetterRepository.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// An SMS to a client through the shop's SMS service: to which of their
// phones, the text with how many characters and messages it takes; kept on
// the client's timeline before it goes, so a refused one can be sent again.
class SendSmsDialog : public QDialog
{
    Q_OBJECT
public:
    SendSmsDialog(Database& db, qint64 clientId, QWidget* parent = nullptr);

    QComboBox* toBox() const { return m_to; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QLabel* countLabel() const { return m_count; }
    QLabel* problemLabel() const { return m_problem; }
    // Keeps the SMS and sends it; the SMS kept, or nothing when it was not.
    std::optional<Letter> send();

signals:
    void smsKept();

private:
    void count();

    Database& m_db;
    qint64 m_clientId;
    QComboBox* m_to;
    QPlainTextEdit* m_text;
    QLabel* m_count;
    QLabel* m_problem;
    QPushButton* m_send;
};

} // namespace kartoteka::ui
