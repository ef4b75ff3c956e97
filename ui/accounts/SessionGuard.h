#pragma once

#include "accounts/Access.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

class QLabel;
class QMainWindow;
class QWidget;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

class IdleLock;
class SignInPanel;

// Whether the Administration section has anything for `who` (accounts,
// lists, pipelines, backups, restore, the audit, the shop's settings).
bool mayAdminister(const Principal& who);

// Guards a window's content for the person signed in: shows who it is,
// signs out, lets someone else sign in, and locks after the shop's idle
// minutes. While hidden, the window shows only a sign-in panel: none of the
// database, not even its name in the title. Inactive while nobody is signed
// in (a database without accounts is the program's own).
class SessionGuard : public QObject
{
    Q_OBJECT
public:
    SessionGuard(QMainWindow& window, Database& db);

    // The window now shows `db` (another database was opened).
    void setDatabase(Database& db);
    // The shared idle minutes may have changed.
    void settingsChanged();
    // Accounts or roles changed (here or on another PC): the person signed
    // in gets their rights as they are now, and a deactivated account is
    // signed out.
    void accountsChanged();
    // For tests: lock after `interval` instead of the shop's setting.
    void overrideIdleInterval(std::chrono::milliseconds interval);
    IdleLock* idleLock() const { return m_idle; }

    void lock();
    // Audited (auditAction::kSignOut); the window waits for someone to sign in.
    void signOut();
    // Someone else signs in; Cancel returns to the person signed in.
    void switchUser();

    bool isHidingContent() const { return m_panel != nullptr; }
    SignInPanel* panel() const { return m_panel; }
    // "Olena Koval · Manager" in the status bar.
    QLabel* whoLabel() const { return m_who; }

signals:
    // Someone else signed in: the window rebuilds what they may see. A
    // dialog of the one before may still be returning from exec() (it was
    // open when the window locked): the old views go with deleteLater().
    void principalChanged();
    void quitRequested();

private:
    void hideContent();
    void showContent();
    void signedIn(const Principal& principal);
    void refreshWho();
    void applyIdleInterval();

    QMainWindow& m_window;
    Database* m_db;
    IdleLock* m_idle;
    QLabel* m_who;
    std::optional<std::chrono::milliseconds> m_intervalOverride;
    SignInPanel* m_panel = nullptr;
    QPointer<QWidget> m_content;
    QString m_title;
    // Other windows (dialogs, drill-downs) hidden with the content.
    QList<QPointer<QWidget>> m_hiddenWindows;
};

} // namespace kartoteka::ui
