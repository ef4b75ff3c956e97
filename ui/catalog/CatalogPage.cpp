#include "catalog/CatalogPage.h"

#include "clients/ClientSettings.h"
#include "main/DialogKeys.h"
#include "main/FileDialogs.h"
#include "storage/LiveFiles.h"

#include <QCheckBox>
#include <QColor>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

void ProductListModel::setProducts(const QList<Product>& products)
{
    beginResetModel();
    m_products = products;
    endResetModel();
}

int ProductListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product& p = m_products.at(index.row());
    if (role == Qt::ForegroundRole && !p.active)
        return QVariant::fromValue(QColor(Qt::gray));
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Price || index.column() == Vat || index.column() == Stock))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case Sku:
        return p.sku;
    case Name:
        return p.active ? p.name : tr("%1 (not in the catalog)").arg(p.name);
    case Unit:
        return p.unit;
    case Price:
        return formatMoney(p.priceMinor, p.currency);
    case Category:
        return p.category;
    case Vat:
        return tr("%1 %").arg(locale.toString(p.vatPercent));
    case Stock:
        return p.stock ? locale.toString(*p.stock) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProductListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Unit:
        return tr("Unit");
    case Price:
        return tr("Price");
    case Category:
        return tr("Category");
    case Vat:
        return tr("VAT");
    case Stock:
        return tr("Stock (from accounting)");
    case ColumnCount:
        break;
    }
    return {};
}

CatalogPage::CatalogPage(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_model(new ProductListModel(this)), m_search(new QLineEdit(this)),
      m_inactive(new QCheckBox(tr("Show products no longer sold"), this)),
      m_view(new QTableView(this)),
      m_empty(
          new QLabel(tr("The catalog is empty. Export the products from your accounting program "
                        "as CSV (SKU, name, price; unit, category, VAT and stock if it has them) "
                        "and use \"Import from accounting (CSV)…\"."),
                     this))
{
    m_empty->setWordWrap(true);
    m_search->setPlaceholderText(tr("Find by SKU or name"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &CatalogPage::reload);
    connect(m_inactive, &QCheckBox::toggled, this, &CatalogPage::reload);
    auto* import = new QPushButton(tr("Import from accounting (CSV)…"), this);
    import->setToolTip(tr("Adds new products, updates changed ones and marks the missing ones as "
                          "no longer sold, after showing what will change. Nothing is deleted."));
    connect(import, &QPushButton::clicked, this, &CatalogPage::importFile);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ProductListModel::Name, QHeaderView::Stretch);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_inactive);
    bar->addWidget(import);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    reload();
}

void CatalogPage::reload()
{
    Result<QList<Product>> products =
        ProductRepository(m_db).list(m_inactive->isChecked(), m_search->text());
    m_model->setProducts(products ? *products : QList<Product>{});
    m_empty->setVisible(m_model->rowCount() == 0 && m_search->text().isEmpty());
}

void CatalogPage::applyChanges(const QList<Change>& changes)
{
    for (const Change& c : changes) {
        if (c.entity == ProductRepository::kEntity)
            return reload();
    }
}

void CatalogPage::importFile()
{
    const QString path = chooseFileToOpen(this, tr("Import the catalog"), QDir::homePath(),
                                          tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<QByteArray> bytes = readChosenFile(path);
    if (!bytes) {
        QMessageBox::warning(this, tr("Import the catalog"), bytes.error().message);
        return;
    }
    Result<CatalogImportPlan> plan = planCatalogImport(m_db, *bytes);
    if (!plan) {
        QMessageBox::warning(this, tr("Import the catalog"), plan.error().message);
        return;
    }
    previewAndApply(*plan, QFileInfo(path).fileName());
}

bool CatalogPage::previewAndApply(const CatalogImportPlan& plan, const QString& fileName)
{
    QStringList lines;
    for (const Product& p : plan.added)
        lines.append(
            tr("+ new: %1 %2, %3").arg(p.sku, p.name, formatMoney(p.priceMinor, p.currency)));
    for (const ProductChange& c : plan.changed)
        lines.append(tr("~ %1 %2: %3").arg(c.after.sku, c.after.name, c.what.join(u"; "_s)));
    for (const Product& p : plan.deactivated)
        lines.append(tr("− no longer sold: %1 %2").arg(p.sku, p.name));
    for (const ImportProblem& problem : plan.problems)
        lines.append(tr("! line %1 not read: %2").arg(problem.line).arg(problem.reason));

    QDialog dialog(this);
    dialog.setWindowTitle(tr("Import %1").arg(fileName));
    auto* summary =
        new QLabel(tr("%1 new, %2 changed, %3 no longer sold, %4 unchanged, %5 rows not read.")
                       .arg(plan.added.size())
                       .arg(plan.changed.size())
                       .arg(plan.deactivated.size())
                       .arg(plan.unchanged)
                       .arg(plan.problems.size()),
                   &dialog);
    auto* details = new QPlainTextEdit(lines.join(u'\n'), &dialog);
    details->setReadOnly(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton* apply =
        buttons->addButton(tr("Apply these changes"), QDialogButtonBox::AcceptRole);
    apply->setEnabled(plan.changesSomething());
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    saveOnCtrlEnter(&dialog, buttons);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(summary);
    layout->addWidget(details, 1);
    layout->addWidget(buttons);
    dialog.resize(720, 460);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Status s = applyCatalogImport(m_db, plan, fileName);
    if (!s)
        QMessageBox::warning(this, dialog.windowTitle(), s.error().message);
    reload();
    return s.ok();
}

} // namespace kartoteka::ui
