#include "reports/DrillDialog.h"

#include "reports/ReportView.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace kartoteka::ui {

DrillDialog::DrillDialog(Database& db, const QString& title, const QString& subtitle,
                         const ReportTable& table, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    m_view = new ReportView(db, title, this);
    m_view->setSubtitle(subtitle);
    m_view->setSummary(
        table.rows.size() >= 1000
            ? tr("%1. The first 1,000, largest first; double-click one to open it.").arg(subtitle)
            : tr("%1: %n, largest first. Double-click one to open it.", nullptr,
                 int(table.rows.size()))
                  .arg(subtitle));
    m_view->setTables({table});
    connect(m_view, &ReportView::rowActivated, this,
            [this](int, int row) { emit rowActivated(row); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(900, 520);
}

} // namespace kartoteka::ui
