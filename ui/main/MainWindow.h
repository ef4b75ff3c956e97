#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QMenu;
class QListWidget;
class QStackedWidget;

namespace kartoteka {
class Workspace;
enum class Language;
} // namespace kartoteka

namespace kartoteka::ui {

class AdminPage;
class ClientsPage;
class DesktopNotifications;
class ReminderWatcher;
class Outbox;
class TodayPage;
class BoardPage;
class CatalogPage;
class NoticeBanner;
class ReportsPage;
class SessionGuard;
class StatusLine;

// Wires the sections, menus, banner and status line to the open workspace.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Workspace> workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    Workspace& workspace() { return *m_workspace; }
    TodayPage* todayPage() const { return m_today; }
    ClientsPage* clientsPage() const { return m_clients; }
    BoardPage* boardPage() const { return m_board; }
    // Built when first shown; asking for one builds it (hidden until shown).
    ReportsPage* reportsPage();
    CatalogPage* catalogPage();
    AdminPage* adminPage();
    NoticeBanner* banner() const { return m_banner; }
    StatusLine* statusLine() const { return m_statusLine; }
    SessionGuard* sessionGuard() const { return m_guard; }
    QAction* switchUserAction() const { return m_switchUser; }
    QAction* signOutAction() const { return m_signOut; }
    // Ctrl+F from any section: the Clients section, its search box focused.
    QAction* findClientAction() const { return m_findClient; }
    QAction* shortcutsAction() const { return m_shortcuts; }
    // Settings → Language: Українська, Русский, English, as in the system.
    QMenu* languageMenu() const { return m_languageMenu; }

    // Shows a section by its position in the navigation (0: Today, 1: Clients).
    void showSection(int index);
    // Shows a tab of the current section, where it has tabs (reports, administration).
    void showTab(int index);

    // From now on, reminds the signed-in person of their tasks (each minute,
    // and at once of those missed while closed). Not for an unattended
    // screenshot, which must not take a reminder away from its person.
    void watchReminders();
    DesktopNotifications* notifications() const { return m_notifications; }

    // Replaces the open database with another one (File → Open / New).
    void switchTo(std::unique_ptr<Workspace> workspace);

private:
    // The sections, by their place in the navigation and the stack.
    static constexpr int kTodaySection = 0;
    static constexpr int kClientsSection = 1;
    static constexpr int kReportsSection = 3;
    static constexpr int kCatalogSection = 4;
    static constexpr int kAdminSection = 5;

    void createMenus();
    // Builds the page of a deferred section (Reports, Catalog, Administration)
    // in its placeholder's place, unless it is built already.
    void ensureSection(int index);
    void openClient(qint64 id);
    // A new watcher for the open database and its principal, if reminders are watched.
    void restartReminders();
    void openRemindedTask(qint64 taskId);
    void buildViews();
    // The same database for someone else: the old views go once any dialog
    // of theirs has returned.
    void rebuildViews();
    void connectWorkspace();
    void chooseDatabase(bool create);
    void connectToServer();
    void connectToServerAt(const QString& address);
    void showAbout();
    void findClient();
    // Kept on this PC (setChosenLanguage); applies at the next start.
    void chooseLanguage(std::optional<Language> language);

    std::unique_ptr<Workspace> m_workspace;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_sections = nullptr;
    NoticeBanner* m_banner = nullptr;
    StatusLine* m_statusLine = nullptr;
    AdminPage* m_admin = nullptr;
    ClientsPage* m_clients = nullptr;
    TodayPage* m_today = nullptr;
    BoardPage* m_board = nullptr;
    CatalogPage* m_catalog = nullptr;
    ReportsPage* m_reports = nullptr;
    SessionGuard* m_guard = nullptr;
    QAction* m_switchUser = nullptr;
    QAction* m_signOut = nullptr;
    QAction* m_findClient = nullptr;
    QAction* m_shortcuts = nullptr;
    QMenu* m_languageMenu = nullptr;
    QPointer<QWidget> m_retired;
    DesktopNotifications* m_notifications = nullptr;
    ReminderWatcher* m_reminders = nullptr;
    Outbox* m_outbox = nullptr;
    bool m_watchReminders = false;
};

} // namespace kartoteka::ui
