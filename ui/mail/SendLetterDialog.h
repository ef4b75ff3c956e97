#pragma once

#include "mail/Letters.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// A letter to a client: to which of their addresses, from a letter or
// greeting template or in one's own words, with one of their documents
// attached; the letter shown as it will go, then sent. It is kept on the
// client's timeline before it goes, so that a letter the server did not
// take can be sent again from there. Opened from the card (More → Letter…)
// and from a document just issued.
class SendLetterDialog : public QDialog
{
    Q_OBJECT
public:
    SendLetterDialog(Database& db, qint64 clientId, qint64 dealId = 0, qint64 documentId = 0,
                     QWidget* parent = nullptr);

    QComboBox* toBox() const { return m_to; }
    QComboBox* templateBox() const { return m_template; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QComboBox* attachmentBox() const { return m_attachment; }
    QTextBrowser* preview() const { return m_preview; }
    QLabel* problemLabel() const { return m_problem; }
    // Fills the letter in again from the fields now (the preview waits a moment after typing).
    void refresh();
    // Keeps the letter and sends it; the letter kept, or nothing when it was not.
    std::optional<Letter> send();

signals:
    // A letter was kept (sent or not): the card shows it.
    void letterKept(const Letter& letter);

private:
    LetterRequest request() const;
    void fill(qint64 documentId);
    void showProblem(const QString& message);

    Database& m_db;
    qint64 m_clientId;
    qint64 m_dealId;
    QComboBox* m_to;
    QComboBox* m_template;
    QLineEdit* m_subject;
    QPlainTextEdit* m_text;
    QComboBox* m_attachment;
    QTextBrowser* m_preview;
    QLabel* m_problem;
    QPushButton* m_send;
    QTimer* m_refresh;
    // Whether the person wrote the subject: then a template does not replace it.
    bool m_subjectTyped = false;
    std::optional<Letter> m_draft;
};

} // namespace kartoteka::ui
