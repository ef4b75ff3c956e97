#pragma once

#include "catalog/Product.h"
#include "deals/Deal.h"
#include "main/DialogKeys.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace kartoteka {
class ClientRepository;
class Database;
class DealRepository;
} // namespace kartoteka

namespace kartoteka::ui {

class MoneyEdit;

class ClientListModel;
class DealItemsModel;
class DealItemCellDelegate;
class DealDocuments;

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
    // Asks before typed data is thrown away (Cancel, Esc, the close button).
    void reject() override;
    // The client picker of a new deal (nullptr when the client is given):
    // name, company and phone, so that namesakes are told apart.
    QTableView* clientPicker() const { return m_clientList; }

private:
    Database& m_db;
    DealRepository& m_deals;
    Pipeline m_pipeline;
    Deal m_deal;
    QLineEdit* m_clientSearch = nullptr;
    QTableView* m_clientList = nullptr;
    ClientListModel* m_clientModel = nullptr;
    QLineEdit* m_title;
    MoneyEdit* m_amount;
    QCheckBox* m_hasClose;
    QDateEdit* m_close;
    QComboBox* m_manager;
    QComboBox* m_source;
    QPlainTextEdit* m_notes;
    DealItemsModel* m_items;
    DealItemCellDelegate* m_cells = nullptr; // refuses what the parser refuses, and says why
    QList<Product> m_products;               // the catalog, in the product picker's order
    DealDocuments* m_documents = nullptr;    // an existing deal's
    DiscardGuard m_guard;
};

} // namespace kartoteka::ui
