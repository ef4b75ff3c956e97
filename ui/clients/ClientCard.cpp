#include "clients/ClientCard.h"
#include "language/Formats.h"

#include "audit/AuditExport.h"
#include "audit/AuditText.h"
#include "clients/ClientForm.h"
#include "clients/ClientRepository.h"
#include "clients/ClientSettings.h"
#include "clients/CustomFields.h"
#include "clients/InteractionDialog.h"
#include "clients/InteractionRepository.h"
#include "clients/Lists.h"
#include "clients/PhoneNumbers.h"
#include "clients/TimelineModel.h"
#include "deals/DealDialog.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "documents/DocumentDialog.h"
#include "documents/DocumentFiles.h"
#include "documents/DocumentRepository.h"
#include "mail/LetterDialog.h"
#include "mail/Mailings.h"
#include "mail/SendLetterDialog.h"
#include "mail/SendSmsDialog.h"
#include "main/Keys.h"
#include "tasks/ClientTasks.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QSettings>
#include <QShortcut>
#include <QStyle>
#include <QTableWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString nameIn(const QList<ListItem>& items, qint64 id)
{
    for (const ListItem& item : items) {
        if (item.id == id)
            return item.name;
    }
    return {};
}

QString linkTarget(const Link& link)
{
    const QString v = link.value;
    if (v.startsWith(u"http://") || v.startsWith(u"https://"))
        return v;
    if (link.kind == u"telegram")
        return u"https://t.me/"_s + QString(v).remove(u'@');
    if (link.kind == u"website")
        return u"https://"_s + v;
    return {};
}

} // namespace

