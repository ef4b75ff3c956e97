#include "clients/ExportClientsDialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

// The columns chosen last on this PC, by key; none saved: every column.
const QString kColumnsKey = u"export/clientColumns"_s;

} // namespace

ExportClientsDialog::ExportClientsDialog(const QList<CustomField>& customFields,
                                         const ClientListQuery& shown, bool narrowed,
                                         QWidget* parent)
    : QDialog(parent), m_query(shown),
      m_shown(new QRadioButton(tr("Those the list shows (its search and filters)"), this)),
      m_all(new QRadioButton(tr("All clients"), this)), m_columns(new QListWidget(this))
{
    setWindowTitle(tr("Export clients"));
    auto* which = new QGroupBox(tr("Which clients"), this);
    auto* whichLayout = new QVBoxLayout(which);
    whichLayout->addWidget(m_shown);
    whichLayout->addWidget(m_all);
    (narrowed ? m_shown : m_all)->setChecked(true);
    m_shown->setEnabled(narrowed);

    const QStringList saved = QSettings().value(kColumnsKey).toStringList();
    for (const ClientExportColumn& column : clientExportColumns(customFields)) {
        auto* item = new QListWidgetItem(column.title, m_columns);
        item->setData(Qt::UserRole, column.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(saved.isEmpty() || saved.contains(column.key) ? Qt::Checked
                                                                          : Qt::Unchecked);
    }
    connect(m_columns, &QListWidget::itemChanged, this, &ExportClientsDialog::updateButtons);
    auto* every = new QPushButton(tr("All columns"), this);
    connect(every, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_columns->count(); ++i)
            m_columns->item(i)->setCheckState(Qt::Checked);
    });
    auto* columnsBox =
        new QGroupBox(tr("Columns (Excel and CSV; a vCard holds the contacts)"), this);
    auto* columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->addWidget(m_columns, 1);
    auto* columnButtons = new QHBoxLayout;
    columnButtons->addWidget(every);
    columnButtons->addStretch(1);
    columnsLayout->addLayout(columnButtons);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Choose the file…"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings().setValue(kColumnsKey, options().columns);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(which);
    layout->addWidget(columnsBox, 1);
    layout->addWidget(buttons);
    resize(600, 600);
    updateButtons();
}

ClientExportOptions ExportClientsDialog::options() const
{
    ClientExportOptions options;
    if (m_shown->isChecked())
        options.query = m_query;
    options.query.afterId = 0;
    options.query.afterSortKey.clear();
    options.query.afterValue.clear();
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->item(i)->checkState() == Qt::Checked)
            options.columns.append(m_columns->item(i)->data(Qt::UserRole).toString());
    }
    return options;
}

void ExportClientsDialog::updateButtons()
{
    bool any = false;
    for (int i = 0; i < m_columns->count() && !any; ++i)
        any = m_columns->item(i)->checkState() == Qt::Checked;
    m_ok->setEnabled(any);
}

} // namespace kartoteka::ui
