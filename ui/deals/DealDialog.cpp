#include "deals/DealDialog.h"

#include "documents/DealDocuments.h"
#include "documents/DocumentDialog.h"
#include "language/Formats.h"
#include "main/DateEdits.h"

#include "catalog/Product.h"
#include "clients/ClientListModel.h"
#include "clients/ClientRepository.h"
#include "clients/ClientSettings.h"
#include "clients/DailyLoop.h"
#include "clients/Lists.h"
#include "deals/DealItemsModel.h"
#include "deals/DealRepository.h"
#include "money/MoneyEdit.h"
#include "storage/Database.h"
#include "tasks/ClientTasks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

// Quantity, price and discount are typed as text and read by core's strict
// readers. A refused text ("1,250": 1250 or 1,25?) stays in its cell with the
// reader's message under the table, instead of the cell quietly reverting or
// becoming 0, and the deal is not saved while a cell holds one.
class DealItemCellDelegate : public QStyledItemDelegate
{
public:
    DealItemCellDelegate(DealItemsModel* model, QTableView* view, QLabel* message)
        : QStyledItemDelegate(view), m_model(model), m_view(view), m_message(message)
    {
    }

    // The message of the refused cell, empty when every cell holds a value.
    QString refusal() const { return m_refused.isValid() ? m_message->text() : QString(); }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex& index) const override
    {
        auto* edit = new QLineEdit(parent);
        edit->setObjectName(u"itemCellEditor"_s);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_open = edit;
        return edit;
    }

    void destroyEditor(QWidget* editor, const QModelIndex& index) const override
    {
        if (editor == m_open)
            m_open = nullptr;
        QStyledItemDelegate::destroyEditor(editor, index);
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* edit = static_cast<QLineEdit*>(editor);
        if (m_refused.isValid() && m_refused == index) {
            edit->setText(m_refusedText); // reopened after a refusal: what was typed
            return;
        }
        const QVariant value = index.data(Qt::EditRole);
        edit->setText(
            value.typeId() == QMetaType::QString
                ? value.toString()
                : QLocale().toString(value.toDouble(), 'f', QLocale::FloatingPointShortest));
    }

    void setModelData(QWidget* editor, QAbstractItemModel*, const QModelIndex& index) const override
    {
        auto* edit = static_cast<QLineEdit*>(editor);
        if (!accepted(edit, index, true))
            return;
        m_model->setData(index, edit->text(), Qt::EditRole);
    }

