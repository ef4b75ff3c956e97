#include "admin/AuditPanel.h"
#include "language/Formats.h"
#include "main/DateEdits.h"

#include "accounts/Accounts.h"
#include "audit/AuditExport.h"
#include "clients/ClientRepository.h"
#include "clients/DailyLoop.h"
#include "main/FileDialogs.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

// The first day a date edit offers stands for "no bound".
const QDate kOpen{2000, 1, 1};

} // namespace

void AuditListModel::setEntries(const QList<AuditEntry>& entries, const AuditNames& names)
{
    beginResetModel();
    m_entries = entries;
    m_names = names;
    endResetModel();
}

void AuditListModel::appendEntries(const QList<AuditEntry>& entries, const AuditNames& names)
{
    if (entries.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + entries.size() - 1));
    m_entries.append(entries);
    m_names.accounts.insert(names.accounts);
    m_names.clients.insert(names.clients);
    endInsertRows();
}

int AuditListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole) {
        QStringList lines{auditWhat(e, m_names)};
        lines.append(auditFieldLines(e));
        if (!e.host.isEmpty())
            lines.append(tr("Computer: %1").arg(e.host));
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return auditTimeText(e.at);
    case Who:
        return auditWho(e);
    case What:
        return auditWhat(e, m_names);
    case Details:
        return auditFieldLines(e).join(u"; "_s);
    }
    return {};
}

QVariant AuditListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Details:
        return tr("Details");
    }
    return {};
}

AuditPanel::AuditPanel(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_model(new AuditListModel(this)), m_view(new QTableView(this)),
      m_person(new QComboBox(this)), m_action(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_clientSearch(new QLineEdit(this)), m_client(new QComboBox(this)),
      m_more(new QPushButton(tr("Load more"), this)),
      m_export(new QPushButton(tr("Export…"), this)), m_message(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(AuditListModel::When, QHeaderView::ResizeToContents);
    header->resizeSection(AuditListModel::Who, 170);
    header->resizeSection(AuditListModel::What, 360);
    header->setStretchLastSection(true);

    m_person->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_person->setMinimumContentsLength(16);
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_action->setMinimumContentsLength(18);
    m_action->addItem(tr("All actions"), QString());
    for (const AuditActionChoice& choice : auditActionChoices())
        m_action->addItem(choice.title, choice.key);
    for (QDateEdit* edit : {m_from, m_to}) {
        setUpDateEdit(edit);
        edit->setMinimumDate(kOpen);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(kOpen);
    }
    m_clientSearch->setPlaceholderText(tr("Find a client, then Enter"));
    m_clientSearch->setClearButtonEnabled(true);
    m_client->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_client->setMinimumContentsLength(16);
    m_client->addItem(tr("Any client"), 0);

    auto* filters = new QGridLayout;
    filters->addWidget(new QLabel(tr("Person:"), this), 0, 0);
    filters->addWidget(m_person, 0, 1);
    filters->addWidget(new QLabel(tr("Action:"), this), 0, 2);
    filters->addWidget(m_action, 0, 3);
    filters->addWidget(new QLabel(tr("From:"), this), 0, 4);
    filters->addWidget(m_from, 0, 5);
    filters->addWidget(new QLabel(tr("To:"), this), 0, 6);
    filters->addWidget(m_to, 0, 7);
    filters->addWidget(new QLabel(tr("Client:"), this), 1, 0);
    auto* client = new QHBoxLayout;
    client->addWidget(m_clientSearch, 1);
    client->addWidget(m_client, 1);
    filters->addLayout(client, 1, 1, 1, 3);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);

    auto* note = new QLabel(tr("Newest first. Double-click a row about a client to open the "
                               "client. Audit rows cannot be changed or deleted."),
                            this);
    note->setStyleSheet(u"color: palette(placeholder-text);"_s);
    m_message->setWordWrap(true);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_more);
    bottom->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(note);
    layout->addLayout(bottom);

    const auto refilter = [this] {
        if (!m_filling)
            reload();
    };
    connect(m_person, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_client, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_from, &QDateEdit::dateChanged, this, refilter);
    connect(m_to, &QDateEdit::dateChanged, this, refilter);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const qint64 client = m_model->entryAt(index.row()).clientId; client != 0)
            emit clientRequested(client);
    });
    connect(m_clientSearch, &QLineEdit::returnPressed, this, &AuditPanel::findClients);
    connect(m_more, &QPushButton::clicked, this, &AuditPanel::loadMore);
    connect(m_export, &QPushButton::clicked, this, &AuditPanel::chooseExportFile);
    reload();
}

bool AuditPanel::shownTo(const Principal& who)
{
    return who.can(Capability::Audit);
}

bool AuditPanel::mayExport(const Principal& who)
{
    return who.can(Capability::Audit) && who.can(Capability::Export);
}