ClientCard::ClientCard(Database& db, ClientRepository& clients, InteractionRepository& timeline,
                       QWidget* parent)
    : QWidget(parent), m_db(db), m_clients(clients), m_timeline(timeline),
      m_emptyText(tr("Choose a client on the left, or create one with Ctrl+N.")),
      m_empty(new QLabel(m_emptyText, this)), m_body(new QWidget(this)), m_name(new QLabel(m_body)),
      m_subtitle(new QLabel(m_body)), m_stats(new QLabel(m_body)), m_contacts(new QLabel(m_body)),
      m_details(new QLabel(m_body)), m_relations(new QLabel(m_body)), m_deals(new QLabel(m_body)),
      m_dealsTable(new QTableWidget(m_body)), m_edit(new QPushButton(tr("Edit…"), m_body)),
      m_archive(new QPushButton(m_body)), m_timelineModel(new TimelineModel(this)),
      m_timelineShown(new QComboBox), m_timelineView(new QTreeView(m_body)),
      m_lower(new QTabWidget(m_body)), m_history(new QListWidget(m_body))
{
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(u"color: palette(placeholder-text);"_s);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel* label : {m_subtitle, m_stats, m_contacts, m_details, m_relations, m_deals}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    }
    m_contacts->setOpenExternalLinks(true); // tel:, mailto:, https: through the desktop
    connect(m_relations, &QLabel::linkActivated, this, [this](const QString& link) {
        emit openClientRequested(link.section(u':', 1).toLongLong());
    });
    // A few deals at a glance, the rest a scroll away; a row opens its deal.
    m_dealsTable->setColumnCount(4);
    m_dealsTable->setHorizontalHeaderLabels({tr("Deal"), tr("Stage"), tr("Amount"), tr("Manager")});
    m_dealsTable->verticalHeader()->hide();
    m_dealsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dealsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dealsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_dealsTable->setWordWrap(false);
    m_dealsTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_dealsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dealsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_dealsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    connect(m_dealsTable, &QTableWidget::cellActivated, this, [this](int row) {
        openDeal(m_dealsTable->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    m_tasks = new ClientTasks(db, m_body);
    // A task done here lands on the timeline.
    connect(m_tasks, &ClientTasks::changed, this, &ClientCard::render);
    auto* newDealButton = new QPushButton(tr("New deal…"), m_body);
    newDealButton->setObjectName(u"new-deal"_s);
    connect(newDealButton, &QPushButton::clicked, this, &ClientCard::newDeal);
    m_edit->setShortcut(keys::editClient());
    m_edit->setToolTip(tr("Edit this client (Ctrl+E)"));
    connect(m_edit, &QPushButton::clicked, this, &ClientCard::edit);
    connect(m_archive, &QPushButton::clicked, this, &ClientCard::toggleArchived);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_name);
    m_subtitle->setObjectName(u"subtitle"_s);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_edit, 0, Qt::AlignTop);
    header->addWidget(m_archive, 0, Qt::AlignTop);

    // The three most frequent entries one click away, the rest in a menu: two clicks.
    auto* add = new QHBoxLayout;
    add->addWidget(new QLabel(tr("Add:"), m_body));
    auto* more = new QMenu(m_body);
    for (InteractionKind kind :
         {InteractionKind::Call, InteractionKind::Note, InteractionKind::Purchase,
          InteractionKind::Meeting, InteractionKind::Email, InteractionKind::Message}) {
        const bool frequent = kind == InteractionKind::Call || kind == InteractionKind::Note ||
                              kind == InteractionKind::Purchase;
        if (!frequent) {
            // Said as recording what happened elsewhere: beside "Write a
            // letter…" a bare "E-mail" reads as the same thing.
            const QString text = kind == InteractionKind::Meeting ? tr("Record a meeting…")
                                 : kind == InteractionKind::Email
                                     ? tr("Record an e-mail sent or received elsewhere…")
                                     : tr("Record a message from a messenger…");
            QAction* action = more->addAction(text);
            action->setObjectName(u"add-"_s + interactionKindName(kind));
            connect(action, &QAction::triggered, this, [this, kind] { addEntry(kind); });
            continue;
        }
        auto* button = new QPushButton(interactionKindDisplayName(kind), m_body);
        button->setObjectName(u"add-"_s + interactionKindName(kind));
        // Window-wide while the card shows: the search box keeps the focus
        // after a search, and the call is logged from there.
        const QKeySequence shortcut = kind == InteractionKind::Call   ? keys::logCall()
                                      : kind == InteractionKind::Note ? keys::logNote()
                                                                      : keys::logPurchase();
        button->setShortcut(shortcut);
        const QString keysText = shortcut.toString(QKeySequence::NativeText);
        button->setToolTip(kind == InteractionKind::Call ? tr("Log a call (%1)").arg(keysText)
                           : kind == InteractionKind::Note
                               ? tr("Add a note (%1)").arg(keysText)
                               : tr("Log a purchase (%1)").arg(keysText));
        connect(button, &QPushButton::clicked, this, [this, kind] { addEntry(kind); });
        add->addWidget(button);
        m_addButtons.append(button);
    }
    more->addSeparator();
    QAction* document = more->addAction(tr("Document…"));
    document->setObjectName(u"make-document"_s);
    document->setToolTip(tr("An invoice, proposal, delivery note, letter or greeting card from a "
                            "template, kept as issued"));
    connect(document, &QAction::triggered, this, [this] { makeDocument(0); });
    QAction* letter = more->addAction(tr("Write a letter…"));
    letter->setObjectName(u"write-letter"_s);
    letter->setToolTip(tr("An e-mail to the client from a template or in your own words, with a "
                          "document attached"));
    connect(letter, &QAction::triggered, this, [this] { writeLetter(0, 0); });
    QAction* sms = more->addAction(tr("Send an SMS…"));
    sms->setObjectName(u"send-sms"_s);
    sms->setToolTip(tr("A text message to the client's phone through the shop's SMS service"));
    connect(sms, &QAction::triggered, this, [this] {
        if (m_client.id == 0)
            return;
        SendSmsDialog dialog(m_db, m_client.id, this);
        connect(&dialog, &SendSmsDialog::smsKept, this, &ClientCard::render);
        dialog.exec();
    });
    m_noMailings = more->addAction(tr("No mailings"));
    m_noMailings->setObjectName(u"no-mailings"_s);
    m_noMailings->setCheckable(true);
    m_noMailings->setToolTip(tr("The client asked not to be sent mailings: mailings leave them "
                                "out; a letter written to them still goes"));
    connect(m_noMailings, &QAction::toggled, this, [this](bool refuses) {
        if (m_client.id == 0 || m_showingRefusal)
            return;
        if (Status s = setRefusesMailings(m_db, m_client.id, refuses); !s) {
            QMessageBox::warning(this, tr("No mailings"), s.error().message);
            render();
        }
    });
    auto* moreButton = new QPushButton(tr("More"), m_body);
    moreButton->setMenu(more);
    add->addWidget(moreButton);
    add->addStretch(1);
    // The timeline of one kind (only the calls, only the deals' steps...),
    // beside its tab: the row of buttons above has no room to spare.
    auto* shownBox = new QWidget(m_body);
    auto* shownLayout = new QHBoxLayout(shownBox);
    shownLayout->setContentsMargins(0, 0, 0, 2);
    shownLayout->addWidget(new QLabel(tr("Show:"), shownBox));
    m_timelineShown->addItem(tr("everything"), int(TimelineModel::Everything));
    for (InteractionKind kind :
         {InteractionKind::Call, InteractionKind::Note, InteractionKind::Email,
          InteractionKind::Meeting, InteractionKind::Message, InteractionKind::Purchase})
        m_timelineShown->addItem(interactionKindDisplayName(kind), int(kind));
    m_timelineShown->addItem(tr("deal steps"), int(TimelineModel::DealSteps));
    m_timelineShown->addItem(tr("documents"), int(TimelineModel::Documents));
    m_timelineShown->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_timelineShown, &QComboBox::currentIndexChanged, this,
            [this] { m_timelineModel->setShown(m_timelineShown->currentData().toInt()); });
    shownLayout->addWidget(m_timelineShown);

    m_timelineView->setModel(m_timelineModel);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineView->setUniformRowHeights(true);
    m_timelineView->setWordWrap(false);
    // A deal's row opens its deal; the arrow beside it shows its steps.
    m_timelineView->setExpandsOnDoubleClick(false);
    m_timelineView->header()->setStretchLastSection(false);
    m_timelineView->header()->setSectionResizeMode(TimelineModel::Amount,
                                                   QHeaderView::ResizeToContents);
    m_timelineView->header()->setSectionResizeMode(TimelineModel::Details, QHeaderView::Stretch);
    sizeTimelineColumns();
    connect(m_timelineView, &QTreeView::doubleClicked, this,
            [this](const QModelIndex& index) { editEntry(TimelineModel::topRow(index)); });
    m_timelineView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_timelineView, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = m_timelineView->indexAt(at);
        if (!index.isValid())
            return;
        QMenu* menu = timelineMenu(TimelineModel::topRow(index));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_timelineView->viewport()->mapToGlobal(at));
    });
    auto* remove = new QShortcut(QKeySequence::Delete, m_timelineView);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        if (const QModelIndex current = m_timelineView->currentIndex();
            current.isValid() && !current.parent().isValid())
            removeEntry(current.row());
    });

    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(header);
    body->addWidget(m_stats);
    body->addWidget(m_contacts);
    body->addWidget(m_details);
    body->addWidget(m_relations);
    auto* dealsTitle = new QHBoxLayout;
    dealsTitle->addWidget(m_deals, 1);
    dealsTitle->addWidget(newDealButton);
    body->addLayout(dealsTitle);
    body->addWidget(m_dealsTable);
    body->addWidget(m_tasks);
    body->addLayout(add);
    m_history->setWordWrap(true);
    m_history->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_history->setTextElideMode(Qt::ElideNone);
    m_lower->setDocumentMode(true);
    m_lower->addTab(m_timelineView, tr("Timeline"));
    m_lower->addTab(m_history, tr("History of changes"));
    m_lower->setCornerWidget(shownBox, Qt::TopRightCorner);
    connect(m_lower, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_lower->widget(index) == m_history)
            loadHistory();
    });
    body->addWidget(m_lower, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_body, 1);
    m_body->hide();
}

