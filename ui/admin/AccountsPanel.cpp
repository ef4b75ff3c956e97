#include "admin/AccountsPanel.h"

#include "accounts/Passwords.h"
#include "admin/HandOverDialog.h"
#include "main/DialogKeys.h"
#include "storage/Database.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

void AccountListModel::setAccounts(const QList<Account>& accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

int AccountListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).id == id)
            return row;
    }
    return -1;
}

int AccountListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_accounts.size())
        return {};
    const Account& a = m_accounts.at(index.row());
    if (role == Qt::ForegroundRole && !a.active)
        return QPalette().color(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && index.column() == Name)
        return a.name;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return a.name;
    case Login:
        return a.login.isEmpty() ? tr("(none)") : a.login;
    case RoleColumn:
        return roleTitle(a.role);
    case State:
        return a.active ? tr("Active") : tr("Deactivated");
    case Password:
        if (!a.hasPassword)
            return tr("None yet: cannot sign in");
        return a.mustChangePassword ? tr("Temporary: must change at sign-in") : tr("Set");
    }
    return {};
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Login:
        return tr("Login");
    case RoleColumn:
        return tr("Role");
    case State:
        return tr("State");
    case Password:
        return tr("Password");
    }
    return {};
}

TemporaryPasswordDialog::TemporaryPasswordDialog(const Account& account, const QString& password,
                                                 QWidget* parent)
    : QDialog(parent), m_password(password)
{
    setWindowTitle(tr("Temporary password for %1").arg(account.name));
    auto* intro = new QLabel(
        tr("Give %1 this login and temporary password:").arg(account.name.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    auto* login = new QLineEdit(account.login, this);
    login->setReadOnly(true);
    login->setObjectName(u"login"_s);
    auto* shown = new QLineEdit(password, this);
    shown->setReadOnly(true);
    shown->setObjectName(u"password"_s);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    shown->setFont(mono);
    shown->setMinimumWidth(shown->fontMetrics().horizontalAdvance(password) + 40);
    auto* copy = new QPushButton(tr("Copy"), this);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_password); });
    auto* note = new QLabel(
        tr("It is shown only now: Kartoteka keeps no copy of it. %1 must choose their own "
           "password at the first sign-in. If it is lost, reset the password again.")
            .arg(account.name.toHtmlEscaped()),
        this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto* form = new QFormLayout;
    form->addRow(tr("Login:"), login);
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(shown, 1);
    passwordRow->addWidget(copy);
    form->addRow(tr("Password:"), passwordRow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

namespace {

// A role chooser with the roles' titles; the role is in the item's data.
QComboBox* roleBox(QWidget* parent, Role current)
{
    auto* box = new QComboBox(parent);
    for (Role r : allRoles())
        box->addItem(roleTitle(r), int(r));
    box->setCurrentIndex(box->findData(int(current)));
    return box;
}

// Login and name (and for a new account the role), checked by core on save:
// the dialog stays open with what was typed while core refuses.
class AccountDialog : public GuardedDialog
{
    // Its own translation context, not QDialog's.
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ui::AccountDialog)

public:
    AccountDialog(const QString& title, const Account& account, bool withRole, QWidget* parent)
        : GuardedDialog(parent), m_login(new QLineEdit(account.login, this)),
          m_name(new QLineEdit(account.name, this))
    {
        setWindowTitle(title);
        m_login->setObjectName(u"login"_s);
        m_name->setObjectName(u"name"_s);
        m_login->setPlaceholderText(tr("olena.koval"));
        m_name->setPlaceholderText(tr("Olena Koval"));
        auto* form = new QFormLayout;
        form->addRow(tr("Full name:"), m_name);
        form->addRow(tr("Login:"), m_login);
        // Typing starts where the form starts: the name, then the login.
        setTabOrder(m_name, m_login);
        m_name->setFocus();
        if (withRole) {
            m_role = roleBox(this, account.role);
            m_role->setObjectName(u"role"_s);
            form->addRow(tr("Role:"), m_role);
        }
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        saveOnCtrlEnter(this, buttons);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(form);
        if (withRole) {
            auto* note = new QLabel(
                tr("A temporary password is made for the new account and shown once."), this);
            note->setWordWrap(true);
            layout->addWidget(note);
        }
        layout->addWidget(buttons);
        resize(440, sizeHint().height());
    }
    QString login() const { return m_login->text(); }
    QString name() const { return m_name->text(); }
    Role role() const { return m_role ? Role(m_role->currentData().toInt()) : Role::Manager; }

private:
    QLineEdit* m_login;
    QLineEdit* m_name;
    QComboBox* m_role = nullptr;
};

} // namespace

AccountsPanel::AccountsPanel(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_accounts(db), m_model(new AccountListModel(this)),
      m_view(new QTableView(this)), m_message(new QLabel(this)),
      m_add(new QPushButton(tr("Add account…"), this)),
      m_password(new QPushButton(tr("Reset password…"), this)),
      m_role(new QPushButton(tr("Change role…"), this)),
      m_rename(new QPushButton(tr("Login and name…"), this)),
      m_deactivate(new QPushButton(tr("Deactivate…"), this)),
      m_activate(new QPushButton(tr("Activate"), this))
{
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AccountListModel::Name, QHeaderView::Stretch);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_add, &QPushButton::clicked, this, &AccountsPanel::addAccount);
    connect(m_password, &QPushButton::clicked, this, &AccountsPanel::resetPassword);
    connect(m_role, &QPushButton::clicked, this, &AccountsPanel::changeRole);
    connect(m_rename, &QPushButton::clicked, this, &AccountsPanel::rename);
    connect(m_deactivate, &QPushButton::clicked, this, &AccountsPanel::deactivate);
    connect(m_activate, &QPushButton::clicked, this, &AccountsPanel::activate);
    connect(m_view, &QTableView::doubleClicked, this, &AccountsPanel::rename);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountsPanel::updateButtons);
    m_rename->setToolTip(tr("Give an account a login and a name (accounts from before "
                            "passwords got a login made from their name)"));

    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {m_add, m_password, m_role, m_rename, m_deactivate, m_activate})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_view, 1);
    top->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_message);
    reload();
}