void AuditPanel::fillPeople()
{
    const qint64 keep = m_person->currentData().toLongLong();
    m_filling = true;
    m_person->clear();
    m_person->addItem(tr("Everyone"), 0);
    if (Result<QList<Account>> accounts = Accounts(m_db).list(true); accounts) {
        for (const Account& a : *accounts)
            m_person->addItem(a.active ? a.name : tr("%1 (deactivated)").arg(a.name), a.id);
    }
    m_person->setCurrentIndex(std::max(0, m_person->findData(keep)));
    m_filling = false;
}

AuditFilter AuditPanel::filter() const
{
    AuditFilter f;
    f.userId = m_person->currentData().toLongLong();
    f.action = m_action->currentData().toString();
    if (m_from->date() != kOpen)
        f.from = m_from->date();
    if (m_to->date() != kOpen)
        f.to = m_to->date();
    f.clientId = m_client->currentData().toLongLong();
    f.limit = kPageSize;
    return f;
}

void AuditPanel::reload()
{
    m_export->setVisible(mayExport(m_db.principal()));
    if (!shownTo(m_db.principal())) {
        m_model->setEntries({}, {});
        m_more->setEnabled(false);
        return;
    }
    fillPeople();
    Result<QList<AuditEntry>> page = readAudit(m_db, filter());
    if (!page) {
        m_model->setEntries({}, {});
        m_more->setEnabled(false);
        showMessage(page.error().message, true);
        return;
    }
    Result<AuditNames> names = auditNamesFor(m_db, *page);
    m_model->setEntries(*page, names ? *names : AuditNames{});
    m_more->setEnabled(page->size() == kPageSize);
    showMessage(page->isEmpty() ? tr("Nothing matches the filter.") : QString());
}

void AuditPanel::loadMore()
{
    AuditFilter f = filter();
    f.beforeId = m_model->oldestId();
    if (f.beforeId == 0)
        return;
    Result<QList<AuditEntry>> page = readAudit(m_db, f);
    if (!page) {
        showMessage(page.error().message, true);
        return;
    }
    Result<AuditNames> names = auditNamesFor(m_db, *page);
    m_model->appendEntries(*page, names ? *names : AuditNames{});
    m_more->setEnabled(page->size() == kPageSize);
}

void AuditPanel::setPerson(qint64 accountId)
{
    m_person->setCurrentIndex(std::max(0, m_person->findData(accountId)));
}

void AuditPanel::setAction(const QString& key)
{
    m_action->setCurrentIndex(std::max(0, m_action->findData(key)));
}

void AuditPanel::setPeriod(const QDate& from, const QDate& to)
{
    m_filling = true;
    m_from->setDate(from.isValid() ? from : kOpen);
    m_to->setDate(to.isValid() ? to : kOpen);
    m_filling = false;
    reload();
}

void AuditPanel::setClient(qint64 clientId, const QString& name)
{
    int index = m_client->findData(clientId);
    if (index < 0) {
        m_filling = true;
        m_client->addItem(name, clientId);
        m_filling = false;
        index = m_client->count() - 1;
    }
    m_client->setCurrentIndex(index);
}

void AuditPanel::findClients()
{
    const QString text = m_clientSearch->text().trimmed();
    m_filling = true;
    while (m_client->count() > 1)
        m_client->removeItem(1);
    m_filling = false;
    if (text.isEmpty()) {
        m_client->setCurrentIndex(0);
        return;
    }
    ClientListQuery query;
    query.search = text;
    query.limit = 30;
    Result<QList<ClientRow>> rows = ClientRepository(m_db).page(query);
    if (!rows || rows->isEmpty()) {
        showMessage(rows ? tr("No client matches “%1”.").arg(text) : rows.error().message, !rows);
        return;
    }
    m_filling = true;
    for (const ClientRow& row : *rows)
        m_client->addItem(clientPickerText(row), row.id); // namesakes told apart
    m_filling = false;
    m_client->setCurrentIndex(1);
    if (rows->size() > 1)
        m_client->showPopup();
}

bool AuditPanel::exportTo(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const TableFileFormat format = suffix == u"xlsx" ? TableFileFormat::Xlsx : TableFileFormat::Csv;
    Result<int> rows = exportAudit(m_db, filter(), path, format);
    if (!rows) {
        showMessage(rows.error().message, true);
        return false;
    }
    showMessage(
        tr("Exported %n row(s) to %1.", nullptr, *rows).arg(QDir::toNativeSeparators(path)));
    return true;
}

void AuditPanel::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("Audit %1").arg(QDate::currentDate().toString(Qt::ISODate));
    QString path =
        chooseFileToSave(this, tr("Export the audit"), QDir(folder).filePath(name + u".xlsx"_s),
                         tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"xlsx" && suffix != u"csv")
        path += u".xlsx"_s;
    exportTo(path);
}

QString AuditPanel::message() const
{
    return m_message->text();
}

void AuditPanel::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? u"color: #b3261e;"_s : QString());
    m_message->setText(text);
}

} // namespace kartoteka::ui
