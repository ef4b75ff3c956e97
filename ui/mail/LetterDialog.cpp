#include "mail/LetterDialog.h"

#include "documents/DocumentFiles.h"
#include "documents/DocumentRepository.h"
#include "language/Formats.h"
#include "mail/LetterSending.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

LetterDialog::LetterDialog(Database& db, const Letter& letter, QWidget* parent)
    : QDialog(parent), m_db(db), m_letter(letter), m_header(new QLabel(this)),
      m_state(new QLabel(this)), m_body(new QTextBrowser(this)),
      m_sendAgain(new QPushButton(tr("Send again"), this)),
      m_openDocument(new QPushButton(tr("Open the attachment"), this))
{
    setWindowTitle(tr("Letter"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    m_state->setWordWrap(true);
    m_body->setOpenLinks(false);
    m_sendAgain->setObjectName(u"send-again"_s);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_sendAgain, QDialogButtonBox::ActionRole);
    buttons->addButton(m_openDocument, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sendAgain, &QPushButton::clicked, this, &LetterDialog::sendAgain);
    connect(m_openDocument, &QPushButton::clicked, this, [this] {
        Result<IssuedDocument> document = DocumentRepository(m_db).load(m_letter.documentId);
        if (!document)
            QMessageBox::warning(this, windowTitle(), document.error().message);
        else
            openIssuedDocument(m_db, *document, this);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_state);
    layout->addWidget(m_body, 1);
    layout->addWidget(buttons);
    showLetter(letter);
    resize(700, 560);
}

void LetterDialog::showLetter(const Letter& l)
{
    m_letter = l;
    const QString written = formatDateTime(l.createdAt.toLocalTime()).toHtmlEscaped();
    QString header =
        l.channel == LetterChannel::Sms
            ? tr("<b>SMS to:</b> %1 %2<br><b>Written:</b> %3")
                  .arg(l.toName.toHtmlEscaped(), l.toAddress.toHtmlEscaped(), written)
            : tr("<b>To:</b> %1 &lt;%2&gt;<br><b>Subject:</b> %3<br><b>Written:</b> %4")
                  .arg(l.toName.toHtmlEscaped(), l.toAddress.toHtmlEscaped(),
                       l.subject.toHtmlEscaped(), written);
    if (!l.createdByName.isEmpty())
        header += u", "_s + l.createdByName.toHtmlEscaped();
    if (l.sentAt.isValid())
        header += u"<br><b>%1</b> %2"_s.arg(tr("Sent:"), formatDateTime(l.sentAt.toLocalTime()));
    if (l.documentId != 0)
        header += u"<br><b>%1</b> %2.pdf"_s.arg(tr("Attached:"), l.documentTitle.toHtmlEscaped());
    m_header->setText(header);
    const bool bad = l.state == LetterState::Failed || l.state == LetterState::Skipped;
    m_state->setStyleSheet(bad ? u"color: #b00020;"_s : QString());
    m_state->setText(letterStateText(l));
    if (l.html.isEmpty())
        m_body->setPlainText(l.text);
    else
        m_body->setHtml(l.html);
    m_sendAgain->setVisible(maySendAgain(l));
    m_sendAgain->setText(l.state == LetterState::Queued ? tr("Send") : tr("Send again"));
    m_openDocument->setVisible(l.documentId != 0);
}

bool LetterDialog::sendAgain()
{
    if (m_letter.state == LetterState::Sending) {
        // Its sender stopped after handing it over: the client may have it.
        if (QMessageBox::question(this, windowTitle(),
                                  tr("This letter was handed to the mail server, which never "
                                     "answered: the client may have received it. Check the "
                                     "shop's Sent folder first. Send it again anyway?")) !=
            QMessageBox::Yes)
            return false;
        if (Status s = LetterRepository(m_db).giveUp(
                m_letter.id, tr("the server did not answer; sent again by hand"));
            !s) {
            QMessageBox::warning(this, windowTitle(), s.error().message);
            return false;
        }
    }
    const std::optional<Letter> ended = sendKeptLetter(m_db, m_letter.id, this);
    Result<Letter> now = LetterRepository(m_db).load(m_letter.id);
    if (now) {
        showLetter(*now);
        emit letterChanged(*now);
    }
    return ended && ended->state == LetterState::Sent;
}

} // namespace kartoteka::ui