protected:
    bool eventFilter(QObject* object, QEvent* event) override
    {
        auto* edit = qobject_cast<QLineEdit*>(object);
        if (edit && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if (key == Qt::Key_Escape) {
                forget(); // the old value stays: nothing refused remains
            } else if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab ||
                       key == Qt::Key_Backtab) {
                // Refused: the editor stays open on what was typed.
                if (!accepted(edit, m_view->currentIndex(), false))
                    return true;
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

private:
    // Whether the editor's text is taken; if not, the reader's message is
    // shown and, when the view closes the editor anyway (a click elsewhere),
    // it is opened again on the typed text.
    bool accepted(QLineEdit* edit, const QModelIndex& index, bool reopen) const
    {
        const Status s = m_model->checkText(index.column(), edit->text());
        if (s) {
            forget();
            return true;
        }
        m_refused = index;
        m_refusedText = edit->text();
        m_message->setText(s.error().message);
        m_message->show();
        edit->setToolTip(s.error().message);
        if (reopen) {
            const QPersistentModelIndex again = index;
            QTimer::singleShot(0, m_view, [this, again] {
                if (again.isValid() && again == m_refused && !m_open) {
                    m_view->setCurrentIndex(again);
                    m_view->edit(again);
                }
            });
        }
        return false;
    }

    void forget() const
    {
        m_refused = QPersistentModelIndex();
        m_message->clear();
        m_message->hide();
    }

    DealItemsModel* m_model;
    QTableView* m_view;
    QLabel* m_message;
    mutable QPointer<QLineEdit> m_open; // the cell's editor while one is open
    mutable QPersistentModelIndex m_refused;
    mutable QString m_refusedText;
};

DealDialog::DealDialog(Database& db, DealRepository& deals, ClientRepository& clients,
                       const Deal& deal, const Pipeline& pipeline, QWidget* parent)
    : QDialog(parent), m_db(db), m_deals(deals), m_pipeline(pipeline), m_deal(deal),
      m_title(new QLineEdit(deal.title, this)), m_amount(new MoneyEdit(this)),
      m_hasClose(new QCheckBox(this)), m_close(new QDateEdit(this)), m_manager(new QComboBox(this)),
      m_source(new QComboBox(this)), m_notes(new QPlainTextEdit(deal.notes, this)),
      m_items(new DealItemsModel(deal.items,
                                 deal.currency.isEmpty() ? shopCurrency(db) : deal.currency, this)),
      m_guard(this, [this] {
          QStringList state;
          for (const DealItem& item : m_items->items())
              state.append(u"%1 %2 %3 %4"_s.arg(item.name)
                               .arg(item.quantity)
                               .arg(item.priceMinor)
                               .arg(item.discountPercent));
          if (m_clientList)
              state.append(QString::number(m_clientList->currentIndex().row()));
          return state.join(u'\n');
      })
{
    setWindowTitle(deal.id == 0 ? tr("New deal") : tr("Deal: %1").arg(deal.title));
    auto* form = new QFormLayout;
    if (deal.id == 0 && deal.clientId == 0) {
        // Client by search, as in the client list: the data is never retyped.
        m_clientSearch = new QLineEdit(this);
        m_clientSearch->setPlaceholderText(tr("Find the client: name, phone digits, e-mail…"));
        m_clientModel = new ClientListModel(clients, this);
        m_clientList = new QTableView(this);
        m_clientList->setModel(m_clientModel);
        // Namesakes are told apart by their company and phone.
        for (int column = 0; column < ClientListModel::ColumnCount; ++column)
            m_clientList->setColumnHidden(column, column != ClientListModel::Name &&
                                                      column != ClientListModel::Company &&
                                                      column != ClientListModel::Phone);
        m_clientList->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_clientList->setSelectionMode(QAbstractItemView::SingleSelection);
        m_clientList->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_clientList->verticalHeader()->hide();
        m_clientList->setWordWrap(false);
        // The phone whole, the names sharing what is left: no sideways scrolling.
        m_clientList->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        m_clientList->horizontalHeader()->setSectionResizeMode(ClientListModel::Phone,
                                                               QHeaderView::ResizeToContents);
        m_clientList->setMinimumHeight(140);
        connect(m_clientSearch, &QLineEdit::textChanged, m_clientModel,
                &ClientListModel::setSearch);
        auto* box = new QVBoxLayout;
        box->addWidget(m_clientSearch);
        box->addWidget(m_clientList);
        form->addRow(tr("Client:"), box);
    } else {
        Result<Client> client = clients.load(deal.clientId);
        form->addRow(tr("Client:"),
                     new QLabel(client ? client->displayName() : tr("(unknown)"), this));
    }
    form->addRow(tr("Title:"), m_title);
    m_amount->setCurrency(deal.currency.isEmpty() ? shopCurrency(db) : deal.currency);
    m_amount->setMinor(deal.amountMinor);
    m_amount->setEnabled(deal.items.isEmpty());
    m_amount->setToolTip(deal.items.isEmpty() ? tr("The deal's amount")
                                              : tr("The sum of the lines below"));
    form->addRow(tr("Amount:"), m_amount);
    setUpDateEdit(m_close);
    m_close->setDate(deal.expectedClose.isValid() ? deal.expectedClose
                                                  : QDate::currentDate().addDays(14));
    m_hasClose->setChecked(deal.expectedClose.isValid());
    m_close->setEnabled(deal.expectedClose.isValid());
    connect(m_hasClose, &QCheckBox::toggled, m_close, &QWidget::setEnabled);
    auto* closeRow = new QHBoxLayout;
    closeRow->addWidget(m_hasClose);
    closeRow->addWidget(m_close, 1);
    form->addRow(tr("Expected close:"), closeRow);
    m_manager->addItem(tr("nobody"), 0);
    if (Result<QList<ListItem>> users = Lists(db).users(); users) {
        for (const ListItem& u : *users)
            m_manager->addItem(u.name, u.id);
    }
    // A new deal is the signed-in person's unless they choose someone else.
    m_manager->setCurrentIndex(
        std::max(0, m_manager->findData(deal.id == 0 && deal.managerId == 0
                                            ? defaultManagerId(db.principal())
                                            : deal.managerId)));
    form->addRow(tr("Manager:"), m_manager);
    // The channel the client came through, unless this deal came another way.
    m_source->addItem(tr("the client's source"), 0);
    if (Result<QList<ListItem>> sources = Lists(db).items(kSources); sources) {
        for (const ListItem& source : *sources)
            m_source->addItem(source.name, source.id);
    }
    m_source->setCurrentIndex(std::max(0, m_source->findData(deal.sourceId)));
    form->addRow(tr("Source:"), m_source);
    m_notes->setFixedHeight(70);
    form->addRow(tr("Notes:"), m_notes);

    // Lines from the catalog (or free text): the amount is their sum.
    auto* itemsView = new QTableView(this);
    itemsView->setModel(m_items);
    itemsView->verticalHeader()->hide();
    itemsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    itemsView->horizontalHeader()->setSectionResizeMode(DealItemsModel::Name, QHeaderView::Stretch);
    itemsView->setObjectName(u"items"_s);
    // Price, discount and total as wide as their heading and a typical value
    // (a new deal has no lines to size them by), and as wide as their editor.
    {
        const QString currency = deal.currency.isEmpty() ? shopCurrency(db) : deal.currency;
        const QString money = formatMoney(9999950, currency);
        const QList<std::pair<int, QString>> typical{
            {DealItemsModel::Price, money},
            {DealItemsModel::Discount, DealItemsModel::tr("%1 %").arg(QLocale().toString(100))},
            {DealItemsModel::Total, money}};
        QHeaderView* header = itemsView->horizontalHeader();
        const int headerMargins = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 12;
        for (const auto& [column, value] : typical) {
            const QString title = m_items->headerData(column, Qt::Horizontal).toString();
            header->setSectionResizeMode(column, QHeaderView::Interactive);
            header->resizeSection(
                column, std::max(header->fontMetrics().horizontalAdvance(title) + headerMargins,
                                 itemsView->fontMetrics().horizontalAdvance(value) + 20));
        }
    }
    itemsView->setMinimumHeight(110);
    auto* itemsMessage = new QLabel(this);
    itemsMessage->setObjectName(u"itemsMessage"_s);
    itemsMessage->setWordWrap(true);
    itemsMessage->setStyleSheet(u"color: #b3261e;"_s);
    itemsMessage->hide();
    m_cells = new DealItemCellDelegate(m_items, itemsView, itemsMessage);
    for (const int column :
         {DealItemsModel::Quantity, DealItemsModel::Price, DealItemsModel::Discount})
        itemsView->setItemDelegateForColumn(column, m_cells);
    auto* product = new QComboBox(this);
    product->setEditable(true);
    product->setInsertPolicy(QComboBox::NoInsert);
    product->lineEdit()->setPlaceholderText(tr("Product from the catalog, or any text"));
    product->setMinimumWidth(
        product->fontMetrics().horizontalAdvance(product->lineEdit()->placeholderText()) + 60);
    if (Result<QList<Product>> products = ProductRepository(db).list(); products) {
        for (const Product& p : *products)
            product->addItem(u"%1 — %2"_s.arg(p.name, formatMoney(p.priceMinor, p.currency)),
                             QVariant::fromValue(p.id));
        m_products = *products;
    }
    product->setCurrentIndex(-1);
    product->completer()->setFilterMode(Qt::MatchContains);
    product->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    auto* addLine = new QPushButton(tr("Add line"), this);
    auto* removeLine = new QPushButton(tr("Remove line"), this);
    connect(addLine, &QPushButton::clicked, this, [this, product] {
        const int index = product->findText(product->currentText());
        DealItem item;
        if (index >= 0) {
            const Product& p = m_products.at(index);
            item = {p.id, p.name, 1, p.priceMinor, 0};
        } else if (!product->currentText().trimmed().isEmpty()) {
            item.name = product->currentText().trimmed(); // a service typed by hand
        } else {
            return;
        }
        m_items->addItem(item);
        product->setCurrentIndex(-1);
        product->clearEditText();
    });
    connect(removeLine, &QPushButton::clicked, this,
            [this, itemsView] { m_items->removeItem(itemsView->currentIndex().row()); });
    connect(m_items, &DealItemsModel::totalChanged, this, [this](qint64 total) {
        m_amount->setEnabled(m_items->rowCount() == 0);
        if (m_items->rowCount() > 0)
            m_amount->setMinor(total);
    });
    auto* lineBar = new QHBoxLayout;
    lineBar->addWidget(product, 1);
    lineBar->addWidget(addLine);
    lineBar->addWidget(removeLine);
    auto* lines = new QVBoxLayout;
    lines->addWidget(itemsView);
    lines->addWidget(itemsMessage);
    lines->addLayout(lineBar);
    form->addRow(tr("Lines:"), lines);
    if (deal.id != 0) {
        QStringList moves;
        if (Result<QList<StageMove>> history = m_deals.history(deal.id); history) {
            for (const StageMove& move : *history) {
                const Stage* to = m_pipeline.stageWithId(move.toStageId);
                const QString when = formatDateTime(move.at);
                moves.append(
                    move.fromStageId == 0
                        ? tr("%1: created in %2 by %3").arg(when, to ? to->name : u"?"_s, move.by)
                        : tr("%1: to %2 by %3")
                              .arg(when, to ? to->name : tr("a removed stage"), move.by));
            }
        }
        auto* history = new QLabel(moves.join(u"<br>"_s), this);
        history->setWordWrap(true);
        form->addRow(tr("History:"), history);
        m_documents = new DealDocuments(db, deal.id, this);
        form->addRow(tr("Documents:"), m_documents);
        // The deal's tasks, made and closed here as on the client's card.
        auto* tasks = new ClientTasks(db, this);
        tasks->showTasksOf(deal.clientId, deal.id);
        form->addRow(tasks);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    if (deal.id != 0) {
        // An invoice or proposal from the deal as saved (its lines and total).
        auto* document = buttons->addButton(tr("Document…"), QDialogButtonBox::ActionRole);
        document->setObjectName(u"make-document"_s);
        document->setToolTip(tr("An invoice, proposal or delivery note from the deal as saved"));
        connect(document, &QPushButton::clicked, this, [this, &db, deal] {
            // The document is made from the deal as saved: changed lines are saved first.
            if (m_guard.changed()) {
                if (!save())
                    return;
                m_guard.remember();
            }
            DocumentDialog dialog(db, deal.clientId, deal.id, this);
            connect(&dialog, &DocumentDialog::documentIssued, m_documents, &DealDocuments::reload);
            dialog.exec();
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    saveOnCtrlEnter(this, buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // Room for the lines' columns and a product's name beside them.
    resize(std::max(720, sizeHint().width()), sizeHint().height());
    (m_clientSearch ? static_cast<QWidget*>(m_clientSearch) : m_title)->setFocus();
    m_guard.remember();
}

void DealDialog::reject()
{
    if (m_guard.mayDiscard())
        QDialog::reject();
}

bool DealDialog::save()
{
    Deal deal = m_deal;
    // A line holding a refused value would be saved with its old value (or 0).
    if (!m_cells->refusal().isEmpty())
        return false;
    if (m_clientList) {
        const QModelIndex current = m_clientList->currentIndex();
        deal.clientId = current.isValid() ? m_clientModel->clientIdAt(current.row()) : 0;
        if (deal.clientId == 0) {
            QMessageBox::warning(this, windowTitle(), tr("Choose the client in the list first."));
            return false;
        }
    }
    deal.title = m_title->text().trimmed();
    deal.items = m_items->items();
    if (deal.items.isEmpty()) {
        if (!m_amount->check())
            return false;
        deal.amountMinor = *m_amount->minor();
    }
    deal.expectedClose = m_hasClose->isChecked() ? m_close->date() : QDate();
    deal.managerId = m_manager->currentData().toLongLong();
    deal.sourceId = m_source->currentData().toLongLong();
    deal.notes = m_notes->toPlainText().trimmed();
    deal.pipelineId = m_pipeline.id;
    const Status s = deal.id == 0 ? m_deals.create(deal) : m_deals.update(deal);
    if (!s) {
        QMessageBox::warning(this, windowTitle(), s.error().message);
        return false;
    }
    m_deal = deal;
    return true;
}

} // namespace kartoteka::ui
