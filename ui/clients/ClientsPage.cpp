#include "clients/ClientsPage.h"

#include "clients/ClientCard.h"
#include "clients/ClientFilterBar.h"
#include "clients/ClientForm.h"
#include "clients/ClientListModel.h"
#include "clients/ClientSettings.h"
#include "clients/CustomFields.h"
#include "clients/DuplicatesDialog.h"
#include "clients/ExportClientsDialog.h"
#include "clients/ImportAssistant.h"
#include "clients/ImportHistoryDialog.h"
#include "clients/Lists.h"
#include "clients/MergeHistoryDialog.h"
#include "deals/DealRepository.h"
#include "mail/MailingDialog.h"
#include "mail/MailingsDialog.h"
#include "main/FileDialogs.h"
#include "main/Keys.h"
#include "reports/ReportView.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

// A column's width dragged by hand on this PC: it wins over the fitted one.
// (The header's saved state holds the widths last fitted to the window, which
// a smaller window had squeezed: those are not the person's.)
QString widthKey(int column)
{
    return column == ClientListModel::Status ? u"clients/statusWidth"_s
                                             : u"clients/width%1"_s.arg(column);
}

// Wide enough for the longest status of the shop's own list («Потенційний»,
// «Потенциальный») and for the column's title: statuses are short words read
// at a glance, never elided.
int statusColumnWidth(Database& db, const QTableView* list, const QString& title)
{
    const int cellMargins =
        2 * (list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1);
    const QHeaderView* header = list->horizontalHeader();
    int width = header->fontMetrics().horizontalAdvance(title) +
                2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) +
                header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    if (Result<QList<ListItem>> statuses = Lists(db).items(kStatuses); statuses) {
        for (const ListItem& status : *statuses)
            width = std::max(width,
                             list->fontMetrics().horizontalAdvance(status.name) + cellMargins + 4);
    }
    return width;
}

} // namespace

