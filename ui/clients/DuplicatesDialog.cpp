#include "clients/DuplicatesDialog.h"

#include "clients/CardFields.h"
#include "clients/ClientMerge.h"
#include "clients/ClientSettings.h"
#include "clients/Lists.h"
#include "clients/PhoneNumbers.h"
#include "main/BackgroundJob.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

// Rows of the comparison that are not a single field: everything of every
// card is kept, nothing to choose.
const QString kPhones = u":phones"_s;
const QString kEmails = u":emails"_s;
const QString kTags = u":tags"_s;
const QString kHistory = u":history"_s;

constexpr int kFieldRole = Qt::UserRole;
constexpr int kCardRole = Qt::UserRole + 1;

} // namespace

DuplicatesDialog::DuplicatesDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_job(new BackgroundJob(this)), m_status(new QLabel(this)),
      m_pages(new QStackedWidget(this)), m_none(new QLabel(this)), m_groups(new QListWidget(this)),
      m_kept(new QComboBox(this)), m_table(new QTableWidget(this)), m_hint(new QLabel(this)),
      m_merge(new QPushButton(tr("Merge…"), this)),
      m_notDuplicates(new QPushButton(tr("Not duplicates…"), this)),
      m_open(new QPushButton(tr("Open the card"), this))
{
    setWindowTitle(tr("Find duplicates"));
    m_status->setWordWrap(true);
    m_groups->setWordWrap(true);
    m_groups->setTextElideMode(Qt::ElideNone);
    connect(m_groups, &QListWidget::currentRowChanged, this, &DuplicatesDialog::showGroup);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Wide enough to read a card's values; more cards than fit scroll sideways.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(240);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table, &QTableWidget::cellClicked, this, &DuplicatesDialog::cellClicked);
    connect(m_kept, &QComboBox::currentIndexChanged, this, &DuplicatesDialog::fillTable);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Click a value to keep it on the merged card. Phones, e-mails, tags, the "
                       "timeline and deals of every card are kept. A merge can be undone "
                       "(Clients > Merge history)."));

    auto* keptRow = new QHBoxLayout;
    keptRow->addWidget(new QLabel(tr("Card that stays:"), this));
    keptRow->addWidget(m_kept, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(keptRow);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addWidget(m_hint);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_groups);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    m_merge->setToolTip(tr("Merge the other cards of the group into the card that stays"));
    m_notDuplicates->setToolTip(tr("These are different clients: the group is not shown again"));
    connect(m_merge, &QPushButton::clicked, this, [this] { mergeShown(); });
    connect(m_notDuplicates, &QPushButton::clicked, this, [this] { markShownNotDuplicates(); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_kept->currentIndex() >= 0)
            emit openClientRequested(m_kept->currentData().toLongLong());
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    buttons->addButton(m_notDuplicates, QDialogButtonBox::ActionRole);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_none->setAlignment(Qt::AlignCenter);
    m_none->setWordWrap(true);
    QFont large = m_none->font();
    large.setPointSizeF(large.pointSizeF() * 1.3);
    m_none->setFont(large);
    m_pages->addWidget(splitter);
    m_pages->addWidget(m_none);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    resize(1100, 640);

    Lists lists(db);
    for (const QString& list : {kContactTypes, kStatuses, kSources}) {
        if (Result<QList<ListItem>> items = lists.items(list); items) {
            for (const ListItem& item : *items)
                m_names[list].insert(item.id, item.name);
        }
    }
    if (Result<QList<ListItem>> users = lists.users(); users) {
        for (const ListItem& user : *users)
            m_names[u"manager"_s].insert(user.id, user.name);
    }
    if (Result<QList<CustomField>> fields = CustomFieldRepository(db).fields(); fields)
        m_customFields = *fields;
    m_region = phoneRegion(db);
    search();
}

bool DuplicatesDialog::isSearching() const
{
    return m_job->isRunning();
}

