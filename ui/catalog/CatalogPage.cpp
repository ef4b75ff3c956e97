#include "catalog/CatalogPage.h"

#include "clients/ClientSettings.h"
#include "main/FileDialogs.h"
#include "storage/LiveFiles.h"

#include <QApplication>
#include <QCheckBox>
#include <QColor>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QStringListModel>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <atomic>
#include <memory>
#include <optional>

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
    // Shortened, so that a value from before the length limits (or from
    // another program) cannot make the table lay out megabytes of text.
    switch (Column(index.column())) {
    case Sku:
        return shortened(p.sku, productLimits::kSku);
    case Name: {
        const QString name = shortened(p.name, productLimits::kName);
        return p.active ? name : tr("%1 (not in the catalog)").arg(name);
    }
    case Unit:
        return shortened(p.unit, productLimits::kUnit);
    case Price:
        return formatMoney(p.priceMinor, p.currency);
    case Category:
        return shortened(p.category, productLimits::kCategory);
    case Vat:
        // "—": accounting did not say; 0 % would claim the product is VAT-exempt.
        return p.vatPercent ? tr("%1 %").arg(locale.toString(*p.vatPercent)) : u"—"_s;
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
    if (!path.isEmpty())
        importPath(path);
}

bool CatalogPage::importPath(const QString& path)
{
    Result<QList<Product>> current = ProductRepository(m_db).list(true);
    if (!current) {
        QMessageBox::warning(this, tr("Import the catalog"), current.error().message);
        return false;
    }
    // The file is read and compared on a thread of its own, with the catalog
    // read here (one connection per thread): a big export must not freeze the
    // window, and the person can give up waiting.
    struct Shared
    {
        std::atomic_bool cancelled{false};
        std::atomic_bool done{false}; // set after `plan`, so that seeing it makes `plan` safe
        std::optional<Result<CatalogImportPlan>> plan;
    };
    auto shared = std::make_shared<Shared>();
    QThread* thread =
        QThread::create([shared, path, products = *current, currency = shopCurrency(m_db)] {
            Result<QByteArray> bytes = readChosenFile(path);
            if (!bytes)
                shared->plan = bytes.error();
            else
                shared->plan = planCatalogImport(*bytes, products, currency,
                                                 [shared] { return shared->cancelled.load(); });
            shared->done = true;
        });
    // A cancelled read runs on to its next check and then cleans up after itself.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    const QString fileName = QFileInfo(path).fileName();
    QProgressDialog progress(tr("Reading %1…").arg(fileName), tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(tr("Import the catalog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    QEventLoop loop;
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    // The thread may be deleted by now (deleteLater ran in the loop): only `shared` is read.
    if (!shared->done) {
        shared->cancelled = true;
        return false;
    }
    progress.close();
    if (!shared->plan || !*shared->plan) {
        if (shared->plan)
            QMessageBox::warning(this, tr("Import the catalog"), shared->plan->error().message);
        return false;
    }
    return previewAndApply(**shared->plan, fileName);
}

namespace {

// One line of the preview, never longer than a screen can use.
QString previewLine(const QString& text)
{
    return shortened(text, 400);
}

} // namespace

bool CatalogPage::previewAndApply(const CatalogImportPlan& plan, const QString& fileName)
{
    QStringList lines;
    // First, so that a price of 0 among a thousand lines is seen.
    for (const ImportProblem& warning : plan.warnings)
        lines.append(previewLine(tr("⚠ line %1: %2").arg(warning.line).arg(warning.reason)));
    for (const Product& p : plan.added)
        lines.append(previewLine(
            tr("+ new: %1 %2, %3").arg(p.sku, p.name, formatMoney(p.priceMinor, p.currency))));
    for (const ProductChange& c : plan.changed)
        lines.append(
            previewLine(tr("~ %1 %2: %3").arg(c.after.sku, c.after.name, c.what.join(u"; "_s))));
    for (const Product& p : plan.missing)
        lines.append(previewLine(tr("? not in the file: %1 %2").arg(p.sku, p.name)));
    for (const ImportProblem& problem : plan.problems)
        lines.append(
            previewLine(tr("! line %1 not read: %2").arg(problem.line).arg(problem.reason)));

    QDialog dialog(this);
    dialog.setWindowTitle(tr("Import %1").arg(shortened(fileName)));
    auto* summary = new QLabel(&dialog);
    summary->setObjectName(u"importPreviewSummary"_s);
    summary->setWordWrap(true);
    // A list view lays out only the rows in sight, elided: a file of any size
    // (or a broken one) previews at once.
    auto* details = new QListView(&dialog);
    details->setObjectName(u"importPreviewLines"_s);
    details->setModel(new QStringListModel(lines, details));
    details->setUniformItemSizes(true);
    details->setTextElideMode(Qt::ElideRight);
    details->setWordWrap(false);
    details->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* deactivate = new QCheckBox(tr("Also take the %n product(s) not in the file off sale",
                                        nullptr, int(plan.missing.size())),
                                     &dialog);
    deactivate->setObjectName(u"deactivateMissing"_s);
    deactivate->setChecked(false);
    auto* missingNames = new QLabel(&dialog);
    missingNames->setObjectName(u"importPreviewMissing"_s);
    missingNames->setWordWrap(true);
    if (!plan.missing.isEmpty()) {
        QStringList names;
        for (const Product& p : plan.missing.mid(0, 5))
            names.append(shortened(u"%1 %2"_s.arg(p.sku, p.name), 80));
        QString text = tr("Not in the file: %1").arg(names.join(u", "_s));
        if (plan.missing.size() > names.size())
            text = tr("%1 and %n more", nullptr, int(plan.missing.size() - names.size())).arg(text);
        // The names end a sentence of their own: "…R-001 Троянда червона. Вони…".
        if (!text.endsWith(u'.') && !text.endsWith(u'…'))
            text += u'.';
        missingNames->setText(
            text + u' ' +
            tr("They stay on sale unless you tick the box. A file cut short by accounting "
               "leaves products out."));
    }
    deactivate->setVisible(!plan.missing.isEmpty());
    missingNames->setVisible(!plan.missing.isEmpty());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    // Enter must not apply what the person has not read: Apply is never the
    // default button (a button box makes its first AcceptRole button the
    // default when shown, hence ApplyRole); Ctrl+Enter, the program's way to
    // save a dialog, applies.
    QPushButton* apply = buttons->addButton(tr("Apply these changes"), QDialogButtonBox::ApplyRole);
    apply->setObjectName(u"importPreviewApply"_s);
    apply->setAutoDefault(false);
    apply->setDefault(false);
    apply->setToolTip(tr("Apply these changes (Ctrl+Enter)"));
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, &dialog);
        connect(shortcut, &QShortcut::activated, apply, [apply] {
            if (apply->isEnabled())
                apply->click();
        });
    }
    auto missingProducts = [&] {
        if (!deactivate->isChecked())
            return MissingProducts::Keep;
        return plan.missingAreMostOfCatalog() ? MissingProducts::DeactivateMostOfCatalog
                                              : MissingProducts::Deactivate;
    };
    auto update = [&] {
        const bool deactivating = deactivate->isChecked();
        QString text = tr("%1 new, %2 changed, %3 taken off sale, %4 unchanged, %5 rows not read.")
                           .arg(plan.added.size())
                           .arg(plan.changed.size())
                           .arg(deactivating ? plan.missing.size() : 0)
                           .arg(plan.unchanged)
                           .arg(plan.problems.size());
        if (!plan.warnings.isEmpty())
            text += u' ' + tr("<b>%n product(s) will cost 0</b> (marked ⚠ below).", nullptr,
                              int(plan.warnings.size()));
        summary->setText(text);
        apply->setEnabled(plan.changesSomething(missingProducts()));
    };
    update();
    connect(deactivate, &QCheckBox::toggled, &dialog, update);
    connect(apply, &QPushButton::clicked, &dialog, [&] {
        if (!plan.warnings.isEmpty()) {
            // A free item exists, so it is asked, not refused.
            QMessageBox question(
                QMessageBox::Warning, dialog.windowTitle(),
                tr("%n product(s) will cost 0. Apply anyway?", nullptr, int(plan.warnings.size())),
                QMessageBox::NoButton, &dialog);
            question.setObjectName(u"importZeroPriceQuestion"_s);
            question.setInformativeText(
                tr("A price of 0 is more often an empty cell in the export than a free item. "
                   "They are marked ⚠ in the list."));
            QPushButton* yes = question.addButton(tr("Apply anyway"), QMessageBox::AcceptRole);
            QPushButton* no = question.addButton(tr("Go back"), QMessageBox::RejectRole);
            question.setDefaultButton(no);
            question.exec();
            if (question.clickedButton() != yes)
                return;
        }
        if (deactivate->isChecked() && plan.missingAreMostOfCatalog()) {
            QMessageBox question(QMessageBox::Warning, dialog.windowTitle(),
                                 tr("The file leaves out %n of the %1 products on sale. Take "
                                    "them all off sale?",
                                    nullptr, int(plan.missing.size()))
                                     .arg(plan.activeBefore),
                                 QMessageBox::NoButton, &dialog);
            question.setInformativeText(
                tr("This is more than half of the catalog. An export cut short or made from "
                   "the wrong list looks like this. The products are not deleted and come back "
                   "with a later import."));
            QPushButton* yes =
                question.addButton(tr("Take them off sale"), QMessageBox::DestructiveRole);
            QPushButton* no = question.addButton(tr("Keep them on sale"), QMessageBox::RejectRole);
            question.setDefaultButton(no);
            question.exec();
            if (question.clickedButton() != yes) {
                // "Keep them on sale": the preview must say so too, or Apply
                // would ask the same again and the counts would still show
                // them taken off sale.
                deactivate->setChecked(false);
                return;
            }
        }
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(summary);
    layout->addWidget(details, 1);
    layout->addWidget(deactivate);
    layout->addWidget(missingNames);
    layout->addWidget(buttons);
    dialog.resize(760, 480);
    details->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = applyCatalogImport(m_db, plan, fileName, missingProducts());
    QApplication::restoreOverrideCursor();
    if (!s)
        QMessageBox::warning(this, dialog.windowTitle(), s.error().message);
    reload();
    return s.ok();
}

} // namespace kartoteka::ui