QPushButton* ClientCard::addButton(InteractionKind kind) const
{
    for (QPushButton* button : m_addButtons) {
        if (button->objectName() == u"add-"_s + interactionKindName(kind))
            return button;
    }
    return nullptr;
}

void ClientCard::sizeTimelineColumns()
{
    // "When" and "What" as wide as a date and time and the longest kind, from
    // the first client on (sized to their contents, an empty timeline left
    // them a few pixels wide); as the person left them once they are dragged.
    QHeaderView* header = m_timelineView->header();
    const QFontMetrics metrics = m_timelineView->fontMetrics();
    const int margins = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1) + 6;
    const auto fitting = [&](const QStringList& texts) {
        int width = 0;
        for (const QString& text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + margins;
    };
    const QString when = formatDateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 58)).toUTC());
    QStringList kinds{m_timelineModel->headerData(TimelineModel::Kind, Qt::Horizontal).toString(),
                      TimelineModel::tr("Deal"), TimelineModel::tr("Step")};
    for (InteractionKind kind :
         {InteractionKind::Call, InteractionKind::Note, InteractionKind::Email,
          InteractionKind::Meeting, InteractionKind::Message, InteractionKind::Purchase})
        kinds.append(interactionKindDisplayName(kind));
    m_timelineFitting = true;
    header->setSectionResizeMode(TimelineModel::When, QHeaderView::Interactive);
    header->setSectionResizeMode(TimelineModel::Kind, QHeaderView::Interactive);
    const QList<int> remembered = [] {
        QList<int> widths;
        for (const QVariant& v : QSettings().value(u"clients/timelineColumns"_s).toList())
            widths.append(v.toInt());
        return widths;
    }();
    // The tree's arrow and indentation come out of the first column.
    const int whenWidth =
        fitting(
            {when, m_timelineModel->headerData(TimelineModel::When, Qt::Horizontal).toString()}) +
        m_timelineView->indentation();
    header->resizeSection(TimelineModel::When,
                          remembered.size() == 2 && remembered[0] > 0 ? remembered[0] : whenWidth);
    header->resizeSection(TimelineModel::Kind, remembered.size() == 2 && remembered[1] > 0
                                                   ? remembered[1]
                                                   : fitting(kinds));
    m_timelineFitting = false;
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (m_timelineFitting || (column != TimelineModel::When && column != TimelineModel::Kind))
            return;
        const QHeaderView* h = m_timelineView->header();
        QSettings().setValue(
            u"clients/timelineColumns"_s,
            QVariantList{h->sectionSize(TimelineModel::When), h->sectionSize(TimelineModel::Kind)});
    });
}