bool AccountsPanel::shownTo(const Principal& who)
{
    return who.can(Capability::Accounts);
}

void AccountsPanel::reload()
{
    const qint64 keep = selectedId();
    Result<QList<Account>> accounts = m_accounts.list(true);
    if (!accounts) {
        showError(accounts.error());
        return;
    }
    m_model->setAccounts(*accounts);
    select(keep);
    updateButtons();
}

void AccountsPanel::select(qint64 accountId)
{
    const int row = m_model->rowOf(accountId);
    if (row >= 0)
        m_view->selectRow(row);
    else
        m_view->clearSelection();
    updateButtons();
}

const Account* AccountsPanel::selected() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row()))
        return nullptr;
    return &m_model->accountAt(current.row());
}

qint64 AccountsPanel::selectedId() const
{
    const Account* a = selected();
    return a ? a->id : 0;
}

QString AccountsPanel::message() const
{
    return m_message->text();
}

void AccountsPanel::updateButtons()
{
    const Account* a = selected();
    for (QPushButton* b : {m_password, m_role, m_rename})
        b->setEnabled(a != nullptr);
    m_deactivate->setEnabled(a && a->active);
    m_activate->setEnabled(a && !a->active);
}

void AccountsPanel::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? u"color: #b3261e;"_s : QString());
    m_message->setText(text);
}

void AccountsPanel::showError(const Error& error)
{
    showMessage(error.message, true);
    QMessageBox::warning(this, tr("Accounts"), error.message);
}

void AccountsPanel::done(qint64 selectId, const QString& text)
{
    reload();
    select(selectId);
    showMessage(text);
    emit accountsChanged();
}

void AccountsPanel::addAccount()
{
    Account blank;
    blank.role = Role::Manager;
    AccountDialog dialog(tr("Add an account"), blank, true, this);
    while (dialog.exec() == QDialog::Accepted) {
        const QString password = temporaryPassword();
        Result<Account> added =
            m_accounts.add(dialog.login(), dialog.name(), dialog.role(), password);
        if (!added) {
            QMessageBox::warning(&dialog, dialog.windowTitle(), added.error().message);
            continue;
        }
        done(added->id, tr("%1 can now sign in as %2 with the temporary password.")
                            .arg(added->name, added->login));
        TemporaryPasswordDialog(*added, password, this).exec();
        return;
    }
}

