#include "admin/SessionsPanel.h"

#include "admin/SessionListModel.h"
#include "storage/Sessions.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace kartoteka::ui {

SessionsPanel::SessionsPanel(SessionRegistry& sessions, QWidget* parent)
    : QWidget(parent), m_sessions(sessions), m_model(new SessionListModel(this)),
      m_table(new QTableView(this))
{
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Long names get the room and are elided; the short columns stay whole.
    m_table->horizontalHeader()->setSectionResizeMode(SessionListModel::User, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    m_timer.setInterval(15 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &SessionsPanel::refresh);
    m_timer.start();
    refresh();
}

void SessionsPanel::refresh()
{
    Result<QList<SessionInfo>> sessions = m_sessions.activeSessions();
    if (sessions)
        m_model->setSessions(*sessions, m_sessions.id());
}

} // namespace kartoteka::ui