void ClientCard::showClient(qint64 id)
{
    m_requested = id;
    reload();
}

void ClientCard::reload()
{
    // Whatever cannot be shown is not acted on: the actions go with the body.
    const auto showNobody = [this](const QString& text) {
        m_client = Client{};
        m_body->setEnabled(false);
        m_body->hide();
        m_empty->setText(text);
        m_empty->show();
    };
    if (m_requested == 0)
        return showNobody(m_emptyText);
    Result<Client> loaded = m_clients.load(m_requested);
    if (!loaded)
        return showNobody(loaded.error().message);
    m_client = *loaded;
    render();
    m_body->setEnabled(true);
}

QString ClientCard::contactsHtml() const
{
    QStringList parts;
    const QString region = phoneRegion(m_db);
    for (const Phone& p : m_client.phones) {
        const QString shown = p.e164.isEmpty() ? p.raw : formatPhone(p.e164, region);
        const QString dial = p.e164.isEmpty() ? digitsOf(p.raw) : p.e164;
        parts.append((p.label.isEmpty() ? QString() : esc(p.label) + u" "_s) + u"<a href=\"tel:"_s +
                     esc(dial) + u"\">"_s + esc(shown) + u"</a>"_s);
    }
    for (const Email& e : m_client.emails)
        parts.append(u"<a href=\"mailto:"_s + esc(e.address) + u"\">"_s + esc(e.address) +
                     u"</a>"_s);
    for (const Link& l : m_client.links) {
        const QString target = linkTarget(l);
        parts.append(esc(l.kind) + u" "_s +
                     (target.isEmpty()
                          ? esc(l.value)
                          : u"<a href=\""_s + esc(target) + u"\">"_s + esc(l.value) + u"</a>"_s));
    }
    return parts.isEmpty() ? tr("No phone or e-mail yet.") : parts.join(u" &nbsp;·&nbsp; "_s);
}

QString ClientCard::relationsHtml()
{
    QStringList lines;
    // Each with their company and phone: two people of one name are told apart.
    auto list = [](QList<ClientRow> rows, const QString& sameCompany = {}) {
        QStringList links;
        for (ClientRow& r : rows) {
            if (r.companyName == sameCompany)
                r.companyName.clear();
            links.append(u"<a href=\"client:%1\">%2</a>"_s.arg(r.id).arg(esc(clientPickerText(r))));
        }
        return links.join(u"; "_s);
    };
    if (m_client.companyId != 0) {
        if (Result<Client> company = m_clients.load(m_client.companyId); company)
            lines.append(tr("Works at %1")
                             .arg(u"<a href=\"client:%1\">%2</a>"_s.arg(company->id)
                                      .arg(esc(company->displayName()))));
    }
    if (m_client.kind == ClientKind::Company) {
        if (Result<QList<ClientRow>> people = m_clients.peopleOf(m_client.id);
            people && !people->isEmpty())
            lines.append(tr("People: %1").arg(list(*people, m_client.displayName())));
    }
    if (Result<QList<ClientRow>> same = m_clients.atSameAddress(m_client.id);
        same && !same->isEmpty())
        lines.append(tr("Same address: %1").arg(list(*same)));
    return lines.join(u"<br>"_s);
}

