#pragma once

#include <QTimer>
#include <QWidget>

class QTableView;

namespace kartoteka {
class SessionRegistry;
}

namespace kartoteka::ui {

class SessionListModel;

// Who else has this database open, refreshed every few seconds.
class SessionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SessionsPanel(SessionRegistry& sessions, QWidget* parent = nullptr);
    void refresh();
    SessionListModel* model() const { return m_model; }

private:
    SessionRegistry& m_sessions;
    SessionListModel* m_model;
    QTableView* m_table;
    QTimer m_timer;
};

} // namespace kartoteka::ui
