#include "mail/SendSmsDialog.h"

#include "clients/ClientRepository.h"
#include "clients/ClientSettings.h"
#include "clients/PhoneNumbers.h"
#include "mail/Letters.h"
#include "mail/LetterSending.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

SendSmsDialog::SendSmsDialog(Database& db, qint64 clientId, QWidget* parent)
    : QDialog(parent), m_db(db), m_clientId(clientId), m_to(new QComboBox(this)),
      m_text(new QPlainTextEdit(this)), m_count(new QLabel(this)), m_problem(new QLabel(this)),
      m_send(new QPushButton(tr("Send"), this))
{
    setWindowTitle(tr("SMS"));
    m_to->setEditable(true);
    if (Result<Client> client = ClientRepository(m_db).load(clientId); client) {
        setWindowTitle(tr("SMS to %1").arg(client->displayName()));
        const QString region = phoneRegion(m_db);
        for (const Phone& p : client->phones) {
            if (takesSms(p.e164))
                m_to->addItem(formatStoredPhone(p.e164, region), p.e164);
        }
    }
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(
        tr("{client} and {manager} become the client's name and their manager's."));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Text:"), m_text);
    form->addRow(QString(), m_count);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send->setObjectName(u"send"_s);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    m_send->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (send())
            accept();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, &SendSmsDialog::count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    count();
    // The number is chosen already; the text is what is typed.
    m_text->setFocus();
    resize(520, 320);
}

void SendSmsDialog::count()
{
    // As it will go: with the client's and manager's names in place.
    QString text = m_text->toPlainText();
    if (text.contains(kClientPlaceholder) || text.contains(kManagerPlaceholder)) {
        if (Result<Letter> drafted = draftSms(m_db, m_clientId, text); drafted)
            text = drafted->text;
    }
    m_count->setText(tr("%n character(s)", nullptr, int(text.size())) + u", "_s +
                     tr("%n message(s)", nullptr, smsParts(text)));
}

std::optional<Letter> SendSmsDialog::send()
{
    const QString typed = m_to->currentText();
    const QString phone = m_to->currentIndex() >= 0 && m_to->itemText(m_to->currentIndex()) == typed
                              ? m_to->currentData().toString()
                              : typed;
    Result<Letter> sms = draftSms(m_db, m_clientId, m_text->toPlainText(), phone);
    if (!sms) {
        m_problem->setText(sms.error().message);
        m_problem->show();
        return std::nullopt;
    }
    Letter kept = *sms;
    if (Status s = queueLetter(m_db, kept); !s) {
        m_problem->setText(s.error().message);
        m_problem->show();
        return std::nullopt;
    }
    emit smsKept();
    const std::optional<Letter> ended = sendKeptLetter(m_db, kept.id, this);
    emit smsKept();
    return ended ? ended : std::optional<Letter>(kept);
}

} // namespace kartoteka::ui