void ClientCard::render()
{
    const QLocale locale;
    Lists lists(m_db);
    m_name->setText(m_client.displayName());
    QStringList subtitle;
    if (m_client.archived)
        subtitle.append(u"<b>"_s + tr("archived") + u"</b>"_s);
    const QString kindWord = m_client.kind == ClientKind::Company ? tr("company") : tr("person");
    subtitle.append(kindWord);
    if (m_client.kind == ClientKind::Person && !m_client.companyName.isEmpty())
        subtitle.append(esc(m_client.companyName));
    if (!m_client.jobTitle.isEmpty())
        subtitle.append(esc(m_client.jobTitle));
    const std::pair<QString, qint64> named[] = {{kContactTypes, m_client.contactTypeId},
                                                {kStatuses, m_client.statusId},
                                                {kSources, m_client.sourceId}};
    for (const auto& [list, id] : named) {
        Result<QList<ListItem>> items = lists.items(list);
        if (!items || id == 0)
            continue;
        const QString name = nameIn(*items, id);
        // A type that only repeats the kind («частное лицо · Частное лицо»)
        // says nothing new.
        if (list == kContactTypes &&
            name.trimmed().compare(kindWord.trimmed(), Qt::CaseInsensitive) == 0)
            continue;
        subtitle.append(esc(name));
    }
    if (Result<QList<ListItem>> users = lists.users(); users && m_client.managerId != 0)
        subtitle.append(tr("manager %1").arg(esc(nameIn(*users, m_client.managerId))));
    m_subtitle->setText(subtitle.join(u" · "_s));

    Result<ClientStats> stats = m_timeline.statsFor(m_client.id);
    if (stats) {
        const QString currency = stats->currency.isEmpty() ? shopCurrency(m_db) : stats->currency;
        // A contact is a call, a letter, a meeting, a message or a note
        // (InteractionRepository::statsFor); a purchase is counted apart.
        const QString lastContact =
            stats->lastContact.isValid()
                ? tr("last contact: %1").arg(formatDate(stats->lastContact, locale))
                : tr("no contact yet");
        // Sales as the reports count them: won deals and purchase entries;
        // the won deals are named, so that one purchase entry and one won
        // deal reading "2" is not taken for a double count.
        const QString sales = stats->wonDeals == 0
                                  ? QString::number(stats->sales)
                                  : tr("%1 (won deals: %2)").arg(stats->sales).arg(stats->wonDeals);
        m_stats->setText(
            stats->sales == 0
                ? tr("No sales yet · %1").arg(lastContact)
                : tr("Sales: <b>%1</b> · total <b>%2</b> · average %3 · last sale %4 · %5")
                      .arg(sales)
                      .arg(formatMoney(stats->totalMinor, currency),
                           formatMoney(stats->averageMinor, currency),
                           formatDate(stats->lastPurchase, locale), lastContact));
    }
    m_contacts->setText(contactsHtml());

    QStringList details;
    if (m_client.birthday.isValid()) {
        const QDate today = QDate::currentDate();
        int age = today.year() - m_client.birthday.year();
        if (QDate(today.year(), m_client.birthday.month(), 1).addDays(m_client.birthday.day() - 1) >
            today)
            --age;
        details.append(tr("Birthday %1 (%n year(s))", nullptr, age)
                           .arg(locale.toString(m_client.birthday, u"d MMMM yyyy"_s)));
    }
    if (!m_client.actualAddress.isEmpty())
        details.append(tr("Address: %1").arg(esc(m_client.actualAddress)));
    if (!m_client.deliveryAddress.isEmpty() && m_client.deliveryAddress != m_client.actualAddress)
        details.append(tr("Delivery: %1").arg(esc(m_client.deliveryAddress)));
    if (!m_client.taxId.isEmpty())
        details.append(tr("Tax ID %1").arg(esc(m_client.taxId)) +
                       (m_client.bankAccount.isEmpty() ? QString()
                                                       : u" · "_s + esc(m_client.bankName) +
                                                             u" "_s + esc(m_client.bankAccount)));
    if (!m_client.tags.isEmpty())
        details.append(tr("Tags: %1").arg(esc(m_client.tags.join(u", "_s))));
    if (Result<QList<CustomField>> fields = CustomFieldRepository(m_db).fields(); fields) {
        for (const CustomField& field : *fields) {
            const QString value = field.display(m_client.fieldValues.value(field.id));
            if (!value.isEmpty())
                details.append(esc(field.name) + u": "_s + esc(value));
        }
    }
    if (!m_client.comment.isEmpty())
        details.append(u"<i>"_s + esc(m_client.comment) + u"</i>"_s);
    m_details->setText(details.join(u"<br>"_s));
    m_details->setVisible(!details.isEmpty());
    const QString relations = relationsHtml();
    m_relations->setText(relations);
    m_relations->setVisible(!relations.isEmpty());
    fillDeals();
    m_tasks->showTasksOf(m_client.id);
    m_archive->setText(m_client.archived ? tr("Restore from archive") : tr("Archive…"));
    {
        const QScopedValueRollback showing(m_showingRefusal, true);
        const Result<bool> refuses = refusesMailings(m_db, m_client.id);
        m_noMailings->setChecked(refuses && *refuses);
    }

    Result<QList<Interaction>> entries = m_timeline.forClient(m_client.id);
    Result<QList<DealEvent>> dealEvents = DealRepository(m_db).eventsForClient(m_client.id);
    Result<QList<IssuedDocument>> documents = DocumentRepository(m_db).forClient(m_client.id);
    Result<QList<Letter>> letters = LetterRepository(m_db).forClient(m_client.id);
    m_timelineModel->setEntries(
        entries ? *entries : QList<Interaction>{}, dealEvents ? *dealEvents : QList<DealEvent>{},
        documents ? *documents : QList<IssuedDocument>{}, letters ? *letters : QList<Letter>{});
    if (m_lower->currentWidget() == m_history)
        loadHistory();
    else
        m_history->clear();
    m_empty->hide();
    m_body->show();
}