ClientsPage::ClientsPage(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_clients(db, phoneRegion(db)), m_timeline(db),
      m_model(new ClientListModel(m_clients, this)), m_search(new QLineEdit(this)),
      m_archive(new QPushButton(tr("Archive"), this)),
      m_filterButton(new QPushButton(tr("Filters"), this)),
      m_filters(new ClientFilterBar(db, this)), m_list(new QTableView(this)),
      m_card(new ClientCard(db, m_clients, m_timeline, this)), m_splitter(new QSplitter(this))
{
    // Short enough to be read whole beside the buttons; the tooltip says it all.
    m_search->setPlaceholderText(tr("Name, phone, e-mail, company, tax ID"));
    m_search->setToolTip(tr("Search by name, company, phone digits, e-mail or tax ID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    // The hint says what can be typed: it is read whole, not cut (frame,
    // margins and the clear button's room besides).
    m_search->setMinimumWidth(
        m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 40);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_card->callOrigin().searchChanged(text);
        m_model->setSearch(text);
        showFirstMatch();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            selectRow(0);
            m_list->setFocus();
        }
    });
    auto* newButton = new QPushButton(tr("New client"), this);
    newButton->setToolTip(tr("Create a client (Ctrl+N)"));
    connect(newButton, &QPushButton::clicked, this, &ClientsPage::newClient);
    m_archive->setCheckable(true);
    m_archive->setToolTip(tr("Show archived clients instead of the active ones"));
    connect(m_archive, &QPushButton::toggled, this, [this](bool on) {
        m_model->setArchived(on);
        showFirstMatch();
    });

    m_filterButton->setObjectName(u"filters"_s);
    m_filterButton->setCheckable(true);
    m_filterButton->setToolTip(tr("Narrow the list by status, manager, age, birthday, silence…"));
    m_filters->hide();
    connect(m_filterButton, &QPushButton::toggled, m_filters, &QWidget::setVisible);
    connect(m_filters, &ClientFilterBar::filterChanged, this, [this](const ClientFilter& filter) {
        m_model->setFilter(filter);
        m_filtered = !filter.isEmpty();
        m_filterButton->setText(filter.isEmpty() ? tr("Filters") : tr("Filters (on)"));
        showFirstMatch();
    });

    // Ctrl+F is the window's (it reaches the search from every section).
    auto* create = new QShortcut(keys::newClient(), this);
    create->setContext(Qt::WidgetWithChildrenShortcut);
    connect(create, &QShortcut::activated, this, &ClientsPage::newClient);
    m_search->installEventFilter(this); // Esc clears it, Down goes into the list
    // Enter goes into the card, onto its first action (Call); Ctrl+E edits.
    for (const QKeySequence& keys : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto* enter = new QShortcut(keys, m_list);
        enter->setContext(Qt::WidgetShortcut);
        connect(enter, &QShortcut::activated, this, [this] {
            if (QPushButton* call = m_card->addButton(InteractionKind::Call);
                call && call->isVisible())
                call->setFocus();
        });
    }

    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    m_list->setWordWrap(false);
    m_list->setAlternatingRowColors(true);
    // The name takes what the other columns leave, so the list never needs
    // sideways scrolling (a long name is elided; its tooltip has it whole).
    // E-mail and manager are hidden at first: a half of a 1366-pixel screen
    // has room for four columns; the header's menu shows them.
    QHeaderView* header = m_list->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ClientListModel::Name, QHeaderView::Stretch);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setColumnWidth(ClientListModel::Company, 150);
    m_list->setColumnWidth(ClientListModel::Phone, 135);
    m_list->setColumnWidth(ClientListModel::Email, 180);
    const int statusWidth = statusColumnWidth(
        m_db, m_list, m_model->headerData(ClientListModel::Status, Qt::Horizontal).toString());
    m_list->setColumnWidth(ClientListModel::Status, statusWidth);
    m_list->setColumnWidth(ClientListModel::Manager, 130);
    m_list->setColumnHidden(ClientListModel::Email, true);
    m_list->setColumnHidden(ClientListModel::Manager, true);
    QHash<int, int> defaults;
    for (int column = ClientListModel::Company; column < ClientListModel::ColumnCount; ++column)
        defaults.insert(column, m_list->columnWidth(column));
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu* menu = columnsMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_list->horizontalHeader()->mapToGlobal(at));
    });
    // The columns, their widths and the sort order as this PC left them; by
    // name at first. (A new key: the old one kept every column showing.)
    const bool restored =
        header->restoreState(QSettings().value(u"clients/header"_s).toByteArray());
    // The header's saved state keeps whatever widths the columns had when the
    // page closed, fitted to that window: only a width the person dragged is
    // theirs; otherwise the defaults above (the list's statuses for Status).
    for (int column = ClientListModel::Company; column < ClientListModel::ColumnCount; ++column) {
        const int width = QSettings().value(widthKey(column), defaults.value(column)).toInt();
        m_list->setColumnWidth(column, width);
        m_wantedWidths.insert(column, width);
    }
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int width) {
        if (!m_fitting && column != ClientListModel::Name && width > 0) {
            m_wantedWidths.insert(column, width);
            QSettings().setValue(widthKey(column), width);
        }
    });
    m_list->viewport()->installEventFilter(this);
    // The order is set before sorting is turned on, which sorts by it: one
    // read of the first page at start, not one for the header's default order
    // and another for name.
    if (!restored)
        header->setSortIndicator(ClientListModel::Name, Qt::AscendingOrder);
    m_list->setSortingEnabled(true);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClientsPage::showSelected);
    // A new order shows the same clients: the card's stays, found in its new place.
    connect(m_list->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &ClientsPage::keepShown);
    connect(m_card, &ClientCard::openClientRequested, this, &ClientsPage::openClient);
    connect(m_card, &ClientCard::clientChanged, this, [this] {
        m_model->reload();
        keepShown();
    });

    // An empty shop's list invites its first client instead of showing a blank table.
    m_emptyState = new QWidget(this);
    auto* emptyTitle = new QLabel(tr("No clients yet"), m_emptyState);
    QFont big = emptyTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    emptyTitle->setFont(big);
    auto* emptyText = new QLabel(tr("Add your first client: a name and a phone number are "
                                    "enough to start. Calls, notes and purchases then go on "
                                    "their card. Clients kept in Excel, another program or a "
                                    "phone come in at once from their file."),
                                 m_emptyState);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    m_addFirst = new QPushButton(tr("Add a client"), m_emptyState);
    m_addFirst->setDefault(true);
    // Big enough to be the obvious next step on an empty screen.
    m_addFirst->setMinimumSize(m_addFirst->sizeHint().width() + 48,
                               m_addFirst->sizeHint().height() * 3 / 2);
    m_addFirst->setToolTip(tr("Create a client (Ctrl+N)"));
    connect(m_addFirst, &QPushButton::clicked, this, &ClientsPage::newClient);
    m_importFirst = new QPushButton(tr("Import from a file…"), m_emptyState);
    m_importFirst->setToolTip(tr("Excel (.xlsx), CSV or text, phone contacts (.vcf)"));
    connect(m_importFirst, &QPushButton::clicked, this, &ClientsPage::importClients);
    m_importFirst->setHidden(!m_db.principal().can(Capability::Import));
    auto* emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyTitle, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(m_addFirst, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(m_importFirst, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    // Over the list, not instead of it: the list keeps its size and fitted
    // columns underneath, ready when the first client arrives.
    m_emptyState->setAutoFillBackground(true);
    m_listArea = new QWidget(this);
    auto* listGrid = new QGridLayout(m_listArea);
    listGrid->setContentsMargins(0, 0, 0, 0);
    listGrid->addWidget(m_list, 0, 0);
    listGrid->addWidget(m_emptyState, 0, 0);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClientsPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ClientsPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ClientsPage::updateEmptyState);
    connect(m_search, &QLineEdit::textChanged, this, &ClientsPage::updateEmptyState);
    connect(m_archive, &QPushButton::toggled, this, &ClientsPage::updateEmptyState);

    auto* left = new QWidget(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_filterButton);
    bar->addWidget(m_archive);
    bar->addWidget(newButton);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_filters);
    leftLayout->addWidget(m_listArea, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_card);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_sized = m_splitter->restoreState(QSettings().value(u"clients/splitter"_s).toByteArray());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
    // Master-detail: the card beside the list is never empty when there is someone to show.
    if (m_model->rowCount() > 0)
        selectRow(0);
    updateEmptyState();
}

