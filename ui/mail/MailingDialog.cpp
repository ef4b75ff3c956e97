#include "mail/MailingDialog.h"

#include "documents/DocumentTemplate.h"
#include "language/Formats.h"
#include "language/Language.h"
#include "mail/LetterSending.h"
#include "main/BackgroundWork.h"
#include "sms/SmsGateway.h"
#include "storage/Database.h"
#include "workspace/NewDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

// Recipients offered for a preview: enough to look at a few, not a list of thousands.
constexpr int kPreviewRecipients = 200;

} // namespace

MailingDialog::MailingDialog(Database& db, const ClientListQuery& segment, QWidget* parent)
    : QDialog(parent), m_db(db), m_segment(segment)
{
    build();
    makePlan();
    refreshPreview();
}

MailingDialog::MailingDialog(Database& db, qint64 mailingId, QWidget* parent)
    : QDialog(parent), m_db(db), m_mailingId(mailingId)
{
    build();
    // A kept mailing's letters are written already: only its sending is left.
    for (QWidget* w : std::initializer_list<QWidget*>{m_channel, m_template, m_subject, m_text,
                                                      m_perMinute, m_previewFor, m_preview})
        w->setEnabled(false);
    m_start->setText(tr("Resume"));
    Result<MailingStatus> status = mailingStatus(m_db, mailingId);
    if (!status) {
        showProblem(status.error().message);
        m_start->setEnabled(false);
        return;
    }
    m_summary->setText(tr("Mailing «%1» of %2.")
                           .arg(status->subject, formatDateTime(status->createdAt.toLocalTime())));
    showStatus(*status);
}

MailingDialog::~MailingDialog()
{
    stopAndWait();
}

void MailingDialog::build()
{
    setWindowTitle(tr("Mailing"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_channel = new QComboBox(this);
    m_channel->addItem(tr("E-mail"), int(LetterChannel::Email));
    m_channel->addItem(tr("SMS"), int(LetterChannel::Sms));
    m_channel->setObjectName(u"channel"_s);
    m_template = new QComboBox(this);
    m_subject = new QLineEdit(this);
    m_subject->setPlaceholderText(tr("the template's subject"));
    m_text = new QPlainTextEdit(this);
    m_text->setPlaceholderText(tr("Your words: they go into the template's text."));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 6);
    m_perMinute = new QSpinBox(this);
    m_perMinute->setRange(0, 10000);
    m_perMinute->setSpecialValueText(tr("no limit"));
    m_perMinute->setSuffix(tr(" a minute"));
    // Most mail services take a few dozen letters a minute from one account.
    m_perMinute->setValue(20);
    m_previewFor = new QComboBox(this);
    m_preview = new QTextBrowser(this);
    m_preview->setOpenLinks(false);
    m_progress = new QProgressBar(this);
    m_progress->hide();
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_start = new QPushButton(tr("Start sending"), this);
    m_pause = new QPushButton(tr("Pause"), this);
    m_cancel = new QPushButton(tr("Cancel the mailing"), this);
    m_start->setObjectName(u"start"_s);
    m_pause->setObjectName(u"pause"_s);
    m_cancel->setObjectName(u"cancel-mailing"_s);

    const QString shopLanguage = languageCode(databaseLanguage(m_db).value_or(Language::English));
    if (Result<QList<DocumentTemplate>> templates = TemplateRepository(m_db).list(); templates) {
        for (const DocumentTemplate& t : languageFirst(*templates, shopLanguage)) {
            if (isLetterKind(t.kind))
                m_template->addItem(u"%1 — %2"_s.arg(t.name, documentLanguageName(t.language)),
                                    t.name);
        }
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Send as:"), m_channel);
    form->addRow(tr("Template:"), m_template);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Text:"), m_text);
    form->addRow(tr("At most:"), m_perMinute);
    form->addRow(tr("Preview for:"), m_previewFor);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pause, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    // Hidden after adding: the box shows what it is given. They come with the sending.
    m_pause->hide();
    m_cancel->hide();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &MailingDialog::start);
    connect(m_pause, &QPushButton::clicked, this, &MailingDialog::pause);
    connect(m_cancel, &QPushButton::clicked, this, &MailingDialog::cancelMailing);
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this, form] {
        // An SMS is its text alone: no template, no subject.
        const bool sms = channel() == LetterChannel::Sms;
        form->setRowVisible(m_template, !sms);
        form->setRowVisible(m_subject, !sms);
        m_text->setPlaceholderText(
            sms ? tr("The message to every recipient: {client} and {manager} become each "
                     "one's name and their manager's.")
                : tr("Your words: they go into the template's text."));
        m_previewFor->clear();
        makePlan();
        refreshPreview();
    });
    connect(m_template, &QComboBox::currentIndexChanged, this, &MailingDialog::refreshPreview);
    connect(m_previewFor, &QComboBox::currentIndexChanged, this, &MailingDialog::refreshPreview);
    connect(m_subject, &QLineEdit::editingFinished, this, &MailingDialog::refreshPreview);
    connect(m_text, &QPlainTextEdit::textChanged, this, &MailingDialog::refreshPreview);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_state);
    layout->addWidget(buttons);
    resize(780, 760);
}