void DuplicatesDialog::search()
{
    m_status->setText(tr("Looking for clients that share a phone, an e-mail, a tax ID, or a "
                         "name with an address or a company…"));
    updateButtons();
    const OpenOptions options = m_db.reopenOptions();
    m_job->run(
        [options]() -> Result<QList<DuplicateGroup>> {
            // A connection of its own: a Database lives on one thread.
            Result<std::unique_ptr<Database>> own = Database::open(options);
            if (!own)
                return own.error();
            return findDuplicateGroups(**own);
        },
        [this](const Result<QList<DuplicateGroup>>& found) { showGroups(found); });
}

void DuplicatesDialog::showGroups(const Result<QList<DuplicateGroup>>& found)
{
    m_groups->clear();
    if (!found) {
        m_status->setText(
            tr("The duplicates could not be looked for: %1").arg(found.error().message));
        updateButtons();
        return;
    }
    m_found = *found;
    for (const DuplicateGroup& group : m_found) {
        QStringList reasons, names;
        for (DuplicateReason reason : group.reasons)
            reasons.append(duplicateReasonTitle(reason));
        for (const DuplicateMember& member : group.members)
            names.append(tr("%1 (client %2)").arg(member.name).arg(member.id));
        auto* item = new QListWidgetItem(tr("%1% · %2\n%3")
                                             .arg(group.certainty)
                                             .arg(reasons.join(u", "_s), names.join(u"; "_s)));
        item->setToolTip(group.sharedValues.join(u"\n"_s));
        m_groups->addItem(item);
    }
    showCount(tr("No duplicates found: no two clients share a phone, an e-mail, a tax ID, or a "
                 "name with an address or a company."));
    if (!m_found.isEmpty())
        m_groups->setCurrentRow(0);
    else
        showGroup();
}

void DuplicatesDialog::showCount(const QString& none)
{
    const QString text =
        m_found.isEmpty() ? none
                          : tr("%n group(s) of clients that look like one, the most certain first.",
                               nullptr, int(m_found.size()));
    m_status->setText(m_found.isEmpty() ? QString() : text);
    m_none->setText(text);
    m_pages->setCurrentWidget(m_found.isEmpty() ? static_cast<QWidget*>(m_none)
                                                : m_pages->widget(0));
}

void DuplicatesDialog::showGroup()
{
    m_cards.clear();
    m_takes.clear();
    m_leftOut.clear();
    const int row = m_groups->currentRow();
    if (row >= 0 && row < m_found.size()) {
        QList<qint64> ids;
        for (const DuplicateMember& member : m_found[row].members)
            ids.append(member.id);
        Result<QList<MergeCandidate>> cards = ClientMerges(m_db).candidates(ids);
        if (cards)
            m_cards = *cards;
        else
            m_status->setText(cards.error().message);
    }
    // The card that stays is the one with the most history: it moves the least.
    const QSignalBlocker blocker(m_kept);
    m_kept->clear();
    int best = 0;
    for (int i = 0; i < m_cards.size(); ++i) {
        const MergeCandidate& c = m_cards[i];
        m_kept->addItem(tr("%1 (client %2)").arg(c.card.displayName()).arg(c.card.id), c.card.id);
        const MergeCandidate& b = m_cards[best];
        if (c.entries + c.deals > b.entries + b.deals)
            best = i;
    }
    m_kept->setCurrentIndex(m_cards.isEmpty() ? -1 : best);
    fillTable();
}

QString DuplicatesDialog::shownValue(const Client& card, const QString& field) const
{
    if (const CardField* f = cardFieldNamed(field)) {
        const QString value = cardFieldValue(card, *f);
        if (value.isEmpty())
            return {};
        if (field == u"birthday"_s)
            return QLocale().toString(card.birthday, QLocale::ShortFormat);
        if (field == u"gender"_s)
            return value == u"female"_s ? tr("female") : tr("male");
        if (field == u"company_name"_s || f->text)
            return value;
        return m_names.value(field).value(value.toLongLong(), value);
    }
    for (const CustomField& custom : m_customFields) {
        if (custom.name == field)
            return custom.display(card.fieldValues.value(custom.id));
    }
    return {};
}

QList<MergeTake> DuplicatesDialog::takes() const
{
    QList<MergeTake> list;
    for (auto it = m_takes.cbegin(); it != m_takes.cend(); ++it)
        list.append({it.key(), it.value()}); // the company's link follows its name (mergedCard)
    return list;
}