void AccountsPanel::resetPassword()
{
    const Account* a = selected();
    if (!a)
        return;
    const Account account = *a;
    if (account.hasPassword &&
        QMessageBox::question(this, tr("Reset password"),
                              tr("Give %1 a new temporary password? The current password stops "
                                 "working at once.")
                                  .arg(account.name)) != QMessageBox::Yes)
        return;
    const QString password = temporaryPassword();
    if (Status s = m_accounts.setTemporaryPassword(account.id, password); !s) {
        showError(s.error());
        return;
    }
    done(account.id, tr("%1 has a new temporary password.").arg(account.name));
    Result<Account> now = m_accounts.byId(account.id);
    TemporaryPasswordDialog(now ? *now : account, password, this).exec();
}

void AccountsPanel::changeRole()
{
    const Account* a = selected();
    if (!a)
        return;
    const Account account = *a;
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Change role"));
    dialog.setLabelText(tr("Role of %1:").arg(account.name));
    QStringList titles;
    for (Role r : allRoles())
        titles.append(roleTitle(r));
    dialog.setComboBoxItems(titles);
    dialog.setComboBoxEditable(false);
    dialog.setTextValue(roleTitle(account.role));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qsizetype index = titles.indexOf(dialog.textValue());
    if (index < 0)
        return;
    const Role role = allRoles().at(index);
    if (Status s = m_accounts.setRole(account.id, role); !s) {
        showError(s.error());
        return;
    }
    done(account.id, tr("%1 is now: %2. The new rights apply from their next sign-in.")
                         .arg(account.name, roleTitle(role)));
}

void AccountsPanel::rename()
{
    const Account* a = selected();
    if (!a)
        return;
    const Account account = *a;
    AccountDialog dialog(tr("Login and name of %1").arg(account.name), account, false, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (Status s = m_accounts.rename(account.id, dialog.login(), dialog.name()); !s) {
            QMessageBox::warning(&dialog, dialog.windowTitle(), s.error().message);
            continue;
        }
        done(account.id, tr("Saved the login and name of %1.").arg(dialog.name().trimmed()));
        return;
    }
}

void AccountsPanel::deactivate()
{
    const Account* a = selected();
    if (!a || !a->active)
        return;
    const Account leaving = *a;
    Result<HandOverReport> work = m_accounts.workOf(leaving.id);
    if (!work) {
        showError(work.error());
        return;
    }
    Result<QList<Account>> active = m_accounts.list(false);
    if (!active) {
        showError(active.error());
        return;
    }
    QList<Account> colleagues;
    for (const Account& c : *active) {
        if (c.id != leaving.id)
            colleagues.append(c);
    }
    HandOverDialog dialog(leaving, *work, colleagues, this);
    while (dialog.exec() == QDialog::Accepted) {
        const HandOver handOver = dialog.handOver();
        const QString receivers = dialog.receiverNames().join(u", "_s);
        const QString question =
            handOver.toIds.isEmpty()
                ? tr("Deactivate %1? They will no longer be able to sign in.").arg(leaving.name)
                : tr("Deactivate %1 and hand %2 and %3 to %4? They will no longer be able to "
                     "sign in.")
                      .arg(leaving.name, tr("%n client(s)", nullptr, work->clients),
                           tr("%n open deal(s)", nullptr, work->deals), receivers);
        QMessageBox confirm(QMessageBox::Question, tr("Deactivate %1").arg(leaving.name), question,
                            QMessageBox::NoButton, &dialog);
        QPushButton* go = confirm.addButton(tr("Deactivate"), QMessageBox::DestructiveRole);
        confirm.addButton(QMessageBox::Cancel);
        confirm.setDefaultButton(QMessageBox::Cancel);
        confirm.exec();
        if (confirm.clickedButton() != go)
            continue;
        Result<HandOverReport> report = m_accounts.deactivate(handOver);
        if (!report) {
            QMessageBox::warning(&dialog, dialog.windowTitle(), report.error().message);
            continue;
        }
        done(leaving.id, handOver.toIds.isEmpty()
                             ? tr("%1 is deactivated.").arg(leaving.name)
                             : tr("%1 is deactivated. %2 and %3 went to %4.")
                                   .arg(leaving.name, tr("%n client(s)", nullptr, report->clients),
                                        tr("%n open deal(s)", nullptr, report->deals), receivers));
        return;
    }
}

void AccountsPanel::activate()
{
    const Account* a = selected();
    if (!a || a->active)
        return;
    const Account account = *a;
    if (Status s = m_accounts.activate(account.id); !s) {
        showError(s.error());
        return;
    }
    done(account.id,
         tr("%1 is active again and can sign in with their password.").arg(account.name));
}

} // namespace kartoteka::ui
