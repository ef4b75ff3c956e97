#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;

namespace kartoteka {
class Workspace;
}

namespace kartoteka::ui {

// The status bar's permanent part: which database in which mode, how the last
// backup went (a failure stays visible until a backup succeeds), who else is in.
class StatusLine : public QWidget
{
    Q_OBJECT
public:
    explicit StatusLine(Workspace& workspace, QWidget* parent = nullptr);
    void refresh();

    QString databaseText() const;
    QString backupText() const;

private:
    Workspace& m_workspace;
    QLabel* m_database;
    QLabel* m_backup;
    QLabel* m_others;
    QTimer m_timer;
};

} // namespace kartoteka::ui
