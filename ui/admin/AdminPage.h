#pragma once

#include <QWidget>

namespace kartoteka {
class Workspace;
}

namespace kartoteka::ui {

class BackupPanel;
class BackupSettingsForm;
class SessionsPanel;
class CustomFieldsEditor;
class ListsEditor;
class PipelineEditor;

// The Administration section: backups and restore, backup settings, and who
// is connected.
class AdminPage : public QWidget
{
    Q_OBJECT
public:
    explicit AdminPage(Workspace& workspace, QWidget* parent = nullptr);

    // Everything may have changed (a restore, possibly on another PC).
    void reload();
    // Shared settings changed somewhere.
    void settingsChanged();

    BackupPanel* backupPanel() const { return m_backups; }
    BackupSettingsForm* settingsForm() const { return m_settings; }
    SessionsPanel* sessionsPanel() const { return m_sessions; }
    ListsEditor* listsEditor() const { return m_lists; }
    PipelineEditor* pipelineEditor() const { return m_pipelines; }

private:
    BackupPanel* m_backups;
    BackupSettingsForm* m_settings;
    SessionsPanel* m_sessions;
    CustomFieldsEditor* m_fields;
    ListsEditor* m_lists;
    PipelineEditor* m_pipelines;
};

} // namespace kartoteka::ui
