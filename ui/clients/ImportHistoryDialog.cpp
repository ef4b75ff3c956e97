#include "clients/ImportHistoryDialog.h"

#include "import/ImportBatches.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

ImportHistoryDialog::ImportHistoryDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_table(new QTableWidget(0, 7, this)),
      m_undo(new QPushButton(tr("Undo this import…"), this))
{
    setWindowTitle(tr("Import history"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("File"), tr("Who"), tr("Added"),
                                        tr("Filled in"), tr("Skipped"), tr("State")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &ImportHistoryDialog::updateButtons);
    connect(m_undo, &QPushButton::clicked, this, [this] { undoSelected(); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 420);
    reload();
}

void ImportHistoryDialog::reload()
{
    Result<QList<ImportBatch>> batches = ImportBatches(m_db).list();
    m_table->setRowCount(0);
    if (!batches) {
        QMessageBox::warning(this, windowTitle(), batches.error().message);
        updateButtons();
        return;
    }
    m_table->setRowCount(int(batches->size()));
    for (int i = 0; i < batches->size(); ++i) {
        const ImportBatch& b = batches->at(i);
        const QStringList cells{
            QLocale().toString(b.createdAt.toLocalTime(), QLocale::ShortFormat),
            b.fileName,
            b.userName,
            QString::number(b.added),
            QString::number(b.updated),
            QString::number(b.skipped),
            b.undoneAt.isValid()
                ? tr("undone %1")
                      .arg(QLocale().toString(b.undoneAt.toLocalTime(), QLocale::ShortFormat))
                : tr("in the base")};
        for (int col = 0; col < cells.size(); ++col) {
            auto* cell = new QTableWidgetItem(cells[col]);
            cell->setToolTip(cells[col]);
            cell->setData(Qt::UserRole, b.id);
            cell->setData(Qt::UserRole + 1, b.undoneAt.isValid());
            m_table->setItem(i, col, cell);
        }
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void ImportHistoryDialog::updateButtons()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    m_undo->setEnabled(!selected.isEmpty() && !selected.first()->data(Qt::UserRole + 1).toBool());
}

bool ImportHistoryDialog::undoSelected(bool ask)
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return false;
    const qint64 batch = selected.first()->data(Qt::UserRole).toLongLong();
    const int row = selected.first()->row();
    if (ask && QMessageBox::question(
                   this, windowTitle(),
                   tr("Undo the import of %1? The %2 clients it added are removed and the %3 it "
                      "filled in are put back as they were; clients someone changed since are "
                      "kept.")
                       .arg(m_table->item(row, 1)->text(), m_table->item(row, 3)->text(),
                            m_table->item(row, 4)->text())) != QMessageBox::Yes)
        return false;
    Result<ImportUndoReport> report = ImportBatches(m_db).undo(batch);
    if (!report) {
        QMessageBox::warning(this, windowTitle(), report.error().message);
        return false;
    }
    QString text =
        tr("Undone: %1 clients removed, %2 restored.").arg(report->removed).arg(report->restored);
    if (!report->kept.isEmpty())
        text +=
            u' ' + tr("%n client(s) changed since were kept.", nullptr, int(report->kept.size()));
    if (ask)
        QMessageBox::information(this, windowTitle(), text);
    emit undone();
    reload();
    return true;
}

} // namespace kartoteka::ui
