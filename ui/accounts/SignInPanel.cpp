#include "accounts/SignInPanel.h"

#include "accounts/Accounts.h"
#include "accounts/Passwords.h"
#include "demo/DemoData.h"
#include "demo/DemoMark.h"
#include "storage/Database.h"

#include <QDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

const QString kLoginKey = u"signin/last_login"_s;

QLabel* wrappedLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel* messageLabel(QWidget* parent)
{
    QLabel* label = wrappedLabel(parent);
    label->setStyleSheet(u"color: #b00020;"_s);
    label->hide();
    return label;
}

} // namespace

QString rememberedLogin()
{
    return QSettings().value(kLoginKey).toString();
}

void rememberLogin(const QString& login)
{
    QSettings().setValue(kLoginKey, login.trimmed().toLower());
}

SignInPanel::SignInPanel(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    // The form sits in a card of a readable width in the middle of whatever
    // holds it: a small dialog at start, the whole window when locked.
    auto* card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(520);
    card->setMinimumWidth(440);
    m_pages = new QStackedWidget(card);

    auto* signInPage = new QWidget(m_pages);
    m_heading = new QLabel(signInPage);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_intro = wrappedLabel(signInPage);
    m_login = new QLineEdit(signInPage);
    m_login->setPlaceholderText(tr("for example olena.koval"));
    m_password = new QLineEdit(signInPage);
    m_password->setEchoMode(QLineEdit::Password);
    m_message = messageLabel(signInPage);
    m_signIn = new QPushButton(tr("Sign in"), signInPage);
    // Enter is handled by the fields themselves: a dialog's default button
    // would sign in a second time (with the password cleared by the first).
    m_signIn->setAutoDefault(false);
    m_otherPerson = new QPushButton(tr("Sign in as someone else"), signInPage);
    m_cancel = new QPushButton(tr("Cancel"), signInPage);
    m_quit = new QPushButton(tr("Quit Kartoteka"), signInPage);
    for (QPushButton* button : {m_otherPerson, m_cancel, m_quit})
        button->setAutoDefault(false);
    m_demo = wrappedLabel(signInPage);
    m_demo->setTextFormat(Qt::RichText);
    m_demo->setStyleSheet(u"background: #eef5ff; border: 1px solid #b8cfee; padding: 8px;"_s);
    m_demo->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_quit);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_otherPerson);
    buttons->addWidget(m_signIn);
    auto* signInLayout = new QVBoxLayout(signInPage);
    signInLayout->setContentsMargins(0, 0, 0, 0);
    signInLayout->addWidget(m_heading);
    signInLayout->addWidget(m_intro);
    signInLayout->addLayout(form);
    signInLayout->addWidget(m_message);
    signInLayout->addLayout(buttons);
    signInLayout->addWidget(m_demo);

    auto* changePage = new QWidget(m_pages);
    auto* changeHeading = new QLabel(tr("Choose your own password"), changePage);
    changeHeading->setFont(big);
    QLabel* changeIntro = wrappedLabel(changePage);
    changeIntro->setText(tr("You signed in with a temporary password. Choose a password of your "
                            "own (at least %n characters) that only you know; you will sign in "
                            "with it from now on.",
                            nullptr, kMinPasswordLength));
    m_newPassword = new QLineEdit(changePage);
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_repeatPassword = new QLineEdit(changePage);
    m_repeatPassword->setEchoMode(QLineEdit::Password);
    m_changeMessage = messageLabel(changePage);
    m_change = new QPushButton(tr("Save and continue"), changePage);
    auto* back = new QPushButton(tr("Back"), changePage);
    m_change->setAutoDefault(false);
    back->setAutoDefault(false);
    auto* changeForm = new QFormLayout;
    changeForm->addRow(tr("&New password:"), m_newPassword);
    changeForm->addRow(tr("&Repeat it:"), m_repeatPassword);
    auto* changeButtons = new QHBoxLayout;
    changeButtons->addWidget(back);
    changeButtons->addStretch(1);
    changeButtons->addWidget(m_change);
    auto* changeLayout = new QVBoxLayout(changePage);
    changeLayout->setContentsMargins(0, 0, 0, 0);
    changeLayout->addWidget(changeHeading);
    changeLayout->addWidget(changeIntro);
    changeLayout->addLayout(changeForm);
    changeLayout->addWidget(m_changeMessage);
    changeLayout->addLayout(changeButtons);
    changeLayout->addStretch(1);

    m_pages->addWidget(signInPage);
    m_pages->addWidget(changePage);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(20, 16, 20, 16);
    cardLayout->addWidget(m_pages);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 3);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    connect(m_signIn, &QPushButton::clicked, this, &SignInPanel::trySignIn);
    connect(m_login, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty())
            m_password->setFocus();
        else
            trySignIn();
    });
    connect(m_password, &QLineEdit::returnPressed, this, &SignInPanel::trySignIn);
    connect(m_otherPerson, &QPushButton::clicked, this, [this] {
        // The remembered login is most likely the locked person's own.
        const Principal locked = m_locked;
        startSignIn(true);
        m_locked = locked;
        m_login->clear();
        m_login->setFocus();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        // From the lock, Cancel goes back to it; elsewhere to who was signed in.
        if (!m_locked.isSystem())
            startUnlock(m_locked);
        else
            emit cancelled();
    });
    connect(m_quit, &QPushButton::clicked, this, &SignInPanel::quitRequested);
    connect(m_change, &QPushButton::clicked, this, &SignInPanel::tryChangePassword);
    connect(m_repeatPassword, &QLineEdit::returnPressed, this, &SignInPanel::tryChangePassword);
    connect(m_newPassword, &QLineEdit::returnPressed, m_repeatPassword,
            qOverload<>(&QWidget::setFocus));
    connect(back, &QPushButton::clicked, this, &SignInPanel::backToSignIn);
    connect(m_demo, &QLabel::linkActivated, this, [this](const QString& login) {
        m_login->setText(login);
        m_password->setText(login == m_ownPasswordLogin ? QString() : kDemoPassword);
        m_password->setFocus();
    });

    startSignIn(false);
}