LetterChannel MailingDialog::channel() const
{
    return LetterChannel(m_channel->currentData().toInt());
}

MailingRequest MailingDialog::request() const
{
    MailingRequest r;
    r.channel = channel();
    r.segment = m_segment;
    r.templateName = m_template->currentData().toString();
    r.subject = m_subject->text();
    r.text = m_text->toPlainText();
    r.perMinute = m_perMinute->value();
    return r;
}

void MailingDialog::makePlan()
{
    MailingRequest r = request();
    const bool sms = r.channel == LetterChannel::Sms;
    // Who it reaches does not depend on the text, which is written afterwards.
    if (sms && r.text.trimmed().isEmpty())
        r.text = u"-"_s;
    // 100,000 clients take seconds: read on a thread of its own.
    std::optional<MailingPlan> planned;
    Status read = waitForDatabase(this, windowTitle(), tr("Finding who the mailing reaches…"), m_db,
                                  [&](Database& db, WorkProgress&) -> Status {
                                      Result<MailingPlan> plan = planMailing(db, r);
                                      if (!plan)
                                          return plan.error();
                                      planned = std::move(*plan);
                                      return Status::success();
                                  });
    if (!read) {
        showProblem(read.error().message);
        m_start->setEnabled(false);
        return;
    }
    m_plan = std::move(planned);
    m_summary->setText(
        (sms ? tr("The SMS goes to %n client(s) of the list shown", nullptr, m_plan->toSend)
             : tr("The letter goes to %n client(s) of the list shown", nullptr, m_plan->toSend)) +
        u"; "_s +
        (sms ? tr("left out: %1 without a mobile number, %2 who asked for no mailings, %3 with "
                  "the number of another card sent to.")
             : tr("left out: %1 without an e-mail, %2 who asked for no mailings, %3 with the "
                  "address of another card sent to."))
            .arg(m_plan->noAddress)
            .arg(m_plan->refused)
            .arg(m_plan->sameAddress) +
        (m_plan->badAddress > 0
             ? u" "_s + tr("%n with an address a letter cannot go to (correct it on the card).",
                           nullptr, m_plan->badAddress)
             : QString()));
    int offered = 0;
    for (const MailingRecipient& r : m_plan->recipients) {
        if (r.skipped)
            continue;
        m_previewFor->addItem(u"%1 <%2>"_s.arg(r.name, r.address), r.clientId);
        if (++offered == kPreviewRecipients)
            break;
    }
    m_start->setEnabled(m_plan->toSend > 0);
}

