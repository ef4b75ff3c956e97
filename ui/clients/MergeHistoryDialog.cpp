#include "clients/MergeHistoryDialog.h"

#include "clients/ClientMerges.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

// "Name (client 12), Name (client 15)": cards of one name told apart.
QString mergedNames(const ClientMergeRecord& merge)
{
    QStringList names;
    for (int i = 0; i < merge.mergedNames.size(); ++i)
        names.append(MergeHistoryDialog::tr("%1 (client %2)")
                         .arg(merge.mergedNames[i])
                         .arg(merge.mergedIds.value(i)));
    return names.join(u", "_s);
}

} // namespace

MergeHistoryDialog::MergeHistoryDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_table(new QTableWidget(0, 5, this)),
      m_empty(new QLabel(tr("No clients have been merged yet. Duplicates are found and merged in "
                            "Clients > Find duplicates."),
                         this)),
      m_undo(new QPushButton(tr("Undo this merge…"), this))
{
    setWindowTitle(tr("Merge history"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Card that stayed"), tr("Cards merged into it"), tr("Who"), tr("State")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MergeHistoryDialog::updateButtons);
    connect(m_undo, &QPushButton::clicked, this, [this] { undoSelected(); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(buttons);
    resize(900, 420);
    reload();
}

void MergeHistoryDialog::reload()
{
    Result<QList<ClientMergeRecord>> merges = ClientMerges(m_db).list();
    m_table->setRowCount(0);
    if (!merges) {
        QMessageBox::warning(this, windowTitle(), merges.error().message);
        updateButtons();
        return;
    }
    m_table->setRowCount(int(merges->size()));
    for (int i = 0; i < merges->size(); ++i) {
        const ClientMergeRecord& m = merges->at(i);
        const QStringList cells{
            QLocale().toString(m.createdAt.toLocalTime(), QLocale::ShortFormat),
            tr("%1 (client %2)").arg(m.keptName).arg(m.keptId), mergedNames(m), m.userName,
            m.undoneAt.isValid()
                ? tr("undone %1")
                      .arg(QLocale().toString(m.undoneAt.toLocalTime(), QLocale::ShortFormat))
                : tr("merged")};
        for (int col = 0; col < cells.size(); ++col) {
            auto* cell = new QTableWidgetItem(cells[col]);
            cell->setToolTip(cells[col]);
            cell->setData(Qt::UserRole, m.id);
            cell->setData(Qt::UserRole + 1, m.undoneAt.isValid());
            m_table->setItem(i, col, cell);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    m_table->setVisible(!merges->isEmpty());
    m_empty->setVisible(merges->isEmpty());
    updateButtons();
}

void MergeHistoryDialog::updateButtons()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    m_undo->setEnabled(!selected.isEmpty() && !selected.first()->data(Qt::UserRole + 1).toBool());
}

bool MergeHistoryDialog::undoSelected(bool ask)
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return false;
    const qint64 merge = selected.first()->data(Qt::UserRole).toLongLong();
    const int row = selected.first()->row();
    if (ask && QMessageBox::question(
                   this, windowTitle(),
                   tr("Undo the merge into %1? %2 come back as they were, with their phones, "
                      "e-mails, timeline and deals, and %1 is put back as it was before the "
                      "merge.")
                       .arg(m_table->item(row, 1)->text(), m_table->item(row, 2)->text())) !=
                   QMessageBox::Yes)
        return false;
    Result<UnmergeReport> report = ClientMerges(m_db).unmerge(merge);
    if (!report) {
        QMessageBox::warning(this, windowTitle(), report.error().message);
        return false;
    }
    QString text =
        tr("The merge was undone: %n card(s) are back.", nullptr, int(report->restoredIds.size()));
    if (!report->leftovers.isEmpty()) {
        QStringList titles;
        for (const MergeLeftover& left : report->leftovers)
            titles.append(left.title);
        text += u"\n\n"_s + tr("Changed since the merge, these stay with %1: %2")
                                .arg(m_table->item(row, 1)->text(), titles.join(u"; "_s));
    }
    if (ask)
        QMessageBox::information(this, windowTitle(), text);
    emit undone();
    reload();
    return true;
}

} // namespace kartoteka::ui