void ClientCard::showHistory()
{
    m_lower->setCurrentWidget(m_history);
    loadHistory();
}

void ClientCard::loadHistory()
{
    m_history->clear();
    if (m_client.id == 0)
        return;
    Result<QList<AuditEntry>> entries = clientHistory(m_db, m_client.id);
    if (!entries) {
        m_history->addItem(entries.error().message);
        return;
    }
    if (entries->isEmpty()) {
        m_history->addItem(tr("No recorded changes yet."));
        return;
    }
    Result<AuditNames> names = auditNamesFor(m_db, *entries);
    // A phone number wraps as a whole, never in the middle.
    static const QRegularExpression number(u"\\+?\\d[\\d ()-]{4,}\\d"_s);
    for (const AuditEntry& entry : *entries) {
        for (QString line : auditHistoryLines(entry, names ? *names : AuditNames{})) {
            for (QRegularExpressionMatchIterator it = number.globalMatch(line); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                line.replace(m.capturedStart(), m.capturedLength(),
                             m.captured().replace(u' ', QChar(0x00A0)));
            }
            auto* item = new QListWidgetItem(line, m_history);
            item->setData(Qt::UserRole, entry.id);
        }
    }
}

void ClientCard::fillDeals()
{
    DealListQuery query;
    query.clientId = m_client.id;
    query.limit = 200;
    Result<QList<Deal>> deals = DealRepository(m_db).list(query);
    Result<QList<Pipeline>> pipelines = PipelineRepository(m_db).pipelines();
    Result<QList<ListItem>> users = Lists(m_db).users();
    m_dealsTable->setRowCount(0);
    if (deals && pipelines) {
        m_dealsTable->setRowCount(int(deals->size()));
        for (int row = 0; row < deals->size(); ++row) {
            const Deal& d = deals->at(row);
            QString stage;
            for (const Pipeline& p : *pipelines) {
                if (const Stage* s = p.id == d.pipelineId ? p.stageWithId(d.stageId) : nullptr)
                    stage = s->name;
            }
            auto* title = new QTableWidgetItem(d.title);
            title->setData(Qt::UserRole, d.id);
            title->setToolTip(d.title);
            auto* amount = new QTableWidgetItem(formatMoney(d.amountMinor, d.currency));
            amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_dealsTable->setItem(row, 0, title);
            m_dealsTable->setItem(row, 1, new QTableWidgetItem(stage));
            m_dealsTable->setItem(row, 2, amount);
            m_dealsTable->setItem(
                row, 3, new QTableWidgetItem(users ? nameIn(*users, d.managerId) : QString()));
        }
    }
    const int count = m_dealsTable->rowCount();
    m_deals->setText(count == 0 ? tr("Deals: none yet") : tr("Deals: %n", nullptr, count));
    // Up to four rows at once: the timeline below keeps its room.
    const int shown = std::min(count, 4);
    m_dealsTable->setFixedHeight(m_dealsTable->horizontalHeader()->sizeHint().height() +
                                 shown * m_dealsTable->verticalHeader()->defaultSectionSize() +
                                 2 * m_dealsTable->frameWidth() + 2);
    m_dealsTable->setVisible(count > 0);
}

