#include "mail/SendLetterDialog.h"

#include "clients/ClientRepository.h"
#include "documents/DocumentRepository.h"
#include "documents/DocumentTemplate.h"
#include "language/Formats.h"
#include "language/Language.h"
#include "mail/LetterSending.h"
#include "storage/Database.h"
#include "workspace/NewDatabase.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

SendLetterDialog::SendLetterDialog(Database& db, qint64 clientId, qint64 dealId, qint64 documentId,
                                   QWidget* parent)
    : QDialog(parent), m_db(db), m_clientId(clientId), m_dealId(dealId), m_to(new QComboBox(this)),
      m_template(new QComboBox(this)), m_subject(new QLineEdit(this)),
      m_text(new QPlainTextEdit(this)), m_attachment(new QComboBox(this)),
      m_preview(new QTextBrowser(this)), m_problem(new QLabel(this)),
      m_send(new QPushButton(tr("Send"), this)), m_refresh(new QTimer(this))
{
    setWindowTitle(tr("Letter"));
    m_to->setEditable(true);
    m_to->setObjectName(u"to"_s);
    m_template->setObjectName(u"template"_s);
    m_subject->setObjectName(u"subject"_s);
    m_text->setObjectName(u"text"_s);
    m_text->setPlaceholderText(tr("Your words: they go into the template's text, or are the "
                                  "whole letter without a template."));
    m_text->setTabChangesFocus(true);
    // A few lines to write in; the letter as it goes gets the room below.
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 7);
    m_attachment->setObjectName(u"attachment"_s);
    m_preview->setOpenLinks(false);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Template:"), m_template);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Text:"), m_text);
    form->addRow(tr("Attach:"), m_attachment);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send->setObjectName(u"send"_s);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    m_send->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (send())
            accept();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("As it will go:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    fill(documentId);
    // The preview follows the fields, a moment after the typing stops.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(350);
    connect(m_refresh, &QTimer::timeout, this, &SendLetterDialog::refresh);
    const auto later = [this] { m_refresh->start(); };
    connect(m_to, &QComboBox::currentTextChanged, this, later);
    connect(m_template, &QComboBox::currentIndexChanged, this, &SendLetterDialog::refresh);
    connect(m_attachment, &QComboBox::currentIndexChanged, this, &SendLetterDialog::refresh);
    connect(m_subject, &QLineEdit::textEdited, this, [this, later] {
        m_subjectTyped = !m_subject->text().trimmed().isEmpty();
        later();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, later);
    refresh();
    resize(760, 720);
}

void SendLetterDialog::fill(qint64 documentId)
{
    Result<Client> client = ClientRepository(m_db).load(m_clientId);
    if (client) {
        setWindowTitle(tr("Letter to %1").arg(client->displayName()));
        for (const Email& e : client->emails)
            m_to->addItem(e.address);
    }
    m_template->addItem(tr("(none: my own words)"), QString());
    Result<QList<DocumentTemplate>> templates = TemplateRepository(m_db).list();
    if (templates) {
        const QString shopLanguage =
            languageCode(databaseLanguage(m_db).value_or(Language::English));
        for (const DocumentTemplate& t : languageFirst(*templates, shopLanguage)) {
            if (isLetterKind(t.kind))
                m_template->addItem(u"%1 — %2"_s.arg(t.name, documentLanguageName(t.language)),
                                    t.name);
        }
    }
    // A document to send comes with its own words; a letter by itself with the shop's template.
    m_template->setCurrentIndex(documentId != 0 || m_template->count() < 2 ? 0 : 1);
    m_attachment->addItem(tr("(nothing)"), qint64(0));
    Result<QList<IssuedDocument>> documents = DocumentRepository(m_db).forClient(m_clientId);
    if (documents) {
        for (const IssuedDocument& d : *documents)
            m_attachment->addItem(d.title, d.id);
    }
    const int index = m_attachment->findData(documentId);
    m_attachment->setCurrentIndex(index < 0 ? 0 : index);
}

LetterRequest SendLetterDialog::request() const
{
    LetterRequest r;
    r.clientId = m_clientId;
    r.dealId = m_dealId;
    r.templateName = m_template->currentData().toString();
    r.text = m_text->toPlainText();
    r.subject = m_subjectTyped ? m_subject->text() : QString();
    r.toAddress = m_to->currentText();
    r.documentId = m_attachment->currentData().toLongLong();
    return r;
}

void SendLetterDialog::refresh()
{
    m_refresh->stop();
    LetterRequest r = request();
    r.preview = true;
    // One's own words without a subject yet: the letter is still shown.
    const bool subjectFromDraft = !r.templateName.isEmpty() || r.documentId != 0;
    if (!subjectFromDraft && r.subject.trimmed().isEmpty())
        r.subject = tr("(no subject yet)");
    Result<Letter> draft = draftLetter(m_db, r);
    if (!draft) {
        m_draft.reset();
        m_preview->clear();
        showProblem(draft.error().message);
        return;
    }
    m_problem->hide();
    m_draft = *draft;
    if (!m_subjectTyped) {
        const QSignalBlocker quiet(m_subject);
        m_subject->setText(subjectFromDraft ? m_draft->subject.trimmed() : QString());
    }
    QString shown = m_draft->html.isEmpty()
                        ? m_draft->text.toHtmlEscaped().replace(u'\n', u"<br>"_s)
                        : m_draft->html;
    if (m_draft->documentId != 0)
        shown += u"<hr><p>%1</p>"_s.arg(
            tr("Attached: %1.pdf").arg(m_draft->documentTitle).toHtmlEscaped());
    m_preview->setHtml(shown);
}

std::optional<Letter> SendLetterDialog::send()
{
    Result<Letter> draft = draftLetter(m_db, request());
    if (!draft) {
        showProblem(draft.error().message);
        return std::nullopt;
    }
    Letter letter = *draft;
    if (Status s = queueLetter(m_db, letter); !s) {
        showProblem(s.error().message);
        return std::nullopt;
    }
    emit letterKept(letter);
    const std::optional<Letter> ended = sendKeptLetter(m_db, letter.id, this);
    if (ended)
        emit letterKept(*ended);
    // Kept either way: sent, or on the timeline to send again.
    return ended ? ended : std::optional<Letter>(letter);
}

void SendLetterDialog::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

} // namespace kartoteka::ui