bool ClientsPage::showsNoClients() const
{
    return m_model->rowCount() == 0 && m_search->text().isEmpty() && !m_archive->isChecked() &&
           !m_filtered;
}

void ClientsPage::updateEmptyState()
{
    // Only when there is truly nobody to show: a search or a filter that
    // finds no one keeps the (empty) list, so the person sees what they narrowed.
    m_emptyState->setVisible(showsNoClients());
}

ClientsPage::~ClientsPage()
{
    QSettings().setValue(u"clients/splitter"_s, m_splitter->saveState());
    QSettings().setValue(u"clients/header"_s, m_list->horizontalHeader()->saveState());
}

QMenu* ClientsPage::columnsMenu(QWidget* parent)
{
    auto* menu = new QMenu(parent);
    for (int column = ClientListModel::Company; column < ClientListModel::ColumnCount; ++column) {
        QAction* action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_list->isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            // Shown again at its old width: not a width the person chose.
            m_fitting = true;
            m_list->setColumnHidden(column, !shown);
            m_fitting = false;
            fitColumns();
        });
    }
    return menu;
}

bool ClientsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) &&
        key->modifiers() == Qt::NoModifier && m_model->rowCount() > 0) {
        // Into the list, on the first match (or the row the card shows).
        if (!m_list->currentIndex().isValid())
            selectRow(0);
        m_list->setFocus();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ClientsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ClientsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_sized) {
        // First time on this PC: the list gets a little more than half, once
        // the window has its final size.
        m_sized = true;
        QTimer::singleShot(0, this, [this] {
            const int total = m_splitter->width();
            m_splitter->setSizes({total * 11 / 20, total * 9 / 20});
        });
    }
}

