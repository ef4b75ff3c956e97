#pragma once

#include "catalog/Product.h"
#include "deals/Deal.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListView;
class QPlainTextEdit;

namespace kartoteka {
class ClientRepository;
class Database;
class DealRepository;
} // namespace kartoteka

namespace kartoteka::ui {

class MoneyEdit;

class ClientListModel;
class DealItemsModel;

// Creates a deal (choosing its client by search) or edits one: title, amount,
// expected close, manager, notes; shows its lines and every stage move.
class DealDialog : public QDialog
{
    Q_OBJECT
public:
    // `deal.id == 0`: a new deal in `pipeline`; `deal.clientId` may be preset.
    DealDialog(Database& db, DealRepository& deals, ClientRepository& clients, const Deal& deal,
               const Pipeline& pipeline, QWidget* parent = nullptr);

    bool save();
    const Deal& deal() const { return m_deal; }

private:
    Database& m_db;
    DealRepository& m_deals;
    Pipeline m_pipeline;
    Deal m_deal;
    QLineEdit* m_clientSearch = nullptr;
    QListView* m_clientList = nullptr;
    ClientListModel* m_clientModel = nullptr;
    QLineEdit* m_title;
    MoneyEdit* m_amount;
    QCheckBox* m_hasClose;
    QDateEdit* m_close;
    QComboBox* m_manager;
    QComboBox* m_source;
    QPlainTextEdit* m_notes;
    DealItemsModel* m_items;
    QList<Product> m_products; // the catalog, in the product picker's order
};

} // namespace kartoteka::ui