void SignInPanel::showPage(int index)
{
    // Only the page shown counts for the size, and a dialog fits it: word-
    // wrapped labels (messages, the demo logins) do not grow a window alone.
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(
            i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_pages->setCurrentIndex(index);
    fitDialog();
}

void SignInPanel::fitDialog()
{
    auto* dialog = qobject_cast<QDialog*>(window());
    if (dialog && dialog->layout()) {
        // Size policies changed just now: recompute before asking for the hint.
        dialog->layout()->invalidate();
        dialog->layout()->activate();
        dialog->adjustSize();
    }
}

void SignInPanel::startSignIn(bool offerCancel)
{
    m_unlocking = false;
    m_locked = {};
    m_signIn->setText(tr("Sign in"));
    showPage(0);
    m_heading->setText(tr("Sign in to Kartoteka"));
    m_intro->setText(tr("Enter your login and password. If you have none, ask the owner or "
                        "the administrator for an account."));
    m_login->setReadOnly(false);
    m_login->setText(rememberedLogin());
    m_password->clear();
    m_otherPerson->hide();
    m_cancel->setVisible(offerCancel);
    clearMessage();
    fillDemoHint();
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

void SignInPanel::startUnlock(const Principal& who)
{
    startSignIn(false);
    m_unlocking = true;
    m_locked = who;
    m_signIn->setText(tr("Unlock"));
    m_heading->setText(tr("Kartoteka is locked"));
    m_intro->setText(tr("Nobody used Kartoteka for a while, so it hid the database. %1, enter "
                        "your password to continue, or let someone else sign in.")
                         .arg(who.name));
    m_login->setText(who.login);
    m_login->setReadOnly(true);
    m_otherPerson->show();
    m_demo->hide();
    m_password->setFocus();
}

bool SignInPanel::isChangingPassword() const
{
    return m_pages->currentIndex() == 1;
}

QString SignInPanel::message() const
{
    QLabel* shown = isChangingPassword() ? m_changeMessage : m_message;
    return shown->isHidden() ? QString() : shown->text();
}

void SignInPanel::showError(const Error& error)
{
    m_lastError = error.kind;
    QLabel* label = isChangingPassword() ? m_changeMessage : m_message;
    label->setText(error.message);
    label->show();
    fitDialog();
}

void SignInPanel::clearMessage()
{
    m_lastError.reset();
    m_message->clear();
    m_message->hide();
    m_changeMessage->clear();
    m_changeMessage->hide();
}

void SignInPanel::fillDemoHint()
{
    m_demo->hide();
    Result<bool> demo = isDemoDatabase(m_db);
    if (!demo || !*demo)
        return;
    Result<QList<Account>> accounts = Accounts(m_db).list(false);
    if (!accounts)
        return;
    // After the first-start assistant the owner is the person, with their own
    // password: the hint says so instead of promising the demo's.
    const Result<qint64> marked = accountWithOwnPassword(m_db);
    const qint64 ownPassword = marked ? *marked : 0;
    m_ownPasswordLogin.clear();
    QStringList rows;
    for (const Account& a : *accounts) {
        if (a.login.isEmpty() || !a.hasPassword)
            continue;
        if (a.id == ownPassword)
            m_ownPasswordLogin = a.login;
        rows.append(u"<a href=\"%1\">%1</a> — %2, %3"_s.arg(
            a.login.toHtmlEscaped(), a.name.toHtmlEscaped(), roleTitle(a.role).toHtmlEscaped()));
    }
    if (rows.isEmpty())
        return;
    const QString password = kDemoPassword.toHtmlEscaped();
    m_demo->setText(
        (m_ownPasswordLogin.isEmpty()
             ? tr("<b>This is a demo database.</b> Every demo account's password is "
                  "<b>%1</b>. Click a login to fill in both, then Sign in.")
                   .arg(password)
             : tr("<b>This is a demo database.</b> <b>%1</b> signs in with the password you "
                  "chose when you created it; every other demo account's password is "
                  "<b>%2</b>. Click a login to fill it in, then Sign in.")
                   .arg(m_ownPasswordLogin.toHtmlEscaped(), password)) +
        u"<br>"_s + rows.join(u"<br>"_s));
    m_demo->show();
    fitDialog();
}

void SignInPanel::trySignIn()
{
    clearMessage();
    if (m_login->text().trimmed().isEmpty()) {
        showError(makeError(ErrorKind::Invalid, tr("Enter your login.")));
        m_login->setFocus();
        return;
    }
    const QString password = m_password->text();
    // Not a try at a password: no failure to count.
    if (password.isEmpty()) {
        showError(makeError(ErrorKind::Invalid, tr("Enter your password.")));
        m_password->setFocus();
        return;
    }
    m_password->clear();
    signInWith(m_login->text(), password);
}

void SignInPanel::signInWith(const QString& login, const QString& password)
{
    clearMessage();
    if (m_login->text() != login)
        m_login->setText(login);
    Accounts accounts(m_db);
    Result<Principal> principal = accounts.signIn(login, password);
    if (!principal) {
        showError(principal.error());
        m_password->setFocus();
        return;
    }
    rememberLogin(principal->login);
    Result<Account> account = accounts.byId(principal->accountId);
    if (!account) {
        showError(account.error());
        return;
    }
    // A read-only database cannot take the new password; the change waits
    // for a sign-in where it can be saved.
    if (account->mustChangePassword && !m_db.isReadOnly()) {
        m_pending = *principal;
        m_pendingPassword = password;
        m_newPassword->clear();
        m_repeatPassword->clear();
        showPage(1);
        m_newPassword->setFocus();
        return;
    }
    emit signedIn(*principal);
}

void SignInPanel::tryChangePassword()
{
    clearMessage();
    if (m_newPassword->text() != m_repeatPassword->text()) {
        showError(makeError(ErrorKind::Invalid,
                            tr("The two new passwords differ. Type the same password twice.")));
        m_repeatPassword->clear();
        m_repeatPassword->setFocus();
        return;
    }
    // changeOwnPassword changes the password of whoever the connection's
    // principal is: for this one call, the person who just signed in.
    const Principal before = m_db.principal();
    m_db.setPrincipal(m_pending);
    const Status changed =
        Accounts(m_db).changeOwnPassword(m_pendingPassword, m_newPassword->text());
    m_db.setPrincipal(before);
    if (!changed) {
        showError(changed.error());
        m_newPassword->clear();
        m_repeatPassword->clear();
        m_newPassword->setFocus();
        return;
    }
    const Principal principal = m_pending;
    m_pending = {};
    m_pendingPassword.clear();
    m_newPassword->clear();
    m_repeatPassword->clear();
    showPage(0);
    emit signedIn(principal);
}

void SignInPanel::backToSignIn()
{
    m_pending = {};
    m_pendingPassword.clear();
    m_newPassword->clear();
    m_repeatPassword->clear();
    clearMessage();
    showPage(0);
    m_password->setFocus();
}

} // namespace kartoteka::ui
