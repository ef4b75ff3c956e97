#include "main/ConnectServerDialog.h"

#include "accounts/SignInDialog.h"
#include "accounts/SignInPanel.h"
#include "main/WorkspaceOpener.h"
#include "storage/ServerAddress.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

ConnectServerDialog::ConnectServerDialog(Purpose purpose, const QString& address, QWidget* parent)
    : QDialog(parent), m_address(new QLineEdit(this)), m_login(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_message(new QLabel(this)),
      m_connect(new QPushButton(tr("Connect"), this))
{
    setWindowTitle(tr("Connect to a server"));
    auto* intro = new QLabel(
        tr("The shop's base is on a PostgreSQL server: give its address and sign in with your "
           "own login and password. Ask the owner for the address; it looks like "
           "postgresql://server/shop or postgresql://server:5432/shop?sslmode=require."),
        this);
    intro->setWordWrap(true);
    m_address->setText(address);
    m_address->setPlaceholderText(u"postgresql://server/shop"_s);
    m_address->setMinimumWidth(420);
    m_login->setText(rememberedLogin());
    m_login->setPlaceholderText(tr("for example olena.koval"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_message->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Server address:"), m_address);
    form->addRow(tr("Login:"), m_login);
    form->addRow(tr("Password:"), m_password);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    connect(m_connect, &QPushButton::clicked, this, &ConnectServerDialog::tryConnect);
    if (purpose == Purpose::Start) {
        QPushButton* file =
            buttons->addButton(tr("Open a database file…"), QDialogButtonBox::ActionRole);
        connect(file, &QPushButton::clicked, this, [this] {
            m_wantsFile = true;
            reject();
        });
        buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    } else {
        buttons->addButton(QDialogButtonBox::Cancel);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    // The field to type in first: the address when there is none yet.
    if (address.isEmpty())
        m_address->setFocus();
    else if (m_login->text().isEmpty())
        m_login->setFocus();
    else
        m_password->setFocus();
}

ConnectServerDialog::~ConnectServerDialog() = default;

DatabaseLocation ConnectServerDialog::location() const
{
    return {m_address->text().trimmed(), ModeChoice::Automatic};
}

void ConnectServerDialog::showMessage(const QString& message, const QString& detail)
{
    m_message->setText(message);
    m_message->setToolTip(detail);
    m_message->setVisible(!message.isEmpty());
}

void ConnectServerDialog::showError(const Error& error)
{
    m_lastError = error.kind;
    showMessage(error.message, error.detail);
}

void ConnectServerDialog::tryConnect()
{
    m_lastError.reset();
    showMessage({});
    const QString address = m_address->text().trimmed();
    if (!isServerAddress(address)) {
        showError(makeError(ErrorKind::Invalid,
                            tr("A server's address begins with postgresql://, for example "
                               "postgresql://server/shop. A database file is opened with File → "
                               "Open database.")));
        m_address->setFocus();
        return;
    }
    if (Result<ServerAddress> parsed = parseServerAddress(address); !parsed) {
        showError(parsed.error());
        m_address->setFocus();
        return;
    }
    if (m_login->text().trimmed().isEmpty()) {
        showError(makeError(ErrorKind::Invalid, tr("Enter your login.")));
        m_login->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(makeError(ErrorKind::Invalid, tr("Enter your password.")));
        m_password->setFocus();
        return;
    }
    const QString login = m_login->text().trimmed();
    const QString password = m_password->text();
    m_password->clear();
    // The server answers within its connect timeout (seconds): the dialog says
    // what it waits for rather than look frozen.
    showMessage(tr("Connecting to %1…").arg(address));
    m_message->setStyleSheet({});
    m_message->repaint();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<Workspace>> opened = openServerWorkspace(location(), login, password);
    QApplication::restoreOverrideCursor();
    m_message->setStyleSheet(u"color: #b00020;"_s);
    if (!opened) {
        showError(opened.error());
        (opened.error().kind == ErrorKind::SignInFailed ? m_password : m_address)->setFocus();
        return;
    }
    showMessage({});
    if (!signInToServerWorkspace(**opened, login, password, this)) {
        m_password->setFocus();
        return;
    }
    m_workspace = std::move(*opened);
    accept();
}

} // namespace kartoteka::ui
