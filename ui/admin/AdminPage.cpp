#include "admin/AdminPage.h"
#include "mail/MailAccountForm.h"
#include "mail/SmsGatewayForm.h"

#include "accounts/IdleLockForm.h"
#include "admin/AccountsPanel.h"
#include "admin/AuditPanel.h"
#include "admin/BackupPanel.h"
#include "admin/BackupSettingsForm.h"
#include "admin/ListsEditor.h"
#include "admin/MoveToServerDialog.h"
#include "admin/RolesPanel.h"
#include "admin/SessionsPanel.h"
#include "automation/AutomationPanel.h"
#include "clients/CustomFieldsEditor.h"
#include "deals/PipelineEditor.h"
#include "documents/ShopDetailsForm.h"
#include "documents/TemplatesPanel.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kartoteka::ui {

namespace {

QGroupBox* group(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

AdminPage::AdminPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_backups(new BackupPanel(workspace, this)),
      m_settings(new BackupSettingsForm(workspace.database(), this)),
      m_sessions(new SessionsPanel(workspace.sessions(), this)),
      m_fields(new CustomFieldsEditor(workspace.database(), this)),
      m_lists(new ListsEditor(workspace.database(), this)),
      m_pipelines(new PipelineEditor(workspace.database(), this)),
      m_idleLock(new IdleLockForm(workspace.database(), this)),
      m_accounts(new AccountsPanel(workspace.database(), this)),
      m_roles(new RolesPanel(workspace.database(), this)),
      m_audit(new AuditPanel(workspace.database(), this)),
      m_automation(new AutomationPanel(workspace.database(), this)),
      m_shop(new ShopDetailsForm(workspace.database(), this)),
      m_templates(new TemplatesPanel(workspace.database(), this)),
      m_mail(new MailAccountForm(workspace.database(), this)),
      m_sms(new SmsGatewayForm(workspace.database(), this)), m_tabs(new QTabWidget(this))
{
    connect(m_settings, &BackupSettingsForm::saved, m_backups, &BackupPanel::refresh);
    connect(m_backups, &BackupPanel::restoreFinished, this, [this] { reload(); });

    // Backups and who is connected on the first tab; what the shop edits rarely on the others.
    auto* backups = new QWidget(this);
    auto* bottom = new QHBoxLayout;
    QGroupBox* settings = group(tr("Backup settings (shared by every PC)"), m_settings, backups);
    settings->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    bottom->addWidget(settings, 1, Qt::AlignTop);
    // Who is connected and when an unattended window locks: both about the
    // people at the PCs.
    auto* people = new QVBoxLayout;
    people->addWidget(group(tr("Connected now"), m_sessions, backups), 1);
    people->addWidget(group(tr("Idle lock (every PC)"), m_idleLock, backups));
    // A file's owner may move the base to a server (issue: a shop outgrows its folder).
    auto* server = new QWidget(backups);
    auto* serverLayout = new QHBoxLayout(server);
    serverLayout->setContentsMargins(0, 0, 0, 0);
    auto* serverText = new QLabel(
        tr("When a shared folder is not enough (many PCs, two branches, limits the server "
           "enforces), the base moves to a PostgreSQL server."),
        server);
    serverText->setWordWrap(true);
    auto* move = new QPushButton(tr("Move to a server…"), server);
    connect(move, &QPushButton::clicked, this, &AdminPage::moveToServer);
    serverLayout->addWidget(serverText, 1);
    serverLayout->addWidget(move, 0, Qt::AlignTop);
    m_serverGroup = group(tr("Server"), server, backups);
    people->addWidget(m_serverGroup);
    bottom->addLayout(people, 1);
    auto* backupsLayout = new QVBoxLayout(backups);
    backupsLayout->addWidget(group(tr("Backups"), m_backups, backups), 3);
    backupsLayout->addLayout(bottom, 2);

    auto* lists = new QWidget(this);
    auto* listsLayout = new QHBoxLayout(lists);
    listsLayout->addWidget(group(tr("Lists"), m_lists, lists), 1);
    listsLayout->addWidget(group(tr("Client card fields of this shop"), m_fields, lists), 1);

    // Short names: twelve tabs fit a 1366-pixel screen in every language.
    m_tabs->addTab(backups, tr("Backups"));
    m_tabs->addTab(lists, tr("Lists and fields"));
    m_tabs->addTab(m_pipelines, tr("Pipelines"));
    m_tabs->addTab(m_automation, tr("Automation"));
    m_tabs->addTab(m_accounts, tr("Accounts"));
    m_tabs->addTab(m_roles, tr("Roles"));
    m_tabs->addTab(m_audit, tr("Audit"));
    // Added last: the tabs before keep their places (--tab N, the tests).
    m_tabs->addTab(m_shop, tr("Shop"));
    m_tabs->addTab(m_templates, tr("Templates"));
    m_tabs->addTab(m_mail, tr("Mail"));
    m_tabs->addTab(m_sms, tr("SMS"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    // A role change or a hand-over is in the audit at once; what colleagues
    // did on other PCs is read when the page is opened.
    connect(m_accounts, &AccountsPanel::accountsChanged, m_audit, &AuditPanel::reload);
    connect(m_audit, &AuditPanel::clientRequested, this, &AdminPage::clientRequested);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget* page = m_tabs->widget(index);
        if (page == m_accounts)
            m_accounts->reload();
        else if (page == m_roles && !m_roles->model()->isModified())
            m_roles->reload();
        else if (page == m_audit)
            m_audit->reload();
        else if (page == m_automation)
            m_automation->reload();
        else if (page == m_shop)
            m_shop->reload();
        else if (page == m_templates)
            m_templates->reload();
        else if (page == m_mail)
            m_mail->reload();
        else if (page == m_sms)
            m_sms->reload();
    });
    showPages();
}

void AdminPage::showPages()
{
    const Principal& who = m_workspace.database().principal();
    // The first two tabs, added first; core refuses without the capability,
    // the page does not offer it.
    m_tabs->setTabVisible(0, who.can(Capability::Backup) || who.can(Capability::Restore) ||
                                 who.can(Capability::Settings));
    m_tabs->setTabVisible(1, who.can(Capability::Lists));
    m_tabs->setTabVisible(m_tabs->indexOf(m_pipelines), who.can(Capability::Pipelines));
    m_settings->setEnabled(who.can(Capability::Backup));
    m_tabs->setTabVisible(m_tabs->indexOf(m_accounts), AccountsPanel::shownTo(who));
    m_tabs->setTabVisible(m_tabs->indexOf(m_roles), RolesPanel::shownTo(who));
    m_tabs->setTabVisible(m_tabs->indexOf(m_audit), AuditPanel::shownTo(who));
    m_tabs->setTabVisible(m_tabs->indexOf(m_automation), AutomationPanel::shownTo(who));
    m_tabs->setTabVisible(m_tabs->indexOf(m_shop), who.can(Capability::Settings));
    m_tabs->setTabVisible(m_tabs->indexOf(m_templates), TemplatesPanel::shownTo(who));
    m_tabs->setTabVisible(m_tabs->indexOf(m_mail), who.can(Capability::Settings));
    m_tabs->setTabVisible(m_tabs->indexOf(m_sms), who.can(Capability::Settings));
    // Only the owner moves a base (or anyone, on one without accounts), and
    // only a file's.
    const Database& db = m_workspace.database();
    m_serverGroup->setVisible(db.backend() == Backend::Sqlite && !db.isReadOnly() &&
                              (who.isSystem() || who.role == Role::Owner));
}

void AdminPage::moveToServer()
{
    MoveToServerDialog dialog(m_workspace.database(), this);
    dialog.exec();
    if (dialog.wantsToConnect())
        emit connectToServerRequested(dialog.movedTo());
}

void AdminPage::applyAccess()
{
    showPages();
    // Another person may be signed in now: nothing of the last one's view stays.
    m_accounts->reload();
    m_roles->reload();
    m_audit->reload();
}

void AdminPage::reload()
{
    m_backups->refresh();
    m_settings->reload();
    m_sessions->refresh();
    m_fields->reload();
    m_lists->reload();
    m_pipelines->reload();
    m_automation->reload();
    applyAccess();
    m_idleLock->reload();
}

void AdminPage::settingsChanged()
{
    m_backups->refresh();
    // Never throw away what the person is typing; their save will meet the
    // newer version and show both.
    if (!m_settings->isModified())
        m_settings->reload();
    if (!m_idleLock->isModified())
        m_idleLock->reload();
}

} // namespace kartoteka::ui