void ClientCard::openDeal(qint64 dealId)
{
    DealRepository deals(m_db);
    Result<Deal> deal = deals.load(dealId);
    Result<Pipeline> pipeline =
        deal ? PipelineRepository(m_db).pipeline(deal->pipelineId) : Result<Pipeline>(deal.error());
    if (!pipeline)
        return;
    DealDialog dialog(m_db, deals, m_clients, *deal, *pipeline, this);
    if (dialog.exec() == QDialog::Accepted)
        render();
}

void ClientCard::newDeal()
{
    if (m_client.id == 0)
        return;
    Result<Pipeline> pipeline = PipelineRepository(m_db).pipelineNamed(QString());
    if (!pipeline)
        return;
    Deal deal;
    deal.clientId = m_client.id;
    deal.pipelineId = pipeline->id;
    DealRepository deals(m_db);
    DealDialog dialog(m_db, deals, m_clients, deal, *pipeline, this);
    if (dialog.exec() == QDialog::Accepted)
        render();
}

void ClientCard::edit()
{
    if (m_client.id == 0)
        return;
    ClientForm form(m_db, m_clients, m_client, this);
    const int result = form.exec();
    if (form.openInstead() != 0) {
        emit openClientRequested(form.openInstead());
        return;
    }
    if (result == QDialog::Accepted) {
        m_client = form.saved();
        render();
        emit clientChanged(m_client.id);
    }
}

void ClientCard::toggleArchived()
{
    if (m_client.id == 0)
        return;
    if (!m_client.archived &&
        QMessageBox::question(this, tr("Archive a client"),
                              tr("Archive %1? The client disappears from lists and searches; the "
                                 "archive view brings them back.")
                                  .arg(m_client.displayName())) != QMessageBox::Yes)
        return;
    if (Status s = m_clients.setArchived(m_client.id, m_client.version, !m_client.archived); !s) {
        QMessageBox::warning(this, tr("Archive a client"), s.error().message);
        reload();
        return;
    }
    reload();
    emit clientChanged(m_client.id);
}

void ClientCard::addEntry(InteractionKind kind)
{
    if (m_client.id == 0)
        return;
    Interaction entry;
    entry.clientId = m_client.id;
    entry.kind = kind;
    entry.occurredAt = QDateTime::currentDateTimeUtc();
    entry.direction = m_callOrigin.newCallDirection();
    InteractionDialog dialog(entry, shopCurrency(m_db), this);
    // Whom it is logged for, in the title: the card may change under the dialog.
    dialog.setWindowTitle(
        tr("%1 — %2").arg(interactionKindDisplayName(kind), m_client.displayName()));
    while (dialog.exec() == QDialog::Accepted) {
        Interaction made = dialog.entry();
        if (Status s = m_timeline.add(made); !s) {
            QMessageBox::warning(this, dialog.windowTitle(), s.error().message);
            continue; // the typed text stays in the dialog
        }
        if (made.kind == InteractionKind::Call)
            m_callOrigin.callLogged();
        reload();
        return;
    }
}

