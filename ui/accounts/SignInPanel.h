#pragma once

#include "accounts/Access.h"
#include "storage/Result.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// The last login that signed in on this PC (QSettings; never the password).
QString rememberedLogin();
void rememberLogin(const QString& login);

// Asks for a login and password and signs in through Accounts::signIn. An
// account that must change its (temporary) password chooses a new one here
// before it is let in. Used in the sign-in dialog at start and, inside the
// window, for sign-out, switching user and the idle lock.
class SignInPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SignInPanel(Database& db, QWidget* parent = nullptr);

    // Anyone may sign in; the remembered login is filled in. With
    // `offerCancel` a Cancel button goes back to whoever was signed in.
    void startSignIn(bool offerCancel);
    // The window is locked: `who` types their password, or someone else signs in.
    void startUnlock(const Principal& who);
    // Signs in with a login and password already typed elsewhere (a server's
    // connection dialog): signedIn() at once, or the panel shows why not, or
    // asks a temporary password's owner to choose their own.
    void signInWith(const QString& login, const QString& password);

    bool isUnlocking() const { return m_unlocking; }
    bool isChangingPassword() const;
    // The kind of the last refusal shown (wrong password, too many attempts...).
    std::optional<ErrorKind> lastError() const { return m_lastError; }
    QString message() const;

    QLineEdit* loginEdit() const { return m_login; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* signInButton() const { return m_signIn; }
    QPushButton* otherPersonButton() const { return m_otherPerson; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLineEdit* newPasswordEdit() const { return m_newPassword; }
    QLineEdit* repeatPasswordEdit() const { return m_repeatPassword; }
    QPushButton* changePasswordButton() const { return m_change; }
    QLabel* demoHint() const { return m_demo; }

signals:
    void signedIn(const kartoteka::Principal& principal);
    void cancelled();
    void quitRequested();

private:
    void trySignIn();
    void tryChangePassword();
    void backToSignIn();
    void showError(const Error& error);
    void clearMessage();
    void fillDemoHint();
    void showPage(int index);
    void fitDialog();

    Database& m_db;
    bool m_unlocking = false;
    // Whose lock this is, also while someone else is trying to sign in at it.
    Principal m_locked;
    std::optional<ErrorKind> m_lastError;
    // Between the two steps of a forced password change: the account signed
    // in and the password it signed in with (changeOwnPassword asks for it).
    Principal m_pending;
    QString m_pendingPassword;

    QStackedWidget* m_pages;
    QLabel* m_heading;
    QLabel* m_intro;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_message;
    QLabel* m_demo;
    // The demo's owner whose password the first-start assistant made the
    // person's own: its link fills the login alone.
    QString m_ownPasswordLogin;
    QPushButton* m_signIn;
    QPushButton* m_otherPerson;
    QPushButton* m_cancel;
    QPushButton* m_quit;
    QLineEdit* m_newPassword;
    QLineEdit* m_repeatPassword;
    QLabel* m_changeMessage;
    QPushButton* m_change;
};

} // namespace kartoteka::ui