void MailingDialog::refreshPreview()
{
    if (m_mailingId != 0 || m_previewFor->count() == 0)
        return;
    Result<Letter> letter =
        previewMailing(m_db, request(), m_previewFor->currentData().toLongLong());
    if (!letter) {
        m_preview->clear();
        showProblem(letter.error().message);
        return;
    }
    m_state->clear();
    m_state->setStyleSheet(QString());
    if (letter->channel == LetterChannel::Sms) {
        m_preview->setPlainText(letter->text);
        // Each part is paid for: how many this recipient's text takes.
        m_state->setText(tr("For this recipient: %1, %2.")
                             .arg(tr("%n character(s)", nullptr, int(letter->text.size())),
                                  tr("%n message(s)", nullptr, smsParts(letter->text))));
    } else
        m_preview->setHtml(
            u"<p><b>%1</b> %2</p><hr>"_s.arg(tr("Subject:"), letter->subject.toHtmlEscaped()) +
            letter->html);
}

bool MailingDialog::start()
{
    if (m_thread)
        return false;
    if (m_mailingId == 0) {
        if (!m_plan || m_plan->toSend == 0)
            return false;
        if (QMessageBox::question(this, windowTitle(),
                                  tr("Send the letter to %n client(s)?", nullptr,
                                     m_plan->toSend)) != QMessageBox::Yes)
            return false;
        // Every letter is filled in before any goes: a while for thousands.
        qint64 id = 0;
        Status kept =
            waitForDatabase(this, windowTitle(), tr("Preparing the letters…"), m_db,
                            [&, r = request()](Database& db, WorkProgress& progress) -> Status {
                                Result<qint64> started =
                                    startMailing(db, r, [&](int done, int total) {
                                        progress.done = done;
                                        progress.total = total;
                                        return !progress.cancelled;
                                    });
                                if (!started)
                                    return started.error();
                                id = *started;
                                return Status::success();
                            });
        if (!kept) {
            showProblem(kept.error().message);
            return false;
        }
        m_mailingId = id;
        for (QWidget* w : std::initializer_list<QWidget*>{m_channel, m_template, m_subject, m_text,
                                                          m_perMinute, m_previewFor})
            w->setEnabled(false);
    }
    return send(m_mailingId);
}

std::optional<Senders> MailingDialog::senders(LetterChannel channel)
{
    Senders senders;
    if (channel == LetterChannel::Sms) {
        Result<SmsGateway> gateway = loadSmsGateway(m_db);
        if (!gateway || !gateway->isSet()) {
            showProblem(gateway ? tr("The shop's SMS service is not set up yet: the owner or an "
                                     "administrator fills it in under Administration → SMS. The "
                                     "mailing is kept and can be resumed from Clients → "
                                     "Mailings.")
                                : gateway.error().message);
            return std::nullopt;
        }
        senders.gateway = *gateway;
        Result<QString> token = QString();
        waitFor(this, windowTitle(), tr("Reading the key…"), [&] { token = smsToken(*gateway); });
        senders.smsToken = token ? *token : QString();
        return senders;
    }
    Result<MailAccount> account = loadMailAccount(m_db);
    if (!account || !account->isSet()) {
        showProblem(account ? tr("The shop's mail is not set up yet: the owner or an "
                                 "administrator fills it in under Administration → Mail. The "
                                 "mailing is kept and can be resumed from Clients → Mailings.")
                            : account.error().message);
        return std::nullopt;
    }
    const std::optional<QString> password = mailPasswordFor(*account, this);
    if (!password)
        return std::nullopt;
    senders.account = *account;
    senders.smtp = smtpAccount(*account, *password);
    return senders;
}