void DuplicatesDialog::fillTable()
{
    m_table->clear();
    m_table->setRowCount(0);
    const int keptIndex = m_kept->currentIndex();
    if (m_cards.size() < 2 || keptIndex < 0) {
        m_table->setColumnCount(0);
        updateButtons();
        return;
    }
    const Client& kept = m_cards[keptIndex].card;
    m_leftOut.remove(kept.id); // the card that stays is in the merge
    QList<Client> others;
    for (int i = 0; i < m_cards.size(); ++i) {
        if (i != keptIndex && !m_leftOut.contains(m_cards[i].card.id))
            others.append(m_cards[i].card);
    }
    Result<Client> merged = mergedCard(kept, others, takes(), m_customFields);

    // The card that stays first, then the others, then the card the merge makes.
    QList<const MergeCandidate*> shown{&m_cards[keptIndex]};
    for (int i = 0; i < m_cards.size(); ++i) {
        if (i != keptIndex)
            shown.append(&m_cards[i]);
    }
    QStringList headers;
    for (const MergeCandidate* c : shown)
        headers.append(c->card.id == kept.id            ? tr("Client %1 (stays)").arg(c->card.id)
                       : m_leftOut.contains(c->card.id) ? tr("Client %1 (left out)").arg(c->card.id)
                                                        : tr("Client %1").arg(c->card.id));
    headers.append(tr("After the merge"));
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    const int resultColumn = int(m_cards.size());

    auto addRow = [&](const QString& key, const QString& title, const QStringList& values,
                      const QString& result, bool choosable) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* header = new QTableWidgetItem(title);
        m_table->setVerticalHeaderItem(row, header);
        const bool differ = QSet<QString>(values.cbegin(), values.cend()).size() > 1;
        for (int col = 0; col < values.size(); ++col) {
            auto* cell = new QTableWidgetItem(values[col]);
            cell->setData(kFieldRole, choosable ? key : QString());
            cell->setData(kCardRole, shown[col]->card.id);
            cell->setToolTip(values[col]);
            if (choosable && differ && !values[col].isEmpty()) {
                // The value the merged card takes is marked; the others can be clicked.
                const bool chosen = values[col] == result;
                QFont font = cell->font();
                font.setBold(chosen);
                cell->setFont(font);
                cell->setText(chosen ? u"✓ "_s + values[col] : values[col]);
                cell->setToolTip(chosen ? tr("Kept on the merged card")
                                        : tr("Click to keep this value instead"));
            }
            m_table->setItem(row, col, cell);
        }
        auto* after = new QTableWidgetItem(result);
        QFont font = after->font();
        font.setBold(true);
        after->setFont(font);
        after->setToolTip(result);
        m_table->setItem(row, resultColumn, after);
    };

    // The first row: which cards are in the merge (the one that stays always is).
    m_table->insertRow(0);
    m_table->setVerticalHeaderItem(0, new QTableWidgetItem(tr("In the merge")));
    for (int col = 0; col < shown.size(); ++col) {
        const qint64 id = shown[col]->card.id;
        auto* cell = new QTableWidgetItem(id == kept.id            ? tr("stays")
                                          : m_leftOut.contains(id) ? tr("not merged")
                                                                   : tr("merged into it"));
        cell->setData(kCardRole, id);
        cell->setFlags(id == kept.id ? Qt::ItemIsEnabled
                                     : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        if (id != kept.id)
            cell->setCheckState(m_leftOut.contains(id) ? Qt::Unchecked : Qt::Checked);
        cell->setToolTip(tr("Uncheck a card that is not the same client: it stays as it is"));
        m_table->setItem(0, col, cell);
    }
    m_table->setItem(0, resultColumn, new QTableWidgetItem(QString()));

    auto joined = [](const QStringList& parts) { return parts.join(u"\n"_s); };
    for (const CardField& field : cardFields()) {
        if (field.name == "company"_L1)
            continue; // follows the company's name
        QStringList values;
        for (const MergeCandidate* c : shown)
            values.append(shownValue(c->card, QString(field.name)));
        if (std::all_of(values.cbegin(), values.cend(),
                        [](const QString& v) { return v.isEmpty(); }))
            continue;
        addRow(QString(field.name), cardFieldTitle(field), values,
               merged ? shownValue(*merged, QString(field.name)) : QString(), true);
    }
    for (const CustomField& custom : m_customFields) {
        QStringList values;
        for (const MergeCandidate* c : shown)
            values.append(shownValue(c->card, custom.name));
        if (std::all_of(values.cbegin(), values.cend(),
                        [](const QString& v) { return v.isEmpty(); }))
            continue;
        addRow(custom.name, custom.name, values,
               merged ? shownValue(*merged, custom.name) : QString(), true);
    }
    auto listRow = [&](const QString& key, const QString& title,
                       const std::function<QStringList(const Client&)>& items) {
        QStringList values;
        bool any = false;
        for (const MergeCandidate* c : shown) {
            values.append(joined(items(c->card)));
            any = any || !values.last().isEmpty();
        }
        if (any)
            addRow(key, title, values, merged ? joined(items(*merged)) : QString(), false);
    };
    listRow(kPhones, tr("Phones"), [this](const Client& c) {
        QStringList list;
        for (const Phone& phone : c.phones)
            list.append(phone.e164.isEmpty() ? phone.raw : formatPhone(phone.e164, m_region));
        return list;
    });
    listRow(kEmails, tr("E-mails"), [](const Client& c) {
        QStringList list;
        for (const Email& email : c.emails)
            list.append(email.address);
        return list;
    });
    listRow(kTags, tr("Tags"), [](const Client& c) { return c.tags; });
    QStringList history;
    int entries = 0, deals = 0, people = 0;
    for (const MergeCandidate* c : shown) {
        QStringList parts{tr("%n timeline entries", nullptr, c->entries),
                          tr("%n deals", nullptr, c->deals)};
        if (c->card.kind == ClientKind::Company)
            parts.append(tr("%n people", nullptr, c->people));
        history.append(parts.join(u", "_s));
        entries += c->entries;
        deals += c->deals;
        people += c->people;
    }
    QStringList all{tr("%n timeline entries", nullptr, entries), tr("%n deals", nullptr, deals)};
    if (kept.kind == ClientKind::Company)
        all.append(tr("%n people", nullptr, people));
    addRow(kHistory, tr("History"), history, all.join(u", "_s), false);

    if (!merged)
        m_status->setText(merged.error().message);
    updateButtons();
}

