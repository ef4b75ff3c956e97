#pragma once

#include <QWidget>

class QTabWidget;

namespace kartoteka {
class Workspace;
}

namespace kartoteka::ui {

class AccountsPanel;
class AuditPanel;
class AutomationPanel;
class ShopDetailsForm;
class TemplatesPanel;
class MailAccountForm;
class SmsGatewayForm;
class BackupPanel;
class BackupSettingsForm;
class SessionsPanel;
class CustomFieldsEditor;
class IdleLockForm;
class ListsEditor;
class PipelineEditor;
class RolesPanel;

// The Administration section: backups and restore, backup settings, who is
// connected, the lists, the pipelines, the accounts, the roles and the audit.
class AdminPage : public QWidget
{
    Q_OBJECT
public:
    explicit AdminPage(Workspace& workspace, QWidget* parent = nullptr);

    // Everything may have changed (a restore, possibly on another PC).
    void reload();
    // Shared settings changed somewhere.
    void settingsChanged();
    // Shows the pages the signed-in principal may use (after a sign-in or a
    // switch of user), each page's own shownTo() deciding, and reads them
    // again as that person.
    void applyAccess();

    BackupPanel* backupPanel() const { return m_backups; }
    BackupSettingsForm* settingsForm() const { return m_settings; }
    SessionsPanel* sessionsPanel() const { return m_sessions; }
    ListsEditor* listsEditor() const { return m_lists; }
    PipelineEditor* pipelineEditor() const { return m_pipelines; }
    IdleLockForm* idleLockForm() const { return m_idleLock; }
    AccountsPanel* accountsPanel() const { return m_accounts; }
    RolesPanel* rolesPanel() const { return m_roles; }
    AuditPanel* auditPanel() const { return m_audit; }
    AutomationPanel* automationPanel() const { return m_automation; }
    ShopDetailsForm* shopForm() const { return m_shop; }
    TemplatesPanel* templatesPanel() const { return m_templates; }
    MailAccountForm* mailForm() const { return m_mail; }
    SmsGatewayForm* smsForm() const { return m_sms; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    // Something here (an audit row) asks to show a client.
    void clientRequested(qint64 clientId);
    // The base was moved to the server at `address`: connect to it now.
    void connectToServerRequested(const QString& address);

private:
    void showPages();
    void moveToServer();

    Workspace& m_workspace;
    BackupPanel* m_backups;
    BackupSettingsForm* m_settings;
    SessionsPanel* m_sessions;
    CustomFieldsEditor* m_fields;
    ListsEditor* m_lists;
    PipelineEditor* m_pipelines;
    IdleLockForm* m_idleLock;
    AccountsPanel* m_accounts;
    RolesPanel* m_roles;
    AuditPanel* m_audit;
    AutomationPanel* m_automation;
    ShopDetailsForm* m_shop;
    TemplatesPanel* m_templates;
    MailAccountForm* m_mail;
    SmsGatewayForm* m_sms;
    QTabWidget* m_tabs;
    QWidget* m_serverGroup = nullptr;
};

} // namespace kartoteka::ui