bool MailingDialog::send(qint64 id)
{
    Result<MailingStatus> before = mailingStatus(m_db, id);
    if (!before) {
        showProblem(before.error().message);
        return false;
    }
    const std::optional<Senders> ready = senders(before->channel);
    if (!ready)
        return false;
    m_control = std::make_shared<MailingControl>();
    m_result = std::make_shared<std::optional<Result<MailingStatus>>>();
    QPointer<MailingDialog> self(this);
    m_control->progress = [self](const MailingStatus& status) {
        QMetaObject::invokeMethod(
            qApp,
            [self, status] {
                if (self)
                    self->showStatus(status);
            },
            Qt::QueuedConnection);
    };
    // The sending has a connection of its own: one lives on one thread.
    m_thread = QThread::create([options = m_db.reopenOptions(), id, senders = *ready,
                                control = m_control, result = m_result] {
        Result<std::unique_ptr<Database>> db = Database::open(options);
        if (!db)
            *result = Result<MailingStatus>(db.error());
        else
            *result = runMailing(**db, id, senders, *control);
    });
    connect(m_thread, &QThread::finished, this, &MailingDialog::ended);
    m_progress->show();
    m_start->hide();
    m_pause->show();
    m_cancel->show();
    m_pause->setEnabled(true);
    m_state->setStyleSheet(QString());
    m_state->setText(tr("Sending…"));
    m_thread->start();
    return true;
}

void MailingDialog::showStatus(const MailingStatus& s)
{
    const int total = s.sent + s.queued + s.failed + s.sending;
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(s.sent + s.failed + s.sending);
    QString text = tr("%1: sent %2 of %3").arg(mailingStateText(s.state)).arg(s.sent).arg(total);
    if (s.failed > 0)
        text += u"; "_s + tr("not sent %1 (on their timelines, to send again)").arg(s.failed);
    if (s.sending > 0)
        text += u"; "_s + tr("%1 may have gone (no answer from the server)").arg(s.sending);
    if (!s.problem.isEmpty())
        text += u"\n"_s + s.problem;
    m_state->setStyleSheet(s.problem.isEmpty() ? QString() : u"color: #b00020;"_s);
    m_state->setText(text);
    const bool open = s.state == MailingState::Sending || s.state == MailingState::Paused;
    if (!m_thread) {
        m_start->setVisible(open);
        m_start->setText(tr("Resume"));
        m_cancel->setVisible(open);
        m_pause->hide();
    }
}

void MailingDialog::ended()
{
    if (!m_thread)
        return; // waited for already (stopAndWait)
    m_thread->deleteLater();
    m_thread = nullptr;
    std::optional<Result<MailingStatus>> result = *m_result;
    if (!result || !*result) {
        showProblem(result ? (*result).error().message : QString());
        m_pause->hide();
        m_start->show();
        return;
    }
    showStatus(**result);
    emit sendingEnded(**result);
}

void MailingDialog::pause()
{
    if (m_control)
        m_control->pause = true;
    m_pause->setEnabled(false);
    m_state->setText(tr("Pausing after the letter being sent…"));
}

void MailingDialog::cancelMailing()
{
    if (QMessageBox::question(this, windowTitle(),
                              tr("Cancel the mailing? The letters not sent yet will not be "
                                 "sent.")) != QMessageBox::Yes)
        return;
    if (m_thread && m_control) {
        m_control->cancel = true;
        return;
    }
    if (Status s = kartoteka::cancelMailing(m_db, m_mailingId); !s) {
        showProblem(s.error().message);
        return;
    }
    if (Result<MailingStatus> now = mailingStatus(m_db, m_mailingId); now)
        showStatus(*now);
}

void MailingDialog::stopAndWait()
{
    if (!m_thread)
        return;
    m_control->pause = true;
    QThread* thread = m_thread;
    waitFor(this, windowTitle(), tr("Pausing after the letter being sent…"),
            [thread] { thread->wait(); });
    ended();
}

void MailingDialog::reject()
{
    if (m_thread && QMessageBox::question(this, windowTitle(),
                                          tr("Pause the mailing? It can be resumed from Clients → "
                                             "Mailings.")) != QMessageBox::Yes)
        return;
    stopAndWait();
    QDialog::reject();
}

void MailingDialog::showProblem(const QString& message)
{
    m_state->setStyleSheet(u"color: #b00020;"_s);
    m_state->setText(message);
}

} // namespace kartoteka::ui