void ClientsPage::fitColumns()
{
    const int room = m_list->viewport()->width() * 3 / 5;
    int wanted = 0;
    int elidable = 0; // company, e-mail, manager: long texts that elide well
    auto elides = [](int column) {
        return column == ClientListModel::Company || column == ClientListModel::Email ||
               column == ClientListModel::Manager;
    };
    for (auto it = m_wantedWidths.cbegin(); it != m_wantedWidths.cend(); ++it) {
        if (!m_list->isColumnHidden(it.key())) {
            wanted += it.value();
            if (elides(it.key()))
                elidable += it.value();
        }
    }
    if (wanted == 0 || room <= 0)
        return;
    // The columns whose texts elide give way first, down to a readable
    // minimum each, so the phone and the status stay whole at 1366 pixels;
    // only when that is not enough do all give way in proportion.
    constexpr int kElidedMinimum = 70;
    const int others = wanted - elidable;
    int elidedCount = 0;
    for (auto it = m_wantedWidths.cbegin(); it != m_wantedWidths.cend(); ++it)
        elidedCount += !m_list->isColumnHidden(it.key()) && elides(it.key()) ? 1 : 0;
    const bool elidedAbsorb = elidable > 0 && room - others >= kElidedMinimum * elidedCount;
    m_fitting = true;
    for (auto it = m_wantedWidths.cbegin(); it != m_wantedWidths.cend(); ++it) {
        if (m_list->isColumnHidden(it.key()))
            continue;
        int width = it.value();
        if (wanted > room) {
            if (!elidedAbsorb)
                width = std::max(40, it.value() * room / wanted);
            else if (elides(it.key()))
                width = std::max(kElidedMinimum, it.value() * (room - others) / elidable);
        }
        m_list->setColumnWidth(it.key(), width);
    }
    m_fitting = false;
}

void ClientsPage::selectRow(int row)
{
    m_list->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ClientsPage::showSelected()
{
    m_card->showClient(m_model->clientIdAt(m_list->currentIndex().row()));
}

void ClientsPage::showFirstMatch()
{
    if (m_opening)
        return;
    if (m_model->rowCount() > 0) {
        selectRow(0);
        return;
    }
    m_list->selectionModel()->clear();
    m_card->showClient(0);
}

void ClientsPage::keepShown()
{
    const int row = m_model->reveal(m_card->clientId());
    if (row < 0) {
        showFirstMatch(); // archived or changed so that it no longer matches
        return;
    }
    if (m_list->currentIndex().row() != row)
        selectRow(row);
    m_list->scrollTo(m_model->index(row, 0));
}

void ClientsPage::importClients()
{
    if (Status s = require(m_db.principal(), Capability::Import); !s) {
        QMessageBox::information(this, tr("Import clients"), s.error().message);
        return;
    }
    ImportAssistant assistant(m_db, this);
    connect(&assistant, &ImportAssistant::imported, this, &ClientsPage::reload);
    assistant.exec();
}

Result<ClientExportReport> ClientsPage::exportClientsTo(const QString& path,
                                                        const ClientExportOptions& options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const ClientExportFormat format = suffix == u"csv"_s   ? ClientExportFormat::Csv
                                      : suffix == u"vcf"_s ? ClientExportFormat::VCard
                                                           : ClientExportFormat::Xlsx;
    return kartoteka::exportClients(m_db, format, path, options);
}

void ClientsPage::startMailing()
{
    if (Status s = require(m_db.principal(), Capability::Mailings); !s) {
        QMessageBox::information(this, tr("Mailing"), s.error().message);
        return;
    }
    MailingDialog dialog(m_db, m_model->query(), this);
    connect(&dialog, &MailingDialog::sendingEnded, this, [this] { m_card->reload(); });
    dialog.exec();
}

void ClientsPage::showMailings()
{
    MailingsDialog dialog(m_db, this);
    dialog.exec();
    m_card->reload();
}

void ClientsPage::exportClients()
{
    if (Status s = require(m_db.principal(), Capability::Export); !s) {
        QMessageBox::information(this, tr("Export clients"), s.error().message);
        return;
    }
    Result<QList<CustomField>> fields = CustomFieldRepository(m_db).fields();
    if (!fields) {
        QMessageBox::warning(this, tr("Export clients"), fields.error().message);
        return;
    }
    const ClientListQuery& shown = m_model->query();
    ExportClientsDialog choice(
        *fields, shown,
        !shown.search.trimmed().isEmpty() || !shown.filter.isEmpty() || shown.archived, this);
    if (choice.exec() != QDialog::Accepted)
        return;
    QString path =
        chooseFileToSave(this, tr("Export clients"),
                         QDir(ReportView::exportFolder()).filePath(tr("Clients") + u".xlsx"_s),
                         tr("Excel workbook (*.xlsx);;CSV (*.csv);;Phone contacts, vCard (*.vcf)"));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"xlsx"_s && suffix != u"csv"_s && suffix != u"vcf"_s)
        path += u".xlsx"_s;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<ClientExportReport> report = exportClientsTo(path, choice.options());
    QApplication::restoreOverrideCursor();
    if (!report) {
        QMessageBox::warning(this, tr("Export clients"), report.error().message);
        return;
    }
    ReportView::rememberExportFolder(path);
    QMessageBox::information(
        this, tr("Export clients"),
        tr("%n client(s) saved to %1.", nullptr, report->rows).arg(QDir::toNativeSeparators(path)));
}

