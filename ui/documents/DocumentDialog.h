#pragma once

#include "documents/Documents.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTextEdit;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// Make a document for a client or a deal: choose the template (and for an
// invoice, proposal or delivery note the deal), see it as it will be, then
// issue it — it takes its number and is kept as issued — and save its PDF
// or print it. Opened from the client's card, the deal's dialog and a board
// card's menu.
class DocumentDialog : public QDialog
{
    Q_OBJECT
public:
    DocumentDialog(Database& db, qint64 clientId, qint64 dealId, QWidget* parent = nullptr);

    QComboBox* templateBox() const { return m_template; }
    QComboBox* dealBox() const { return m_deal; }
    QTextEdit* preview() const { return m_preview; }
    const std::optional<IssuedDocument>& issued() const { return m_issued; }
    // Issues the document shown (once); false with the reason shown.
    bool issue();
    // The title of a document of the same numbered kind issued from this deal
    // before ("Рахунок на оплату № 6 — 03.12.2026"), or empty: a second
    // invoice for one deal is asked about before it takes a number.
    QString issuedBefore() const;
    // Closing with a letter's text written and not issued asks first.
    void reject() override;

signals:
    // A document was issued: the card and the deal show it.
    void documentIssued(const IssuedDocument& document);
    // A letter with the document was kept (sent or not).
    void letterKept();

private:
    void fillTemplates();
    void fillDeals(qint64 dealId);
    void refresh();
    // Whether text typed into a letter may be dropped (asks when there is some).
    bool mayDiscardText();
    void rememberChoice();
    void saveAs();
    void print();
    // Issues the document and writes a letter with it attached.
    void send();
    void showProblem(const QString& message);
    // Issues the document, asking first when the deal has one of its kind.
    bool confirmAndIssue();

    Database& m_db;
    qint64 m_clientId;
    QComboBox* m_template;
    QLabel* m_dealLabel;
    QComboBox* m_deal;
    QDateEdit* m_date;
    // The page as it will be issued; a letter's or card's text is written here.
    QTextEdit* m_preview;
    QLabel* m_state;
    QPushButton* m_save;
    QPushButton* m_print;
    QPushButton* m_open;
    QPushButton* m_send;
    std::optional<DocumentDraft> m_draft;
    std::optional<IssuedDocument> m_issued;
    // The choice the preview shows, put back when the person keeps their text.
    int m_shownTemplate = -1;
    int m_shownDeal = -1;
    QDate m_shownDate;
};

} // namespace kartoteka::ui
