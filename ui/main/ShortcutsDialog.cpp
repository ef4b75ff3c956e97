#include "main/ShortcutsDialog.h"

#include "main/Keys.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kartoteka::ui {

ShortcutsDialog::ShortcutsDialog(QWidget* parent) : QDialog(parent), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    const auto text = [](const QKeySequence& keys) {
        return keys.toString(QKeySequence::NativeText);
    };
    const auto key = [&text](Qt::Key k) { return text(QKeySequence(k)); };
    QList<std::pair<QString, QString>> rows{
        {tr("Find a client (from any section)"), text(keys::findClient())},
        {tr("From the search into the list"), key(Qt::Key_Down)},
        {tr("From the list into the card"), key(Qt::Key_Enter)},
        {tr("Clear the search"), key(Qt::Key_Escape)},
        {tr("Log a call"), text(keys::logCall())},
        {tr("Add a note"), text(keys::logNote())},
        {tr("Log a purchase"), text(keys::logPurchase())},
        {tr("New client"), text(keys::newClient())},
        {tr("Import clients from a file"), text(keys::importClients())},
        {tr("Find duplicate clients"), text(keys::findDuplicates())},
        {tr("Edit the client"), text(keys::editClient())},
        {tr("New task (from any section)"), text(keys::newTask())},
        {tr("Mark the chosen task done (Today)"), text(keys::taskDone())},
        {tr("Save a dialog (from any field)"), text(keys::saveDialog())},
        {tr("Close a dialog (asks first when something was typed)"), key(Qt::Key_Escape)},
        {tr("Deals: open the selected deal"), key(Qt::Key_Enter)},
        {tr("Deals: move the deal to the next or previous stage"),
         text(QKeySequence(Qt::CTRL | Qt::Key_Right)) + QStringLiteral(" / ") +
             text(QKeySequence(Qt::CTRL | Qt::Key_Left))},
        {tr("Deals: undo the last move"), text(QKeySequence(QKeySequence::Undo))},
        {tr("Reports: print"), text(QKeySequence(QKeySequence::Print))},
        {tr("Open a database"), text(QKeySequence(QKeySequence::Open))},
        {tr("New database"), text(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N))},
        {tr("This list"), text(QKeySequence(QKeySequence::HelpContents))},
        {tr("Quit"), text(QKeySequence(QKeySequence::Quit))},
    };
    // A standard key the desktop does not define (Quit on some) is not listed.
    rows.removeIf([](const std::pair<QString, QString>& row) { return row.second.isEmpty(); });
    m_table->setColumnCount(2);
    m_table->setRowCount(int(rows.size()));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    for (int row = 0; row < rows.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(rows[row].first));
        m_table->setItem(row, 1, new QTableWidgetItem(rows[row].second));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* note = new QLabel(
        tr("The phone rings: %1, type a part of the number, %2, type what "
           "was said, %3.")
            .arg(text(keys::findClient()), text(keys::logCall()), text(keys::saveDialog())),
        this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 560);
}

} // namespace kartoteka::ui