void ClientsPage::showImportHistory()
{
    if (Status s = require(m_db.principal(), Capability::Import); !s) {
        QMessageBox::information(this, tr("Import history"), s.error().message);
        return;
    }
    ImportHistoryDialog dialog(m_db, this);
    connect(&dialog, &ImportHistoryDialog::undone, this, &ClientsPage::reload);
    dialog.exec();
}

void ClientsPage::findDuplicates()
{
    DuplicatesDialog dialog(m_db, this);
    connect(&dialog, &DuplicatesDialog::merged, this, &ClientsPage::reload);
    qint64 open = 0;
    connect(&dialog, &DuplicatesDialog::openClientRequested, &dialog, [&](qint64 id) {
        open = id;
        dialog.accept();
    });
    dialog.exec();
    if (open != 0)
        openClient(open);
}

void ClientsPage::showMergeHistory()
{
    MergeHistoryDialog dialog(m_db, this);
    connect(&dialog, &MergeHistoryDialog::undone, this, &ClientsPage::reload);
    dialog.exec();
}

void ClientsPage::newClient()
{
    Client fresh;
    ClientForm form(m_db, m_clients, fresh, this);
    const int result = form.exec();
    if (form.openInstead() != 0) {
        openClient(form.openInstead());
        return;
    }
    if (result != QDialog::Accepted)
        return;
    m_model->reload();
    openClient(form.saved().id);
}

void ClientsPage::openClient(qint64 id)
{
    m_card->callOrigin().openedElsewhere();
    int row = m_model->reveal(id);
    if (row < 0) {
        // Outside the search, the filters or this view: the list shows
        // everyone among the active or the archived clients, whichever they are.
        if (Result<Client> client = m_clients.load(id); client) {
            m_opening = true;
            m_search->clear();
            m_filters->clear();
            m_archive->setChecked(client->archived);
            m_opening = false;
            row = m_model->reveal(id);
        }
    }
    if (row >= 0) {
        selectRow(row);
        m_list->scrollTo(m_model->index(row, 0));
        return;
    }
    // No such client (removed, or out of reach): the card says so, the list selects nobody.
    m_list->selectionModel()->clear();
    m_card->showClient(id);
}

void ClientsPage::applyChanges(const QList<Change>& changes)
{
    bool listChanged = false;
    bool cardChanged = false;
    bool listsChanged = false;
    for (const Change& c : changes) {
        if (c.entity == ClientRepository::kEntity) {
            listChanged = true;
            cardChanged = cardChanged || c.entityId == m_card->clientId() || c.entityId == 0;
        } else if (c.entity == InteractionRepository::kEntity) {
            cardChanged = cardChanged || c.entityId == m_card->clientId();
        } else if (c.entity == DealRepository::kEntity) {
            cardChanged = true; // the card lists the client's deals; one card is cheap to redo
        } else if (c.entity == CustomFieldRepository::kEntity || c.entity == Lists::kItemEntity ||
                   c.entity == Lists::kUserEntity) {
            listsChanged = true;
        }
    }
    if (listsChanged) {
        m_filters->reloadLists();
        cardChanged = true;
    }
    if (cardChanged)
        m_card->reload();
    if (listChanged) {
        m_model->reload();
        keepShown();
    }
}

void ClientsPage::reload()
{
    m_card->reload();
    m_model->reload();
    keepShown();
}

} // namespace kartoteka::ui
