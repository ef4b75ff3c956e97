#pragma once

#include "reports/ReportTable.h"

#include <QDialog>

class QLabel;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

class ReportView;

// The deals or clients behind a bar or row: a table to open them from (a
// double-click or Enter opens the deal or the client card), or export.
class DrillDialog : public QDialog
{
    Q_OBJECT
public:
    DrillDialog(Database& db, const QString& title, const QString& subtitle,
                const ReportTable& table, QWidget* parent = nullptr);

    ReportView* view() const { return m_view; }

signals:
    void rowActivated(int row);

private:
    ReportView* m_view = nullptr;
};

} // namespace kartoteka::ui
