#pragma once

#include "catalog/CatalogImport.h"
#include "catalog/Product.h"
#include "storage/ChangeWatcher.h"

#include <QAbstractTableModel>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// The catalog (a few thousand products at most: read whole).
class ProductListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Sku,
        Name,
        Unit,
        Price,
        Category,
        Vat,
        Stock,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setProducts(const QList<Product>& products);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Product> m_products;
};

// The Catalog section: products and services as accounting exports them,
// searchable, and the import of accounting's CSV with a preview first.
class CatalogPage : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogPage(Database& db, QWidget* parent = nullptr);
    void reload();
    void applyChanges(const QList<Change>& changes);
    void importFile();
    // Reads and checks the file off the window's thread (a progress window with
    // Cancel shows when that takes more than a moment), then previews it.
    // Returns whether changes were applied. Public for tests.
    bool importPath(const QString& path);
    // Shows what `plan` changes and applies it when the person agrees. Public for tests.
    bool previewAndApply(const CatalogImportPlan& plan, const QString& fileName);
    ProductListModel* model() const { return m_model; }

private:
    Database& m_db;
    ProductListModel* m_model;
    QLineEdit* m_search;
    QCheckBox* m_inactive;
    QTableView* m_view;
    QLabel* m_empty;
};

} // namespace kartoteka::ui