void DuplicatesDialog::cellClicked(int row, int column)
{
    const QTableWidgetItem* cell = m_table->item(row, column);
    if (row == 0 && cell && (cell->flags() & Qt::ItemIsUserCheckable)) {
        leaveOut(cell->data(kCardRole).toLongLong(), cell->checkState() != Qt::Checked);
        return;
    }
    if (!cell || cell->data(kFieldRole).toString().isEmpty() || cell->text().isEmpty())
        return;
    take(cell->data(kFieldRole).toString(), cell->data(kCardRole).toLongLong());
}

void DuplicatesDialog::leaveOut(qint64 clientId, bool out)
{
    if (out)
        m_leftOut.insert(clientId);
    else
        m_leftOut.remove(clientId);
    // A value taken from a card left out is not taken.
    for (auto it = m_takes.begin(); it != m_takes.end();)
        it = out && it.value() == clientId ? m_takes.erase(it) : std::next(it);
    fillTable();
}

void DuplicatesDialog::take(const QString& field, qint64 clientId)
{
    m_takes.insert(field, clientId);
    fillTable();
}

bool DuplicatesDialog::mergeShown(bool ask)
{
    const int keptIndex = m_kept->currentIndex();
    if (m_cards.size() < 2 || keptIndex < 0)
        return false;
    const MergeCandidate& kept = m_cards[keptIndex];
    QList<qint64> others;
    QStringList names;
    QSet<QString> taxIds;
    if (!kept.card.taxId.trimmed().isEmpty())
        taxIds.insert(kept.card.taxId.trimmed());
    for (const MergeCandidate& c : m_cards) {
        if (c.card.id != kept.card.id && !m_leftOut.contains(c.card.id)) {
            others.append(c.card.id);
            names.append(tr("%1 (client %2)").arg(c.card.displayName()).arg(c.card.id));
            if (!c.card.taxId.trimmed().isEmpty())
                taxIds.insert(c.card.taxId.trimmed());
        }
    }
    if (others.isEmpty())
        return false;
    QString question = tr("Merge into %1: %2? Phones, e-mails, tags, timeline and deals move to "
                          "%1 and the merged cards are removed. The merge can be undone later "
                          "(Clients > Merge history).")
                           .arg(kept.card.displayName(), names.join(u", "_s));
    // Two tax IDs are two companies or people, whatever the names say.
    if (taxIds.size() > 1)
        question = tr("These cards have different tax IDs (%1): they may be different clients.")
                       .arg(QStringList(taxIds.cbegin(), taxIds.cend()).join(u", "_s)) +
                   u"\n\n"_s + question;
    if (ask && QMessageBox::question(this, windowTitle(), question) != QMessageBox::Yes)
        return false;
    Result<MergeReport> report =
        ClientMerges(m_db).merge(kept.card.id, others, takes(), kept.card.version);
    if (!report) {
        QMessageBox::warning(this, windowTitle(), report.error().message);
        return false;
    }
    emit merged();
    if (!m_leftOut.isEmpty())
        search(); // the cards left out may still look like the one that stayed
    else
        dropShownGroup();
    return true;
}

