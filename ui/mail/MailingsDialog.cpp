#include "mail/MailingsDialog.h"

#include "language/Formats.h"
#include "mail/MailingDialog.h"
#include "mail/Mailings.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

MailingsDialog::MailingsDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_table(new QTableWidget(this)),
      m_resume(new QPushButton(tr("Resume…"), this)),
      m_cancel(new QPushButton(tr("Cancel the mailing"), this))
{
    setWindowTitle(tr("Mailings"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Started"), tr("Subject"), tr("State"), tr("Sent"), tr("Who started it")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_resume, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resume, &QPushButton::clicked, this, &MailingsDialog::resume);
    connect(m_cancel, &QPushButton::clicked, this, &MailingsDialog::cancel);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool open = m_table->currentRow() >= 0 &&
                          m_table->item(m_table->currentRow(), 2)->data(Qt::UserRole).toBool();
        m_resume->setEnabled(open);
        m_cancel->setEnabled(open);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    reload();
    resize(820, 420);
}

void MailingsDialog::reload()
{
    m_table->setRowCount(0);
    m_resume->setEnabled(false);
    m_cancel->setEnabled(false);
    Result<QList<MailingStatus>> all = listMailings(m_db);
    if (!all) {
        QMessageBox::warning(this, windowTitle(), all.error().message);
        return;
    }
    for (const MailingStatus& s : *all) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* when = new QTableWidgetItem(formatDateTime(s.createdAt.toLocalTime()));
        when->setData(Qt::UserRole, s.id);
        m_table->setItem(row, 0, when);
        m_table->setItem(row, 1, new QTableWidgetItem(s.subject));
        auto* state = new QTableWidgetItem(mailingStateText(s.state));
        state->setData(Qt::UserRole,
                       s.state == MailingState::Sending || s.state == MailingState::Paused);
        if (!s.problem.isEmpty())
            state->setToolTip(s.problem);
        m_table->setItem(row, 2, state);
        m_table->setItem(row, 3, new QTableWidgetItem(tr("%1 of %2").arg(s.sent).arg(s.meant())));
        m_table->setItem(row, 4, new QTableWidgetItem(s.createdByName));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

qint64 MailingsDialog::currentId() const
{
    const int row = m_table->currentRow();
    return row < 0 ? 0 : m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void MailingsDialog::resume()
{
    if (const qint64 id = currentId(); id != 0) {
        MailingDialog dialog(m_db, id, this);
        dialog.exec();
        reload();
    }
}

void MailingsDialog::cancel()
{
    const qint64 id = currentId();
    if (id == 0 || QMessageBox::question(this, windowTitle(),
                                         tr("Cancel the mailing? The letters not sent yet will "
                                            "not be sent.")) != QMessageBox::Yes)
        return;
    if (Status s = cancelMailing(m_db, id); !s)
        QMessageBox::warning(this, windowTitle(), s.error().message);
    reload();
}

} // namespace kartoteka::ui
