#include "accounts/OwnerSetupDialog.h"

#include "accounts/Accounts.h"
#include "accounts/Passwords.h"
#include "accounts/SignInPanel.h"
#include "main/DialogKeys.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {
constexpr int kLoginRole = Qt::UserRole + 1;
}

OwnerSetupDialog::OwnerSetupDialog(Database& db, QWidget* parent) : GuardedDialog(parent), m_db(db)
{
    setWindowTitle(tr("Set up the owner — %1").arg(databaseShortName(db.path())));
    auto* heading = new QLabel(tr("Who owns this database?"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);

    Result<QList<Account>> staff = Accounts(db).list(false);
    const bool hasStaff = staff && !staff->isEmpty();
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(
        hasStaff ? tr("This database comes from a version of Kartoteka without passwords. The "
                      "owner sets up their account first: pick yourself from the staff list, so "
                      "that your clients and deals stay yours, and choose a login and a "
                      "password. Then you give your colleagues their passwords in "
                      "Administration.")
                 : tr("Everyone who uses Kartoteka signs in with a login and a password. The "
                      "owner's account comes first: it can do everything, and from it you add "
                      "your colleagues' accounts in Administration."));

    m_staff = new QComboBox(this);
    m_staff->addItem(tr("Someone new (not in the list)"), qint64(0));
    if (hasStaff) {
        for (const Account& a : *staff) {
            m_staff->addItem(a.name, a.id);
            m_staff->setItemData(m_staff->count() - 1, a.login, kLoginRole);
        }
    }
    m_name = new QLineEdit(this);
    m_login = new QLineEdit(this);
    m_login->setPlaceholderText(tr("for example olena.koval"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %n characters", nullptr, kMinPasswordLength));
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_message->hide();

    auto* form = new QFormLayout;
    if (hasStaff)
        form->addRow(tr("&You are:"), m_staff);
    else
        m_staff->hide();
    form->addRow(tr("Full &name:"), m_name);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat it:"), m_repeat);

    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("Create the owner and sign in"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &OwnerSetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    saveOnCtrlEnter(this, buttons);
    connect(m_staff, &QComboBox::currentIndexChanged, this, [this](int index) {
        // The person's name (and the login an upgrade made them) as the
        // staff list knows it; both still editable.
        m_name->setText(index > 0 ? m_staff->itemText(index) : QString());
        m_login->setText(index > 0 ? m_staff->itemData(index, kLoginRole).toString() : QString());
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    (hasStaff ? static_cast<QWidget*>(m_staff) : m_name)->setFocus();
}

QString OwnerSetupDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void OwnerSetupDialog::showError(const Error& error)
{
    m_lastError = error.kind;
    m_message->setText(error.message);
    m_message->show();
}

void OwnerSetupDialog::accept()
{
    m_lastError.reset();
    m_message->hide();
    if (m_password->text() != m_repeat->text()) {
        showError(makeError(ErrorKind::Invalid,
                            tr("The two passwords differ. Type the same password twice.")));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    Accounts accounts(m_db);
    Result<Account> owner = accounts.createOwner(
        m_login->text(), m_name->text(), m_password->text(), m_staff->currentData().toLongLong());
    if (!owner) {
        showError(owner.error());
        return;
    }
    Result<Principal> principal = accounts.signIn(owner->login, m_password->text());
    m_password->clear();
    m_repeat->clear();
    if (!principal) {
        showError(principal.error());
        return;
    }
    rememberLogin(principal->login);
    m_principal = *principal;
    QDialog::accept();
}

} // namespace kartoteka::ui