void ClientCard::editEntry(int row)
{
    if (row < 0 || row >= m_timelineModel->rowCount())
        return;
    if (m_timelineModel->isDealEvent(row)) {
        openDeal(m_timelineModel->dealEventAt(row).dealId);
        return;
    }
    if (m_timelineModel->isDocument(row)) {
        openIssuedDocument(m_db, m_timelineModel->documentAt(row), this);
        return;
    }
    if (m_timelineModel->isLetter(row)) {
        LetterDialog dialog(m_db, m_timelineModel->letterAt(row), this);
        connect(&dialog, &LetterDialog::letterChanged, this, &ClientCard::render);
        dialog.exec();
        return;
    }
    InteractionDialog dialog(m_timelineModel->entryAt(row), shopCurrency(m_db), this);
    while (dialog.exec() == QDialog::Accepted) {
        Interaction changed = dialog.entry();
        if (Status s = m_timeline.update(changed); !s) {
            QMessageBox::warning(this, dialog.windowTitle(), s.error().message);
            if (s.error().kind == ErrorKind::Conflict)
                break;
            continue;
        }
        break;
    }
    render();
}

QMenu* ClientCard::timelineMenu(int row)
{
    auto* menu = new QMenu(m_timelineView);
    if (row < 0 || row >= m_timelineModel->rowCount())
        return menu;
    if (m_timelineModel->isDocument(row)) {
        const IssuedDocument document = m_timelineModel->documentAt(row);
        menu->setDefaultAction(menu->addAction(
            tr("Open"), this, [this, document] { openIssuedDocument(m_db, document, this); }));
        menu->addAction(tr("Save a copy…"), this,
                        [this, document] { saveIssuedDocument(m_db, document, this); });
        menu->addAction(tr("Send by e-mail…"), this,
                        [this, document] { writeLetter(document.dealId, document.id); });
        return menu;
    }
    // The row as it is when chosen: a colleague's change reloads the
    // timeline meanwhile, and then the menu does nothing.
    const QPersistentModelIndex at(m_timelineModel->index(row, 0));
    const auto onRow = [at](auto act) {
        return [at, act] {
            if (at.isValid())
                act(at.row());
        };
    };
    if (m_timelineModel->isLetter(row) || m_timelineModel->isDealEvent(row)) {
        menu->setDefaultAction(
            menu->addAction(tr("Open"), this, onRow([this](int r) { editEntry(r); })));
        return menu;
    }
    menu->setDefaultAction(
        menu->addAction(tr("Edit…"), this, onRow([this](int r) { editEntry(r); })));
    QAction* remove =
        menu->addAction(tr("Remove…"), this, onRow([this](int r) { removeEntry(r); }));
    remove->setShortcut(QKeySequence::Delete);
    return menu;
}

void ClientCard::makeDocument(qint64 dealId)
{
    if (m_client.id == 0)
        return;
    DocumentDialog dialog(m_db, m_client.id, dealId, this);
    connect(&dialog, &DocumentDialog::documentIssued, this, &ClientCard::render);
    connect(&dialog, &DocumentDialog::letterKept, this, &ClientCard::render);
    dialog.exec();
}

void ClientCard::writeLetter(qint64 dealId, qint64 documentId)
{
    if (m_client.id == 0)
        return;
    SendLetterDialog dialog(m_db, m_client.id, dealId, documentId, this);
    connect(&dialog, &SendLetterDialog::letterKept, this, &ClientCard::render);
    dialog.exec();
}

void ClientCard::removeEntry(int row)
{
    // A deal's steps are its history, a document stays as issued and a
    // letter as it went: not the client's entries to remove.
    if (row < 0 || row >= m_timelineModel->rowCount() || m_timelineModel->isDealEvent(row) ||
        m_timelineModel->isDocument(row) || m_timelineModel->isLetter(row))
        return;
    const Interaction entry = m_timelineModel->entryAt(row);
    if (QMessageBox::question(this, tr("Remove the entry"),
                              tr("Remove this %1 of %2 from the timeline?")
                                  .arg(interactionKindDisplayName(entry.kind).toLower(),
                                       formatDateTime(entry.occurredAt))) != QMessageBox::Yes)
        return;
    if (Status s = m_timeline.remove(entry); !s)
        QMessageBox::warning(this, tr("Remove the entry"), s.error().message);
    render();
}

} // namespace kartoteka::ui
