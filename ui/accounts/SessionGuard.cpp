#include "accounts/SessionGuard.h"

#include "accounts/Accounts.h"
#include "accounts/AccountSettings.h"
#include "accounts/IdleLock.h"
#include "accounts/SignInPanel.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

bool mayAdminister(const Principal& who)
{
    for (Capability c :
         {Capability::Accounts, Capability::Lists, Capability::Pipelines, Capability::Backup,
          Capability::Restore, Capability::Audit, Capability::Settings})
        if (who.can(c))
            return true;
    return false;
}

SessionGuard::SessionGuard(QMainWindow& window, Database& db)
    : QObject(&window), m_window(window), m_db(&db), m_idle(new IdleLock(this)),
      m_who(new QLabel(&window))
{
    m_who->setContentsMargins(4, 0, 16, 0);
    m_window.statusBar()->addPermanentWidget(m_who);
    connect(m_idle, &IdleLock::idle, this, &SessionGuard::lock);
    setDatabase(db);
}

void SessionGuard::setDatabase(Database& db)
{
    m_db = &db;
    applyIdleInterval();
    refreshWho();
    m_idle->setActive(!m_db->principal().isSystem() && !isHidingContent());
}

void SessionGuard::settingsChanged()
{
    applyIdleInterval();
}

void SessionGuard::accountsChanged()
{
    const Principal me = m_db->principal();
    // While hidden, the next sign-in brings the rights as they are then.
    if (me.isSystem() || isHidingContent())
        return;
    Accounts accounts(*m_db);
    Result<Account> account = accounts.byId(me.accountId);
    if (!account)
        return;
    if (!account->active) {
        hideContent();
        m_window.setWindowTitle(tr("Sign in"));
        m_panel->startSignIn(false);
        return;
    }
    Result<Principal> now = accounts.principalOf(me.accountId);
    if (!now)
        return;
    m_db->setPrincipal(*now);
    refreshWho();
    if (now->role != me.role || now->capabilities != me.capabilities)
        emit principalChanged();
}

void SessionGuard::overrideIdleInterval(std::chrono::milliseconds interval)
{
    m_intervalOverride = interval;
    applyIdleInterval();
}

void SessionGuard::applyIdleInterval()
{
    if (m_intervalOverride) {
        m_idle->setInterval(*m_intervalOverride);
        return;
    }
    // Unreadable for a moment (the share is away): keep what was set.
    if (Result<IdleLockSetting> setting = loadIdleLock(*m_db))
        m_idle->setInterval(std::chrono::minutes(setting->minutes));
}

void SessionGuard::refreshWho()
{
    const Principal& me = m_db->principal();
    m_who->setVisible(!me.isSystem());
    m_who->setText(tr("Signed in: %1 (%2)").arg(me.name, roleTitle(me.role)));
}

void SessionGuard::lock()
{
    if (m_db->principal().isSystem() || isHidingContent())
        return;
    hideContent();
    m_window.setWindowTitle(tr("Locked"));
    m_panel->startUnlock(m_db->principal());
}

void SessionGuard::signOut()
{
    const Principal& me = m_db->principal();
    if (me.isSystem() || isHidingContent())
        return;
    // Nothing else changes with it, so it has a transaction of its own; a
    // failure to record it must not keep the person signed in.
    (void)recordAudit(*m_db, {auditAction::kSignOut, Accounts::kEntity, me.accountId, 0, {}, {}});
    hideContent();
    m_window.setWindowTitle(tr("Sign in"));
    m_panel->startSignIn(false);
}

void SessionGuard::switchUser()
{
    if (m_db->principal().isSystem() || isHidingContent())
        return;
    hideContent();
    m_window.setWindowTitle(tr("Sign in"));
    m_panel->startSignIn(true);
    // The login remembered on this PC is most likely the current person's.
    m_panel->loginEdit()->clear();
    m_panel->loginEdit()->setFocus();
}

void SessionGuard::hideContent()
{
    m_idle->setActive(false);
    m_title = m_window.windowTitle();
    m_content = m_window.takeCentralWidget();
    // Taking it orphans it: kept the window's child, it goes with the window.
    if (m_content) {
        m_content->setParent(&m_window);
        m_content->hide();
    }
    m_panel = new SignInPanel(*m_db, &m_window);
    connect(m_panel, &SignInPanel::signedIn, this, &SessionGuard::signedIn);
    connect(m_panel, &SignInPanel::cancelled, this, &SessionGuard::showContent);
    connect(m_panel, &SignInPanel::quitRequested, this, &SessionGuard::quitRequested);
    m_window.setCentralWidget(m_panel);
    m_window.statusBar()->hide();
    m_window.menuBar()->setEnabled(false);
    // A card or a report opened in a window of its own would show the base
    // too. A modal one hidden stops blocking the window, so the password
    // can be typed; it comes back when the same person signs in again.
    m_hiddenWindows.clear();
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows) {
        if (w == &m_window || !w->isVisible())
            continue;
        const Qt::WindowType type = w->windowType();
        if (type == Qt::Dialog || type == Qt::Window || type == Qt::Tool)
            m_hiddenWindows.append(w);
        w->hide();
    }
}

void SessionGuard::showContent()
{
    if (!m_panel)
        return;
    SignInPanel* panel = m_panel;
    m_panel = nullptr;
    // The panel may be inside its own signal: it goes once that returns.
    m_window.takeCentralWidget();
    panel->setParent(&m_window);
    panel->hide();
    panel->deleteLater();
    if (m_content) {
        m_window.setCentralWidget(m_content);
        m_content->show();
    }
    m_window.statusBar()->show();
    m_window.menuBar()->setEnabled(true);
    m_window.setWindowTitle(m_title);
    for (const QPointer<QWidget>& w : std::as_const(m_hiddenWindows))
        if (w)
            w->show();
    m_hiddenWindows.clear();
    refreshWho();
    m_idle->setActive(!m_db->principal().isSystem());
}

void SessionGuard::signedIn(const Principal& principal)
{
    const Principal before = m_db->principal();
    m_db->setPrincipal(principal);
    if (principal.accountId == before.accountId && principal.role == before.role &&
        principal.capabilities == before.capabilities) {
        showContent();
        return;
    }
    // Someone else (or the same person with other rights): what was open
    // belongs to the one before and is closed, not shown to the new one.
    for (const QPointer<QWidget>& w : std::as_const(m_hiddenWindows)) {
        // done(), not reject(): a form's "close without saving?" belongs to
        // the one who typed, and must not be asked of the one signing in.
        if (auto* dialog = qobject_cast<QDialog*>(w.data()))
            dialog->done(QDialog::Rejected);
        else if (w)
            w->close();
    }
    m_hiddenWindows.clear();
    showContent();
    emit principalChanged();
}

} // namespace kartoteka::ui
