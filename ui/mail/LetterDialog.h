#pragma once

#include "mail/LetterRepository.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// A letter kept on a client's timeline, as it went (or did not): to whom,
// when, how it ended and why, its text and its attached document; a letter
// that did not go is sent again from here.
class LetterDialog : public QDialog
{
    Q_OBJECT
public:
    LetterDialog(Database& db, const Letter& letter, QWidget* parent = nullptr);

    QPushButton* sendAgainButton() const { return m_sendAgain; }
    QLabel* stateLabel() const { return m_state; }
    // Sends the letter again (asking first when it may have gone already).
    bool sendAgain();

signals:
    void letterChanged(const Letter& letter);

private:
    void showLetter(const Letter& letter);

    Database& m_db;
    Letter m_letter;
    QLabel* m_header;
    QLabel* m_state;
    QTextBrowser* m_body;
    QPushButton* m_sendAgain;
    QPushButton* m_openDocument;
};

} // namespace kartoteka::ui
