#include "admin/AdminPage.h"

#include "admin/BackupPanel.h"
#include "admin/BackupSettingsForm.h"
#include "admin/SessionsPanel.h"
#include "clients/CustomFieldsEditor.h"
#include "workspace/Workspace.h"

#include <QGroupBox>
#include <QHBoxLayout>
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
    : QWidget(parent), m_backups(new BackupPanel(workspace, this)),
      m_settings(new BackupSettingsForm(workspace.database(), this)),
      m_sessions(new SessionsPanel(workspace.sessions(), this)),
      m_fields(new CustomFieldsEditor(workspace.database(), this))
{
    connect(m_settings, &BackupSettingsForm::saved, m_backups, &BackupPanel::refresh);
    connect(m_backups, &BackupPanel::restoreFinished, this, [this] { reload(); });

    auto* bottom = new QHBoxLayout;
    QGroupBox* settings = group(tr("Backup settings (shared by every PC)"), m_settings, this);
    QGroupBox* sessions = group(tr("Connected now"), m_sessions, this);
    settings->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* leftColumn = new QVBoxLayout;
    leftColumn->addWidget(settings);
    leftColumn->addWidget(group(tr("Client card fields of this shop"), m_fields, this), 1);
    bottom->addLayout(leftColumn, 1);
    bottom->addWidget(sessions, 1);

    auto* layout = new QVBoxLayout(this);
    // The backup list gets most of the height; who is connected the rest.
    layout->addWidget(group(tr("Backups"), m_backups, this), 3);
    layout->addLayout(bottom, 2);
}

void AdminPage::reload()
{
    m_backups->refresh();
    m_settings->reload();
    m_sessions->refresh();
    m_fields->reload();
}

void AdminPage::settingsChanged()
{
    m_backups->refresh();
    // Never throw away what the person is typing; their save will meet the
    // newer version and show both.
    if (!m_settings->isModified())
        m_settings->reload();
}

} // namespace kartoteka::ui
