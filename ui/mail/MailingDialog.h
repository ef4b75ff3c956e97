#pragma once

#include "mail/Mailings.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QThread;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// A mailing to the clients the list shows (its search and filters): who it
// reaches and who is left out, a letter template with one's own words, the
// letter as it goes to any recipient, a limit per minute; then sending on a
// thread of its own with a progress bar, pause and cancel. Opened for a
// mailing kept earlier, it resumes it.
class MailingDialog : public QDialog
{
    Q_OBJECT
public:
    MailingDialog(Database& db, const ClientListQuery& segment, QWidget* parent = nullptr);
    MailingDialog(Database& db, qint64 mailingId, QWidget* parent = nullptr);
    ~MailingDialog() override;

    QComboBox* channelBox() const { return m_channel; }
    QComboBox* templateBox() const { return m_template; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QSpinBox* perMinuteBox() const { return m_perMinute; }
    QComboBox* previewBox() const { return m_previewFor; }
    QTextBrowser* preview() const { return m_preview; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* stateLabel() const { return m_state; }
    const std::optional<MailingPlan>& plan() const { return m_plan; }
    qint64 mailingId() const { return m_mailingId; }
    bool isSending() const { return m_thread != nullptr; }

    // Keeps the mailing and starts sending it (asks for the mail password
    // when this PC has none); false with the reason shown.
    bool start();
    void pause();
    void cancelMailing();
    // Fills the letter in again for the recipient chosen.
    void refreshPreview();
    void reject() override;

signals:
    void sendingEnded(const MailingStatus& status);

private:
    void build();
    MailingRequest request() const;
    LetterChannel channel() const;
    // What sends a mailing of `channel`, with this PC's password or key
    // (asked for when missing); nothing with the reason shown.
    std::optional<Senders> senders(LetterChannel channel);
    void makePlan();
    bool send(qint64 id);
    void showStatus(const MailingStatus& status);
    void ended();
    // Stops the sending after its letter and waits for it.
    void stopAndWait();
    void showProblem(const QString& message);

    Database& m_db;
    ClientListQuery m_segment;
    qint64 m_mailingId = 0;
    std::optional<MailingPlan> m_plan;
    QLabel* m_summary;
    QComboBox* m_channel;
    QComboBox* m_template;
    QLineEdit* m_subject;
    QPlainTextEdit* m_text;
    QSpinBox* m_perMinute;
    QComboBox* m_previewFor;
    QTextBrowser* m_preview;
    QProgressBar* m_progress;
    QLabel* m_state;
    QPushButton* m_start;
    QPushButton* m_pause;
    QPushButton* m_cancel;
    QThread* m_thread = nullptr;
    std::shared_ptr<MailingControl> m_control;
    std::shared_ptr<std::optional<Result<MailingStatus>>> m_result;
};

} // namespace kartoteka::ui