bool DuplicatesDialog::markShownNotDuplicates(bool ask)
{
    // Cards left out differ from the others; with none left out, all differ.
    QList<qint64> out, in;
    QStringList outNames;
    for (const MergeCandidate& c : m_cards) {
        if (m_leftOut.contains(c.card.id)) {
            out.append(c.card.id);
            outNames.append(tr("%1 (client %2)").arg(c.card.displayName()).arg(c.card.id));
        } else {
            in.append(c.card.id);
        }
    }
    if (m_cards.size() < 2)
        return false;
    const QString question =
        out.isEmpty()
            ? tr("Are these %1 cards different clients? The group will not be shown again "
                 "(kartoteka-cli clients not-duplicates --forget brings it back).")
                  .arg(m_cards.size())
            : tr("Are %1 different clients from the other cards of the group? They will not be "
                 "shown with them again.")
                  .arg(outNames.join(u", "_s));
    if (ask && QMessageBox::question(this, windowTitle(), question) != QMessageBox::Yes)
        return false;
    const Status marked = out.isEmpty() ? ClientMerges(m_db).markNotDuplicates(in)
                                        : ClientMerges(m_db).markNotDuplicates(out, in);
    if (Status s = marked; !s) {
        QMessageBox::warning(this, windowTitle(), s.error().message);
        return false;
    }
    if (!out.isEmpty()) {
        search(); // the group is found again without the cards taken out
        return true;
    }
    dropShownGroup();
    return true;
}

void DuplicatesDialog::dropShownGroup()
{
    // The other groups are as they were, unless they shared a merged card:
    // the search runs again when one of them did.
    const int row = m_groups->currentRow();
    if (row < 0)
        return;
    QSet<qint64> gone;
    for (const DuplicateMember& member : m_found[row].members)
        gone.insert(member.id);
    m_found.removeAt(row);
    delete m_groups->takeItem(row);
    const bool overlapping = std::any_of(m_found.cbegin(), m_found.cend(), [&](const auto& g) {
        return std::any_of(g.members.cbegin(), g.members.cend(),
                           [&](const DuplicateMember& m) { return gone.contains(m.id); });
    });
    if (overlapping) {
        search();
        return;
    }
    showCount(tr("No duplicates left."));
    showGroup();
}

void DuplicatesDialog::updateButtons()
{
    const bool ready = !m_job->isRunning() && m_cards.size() >= 2;
    m_merge->setEnabled(ready);
    m_notDuplicates->setEnabled(ready);
    m_open->setEnabled(ready);
    m_kept->setEnabled(ready);
}

} // namespace kartoteka::ui
