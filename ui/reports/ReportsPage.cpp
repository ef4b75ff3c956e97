#include "reports/ReportsPage.h"
#include "language/Formats.h"
#include "main/DateEdits.h"

#include "clients/ClientSettings.h"
#include "clients/Lists.h"
#include "deals/PipelineRepository.h"
#include "main/BackgroundJob.h"
#include "reports/DealsBehind.h"
#include "reports/DrillDialog.h"
#include "reports/ReportCharts.h"
#include "reports/ReportTables.h"
#include "reports/ReportView.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

enum Tab
{
    FunnelTab,
    SalesTab,
    ChannelsTab,
    ManagersTab,
    ClientsTab,
    DriftingView,
    BirthdaysView
};

// Runs `work` on a connection of its own in the pool's thread.
template <typename T>
std::function<Result<T>()> onOwnConnection(const Database& db,
                                           std::function<Result<T>(Database&)> work)
{
    OpenOptions options = db.reopenOptions();
    options.bulkReads = true;
    return [options, work = std::move(work)]() -> Result<T> {
        Result<std::unique_ptr<Database>> own = Database::open(options);
        if (!own)
            return own.error();
        return work(**own);
    };
}

QString money(qint64 minor, const QString& currency)
{
    return formatMoney(minor, currency);
}

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + u" %"_s;
}

} // namespace

ReportsPage::ReportsPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_job = new BackgroundJob(this);
    m_busyDelay = new QTimer(this);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(250);
    connect(m_busyDelay, &QTimer::timeout, this, [this] {
        if (m_job->isRunning())
            m_busy->show();
    });
    buildFilters();

    m_tabs = new QTabWidget(this);
    const QStringList titles{tr("Funnel"),   tr("Sales"),   tr("Channels"),
                             tr("Managers"), tr("Clients"), tr("Drifting clients"),
                             tr("Birthdays")};
    for (int i = 0; i < titles.size(); ++i) {
        auto* view = new ReportView(m_db, titles[i], this);
        view->setAllowed(m_db.principal().can(Capability::Export),
                         m_db.principal().can(Capability::Print));
        m_views.append(view);
        connect(view, &ReportView::rowActivated, this,
                [this, view](int table, int row) { open(view->table(table).opensAt(row)); });
    }
    for (int i = FunnelTab; i <= ClientsTab; ++i)
        m_tabs->addTab(m_views[i], titles[i]);
    auto* calls = new QSplitter(Qt::Vertical, this);
    calls->addWidget(m_views[DriftingView]);
    calls->addWidget(m_views[BirthdaysView]);
    m_tabs->addTab(calls, tr("Call today"));

    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Period:"), this));
    filters->addWidget(m_range);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(u"–"_s, this));
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("Pipeline:"), this));
    filters->addWidget(m_pipeline);
    filters->addWidget(new QLabel(tr("Manager:"), this));
    filters->addWidget(m_manager);
    filters->addStretch(1);
    filters->addWidget(m_busy);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setToolTip(tr("Count again (F5)"));
    connect(refresh, &QPushButton::clicked, this, &ReportsPage::refresh);
    filters->addWidget(refresh);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);

    auto* again = new QAction(this);
    again->setShortcut(QKeySequence::Refresh);
    again->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(again, &QAction::triggered, this, &ReportsPage::refresh);
    addAction(again);

    fillFilters();
    setRange(Range::ThisMonth);
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::buildFilters()
{
    m_range = new QComboBox(this);
    m_range->addItem(tr("This month"), int(Range::ThisMonth));
    m_range->addItem(tr("Last month"), int(Range::LastMonth));
    m_range->addItem(tr("This quarter"), int(Range::ThisQuarter));
    m_range->addItem(tr("This year"), int(Range::ThisYear));
    m_range->addItem(tr("All time"), int(Range::AllTime));
    m_range->addItem(tr("Custom"), int(Range::Custom));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* edit : {m_from, m_to}) {
        setUpDateEdit(edit);
        edit->setDateRange(kFirstReportDay, kLastReportDay);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_range->currentData().toInt() == int(Range::Custom))
                refresh();
        });
    }
    connect(m_range, &QComboBox::currentIndexChanged, this, &ReportsPage::rangeChosen);
    m_pipeline = new QComboBox(this);
    m_manager = new QComboBox(this);
    m_manager->setMinimumContentsLength(14);
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_manager, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(140);
    m_busy->setFormat(tr("Counting…"));
    m_busy->setTextVisible(true);
    m_busy->hide();
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_error->hide();
}

void ReportsPage::fillFilters()
{
    const QSignalBlocker pipelineBlock(m_pipeline);
    const QSignalBlocker managerBlock(m_manager);
    const qint64 pipeline = m_pipeline->currentData().toLongLong();
    const qint64 manager = m_manager->currentData().toLongLong();
    m_pipeline->clear();
    if (Result<QList<Pipeline>> pipelines = PipelineRepository(m_db).pipelines())
        for (const Pipeline& p : *pipelines)
            m_pipeline->addItem(p.name, p.id);
    m_pipeline->setCurrentIndex(std::max(0, m_pipeline->findData(pipeline)));
    m_manager->clear();
    const Principal& me = m_db.principal();
    if (me.can(Capability::AllReports)) {
        m_manager->addItem(tr("Everyone"), 0);
        if (Result<QList<ListItem>> users = Lists(m_db).users())
            for (const ListItem& u : *users)
                m_manager->addItem(u.name, u.id);
    } else {
        // Core reports on this person's own work whatever is asked: say so.
        m_manager->addItem(me.name, me.accountId);
    }
    m_manager->setEnabled(m_manager->count() > 1);
    m_manager->setCurrentIndex(std::max(0, m_manager->findData(manager)));
    m_firstRecord = firstRecordDay(m_db);
}

void ReportsPage::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
    rangeChosen();
}

void ReportsPage::setCustomPeriod(const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker a(m_range), b(m_from), c(m_to);
        m_range->setCurrentIndex(m_range->findData(int(Range::Custom)));
        m_from->setDate(from);
        m_to->setDate(to);
    }
    rangeChosen();
}

void ReportsPage::rangeChosen()
{
    const auto range = Range(m_range->currentData().toInt());
    const bool custom = range == Range::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const auto [from, to] = rangeDays(range, QDate::currentDate(), m_firstRecord);
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    refresh();
}

ReportPeriod ReportsPage::period() const
{
    return {std::min(m_from->date(), m_to->date()), std::max(m_from->date(), m_to->date()),
            m_pipeline->currentData().toLongLong(), m_manager->currentData().toLongLong()};
}

QString ReportsPage::periodText() const
{
    const ReportPeriod p = period();
    QString text = u"%1 – %2"_s.arg(formatDate(p.from), formatDate(p.to));
    if (p.managerId > 0)
        text += u", "_s + m_manager->currentText();
    return text;
}

bool ReportsPage::isLoading() const
{
    return m_job->isRunning();
}

ReportView* ReportsPage::view(int tab) const
{
    return m_views.value(tab);
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ReportsPage::reload()
{
    fillFilters();
    rangeChosen();
}

void ReportsPage::refresh()
{
    if (!isVisible() && !m_dashboard) {
        m_stale = true; // counted when first shown
        return;
    }
    if (m_job->isRunning()) {
        m_again = true;
        return;
    }
    m_stale = false;
    m_again = false;
    const ReportPeriod p = period();
    const SalesBucket bucket = bucketFor(p);
    m_busyDelay->start();
    m_job->run(onOwnConnection<Dashboard>(
                   m_db, [p, bucket](Database& db) { return loadDashboard(db, p, bucket); }),
               [this](const Result<Dashboard>& result) {
                   m_busyDelay->stop();
                   m_busy->hide();
                   if (m_again) {
                       refresh();
                       return;
                   }
                   if (!result) {
                       showError(
                           tr("The reports could not be counted: %1").arg(result.error().message));
                       return;
                   }
                   m_error->hide();
                   display(*result);
                   countCallList();
               });
}

void ReportsPage::countCallList()
{
    const QDate today = QDate::currentDate();
    const qint64 manager = period().managerId;
    if (m_callList && m_callList->today == today && m_callList->managerId == manager &&
        !m_callListStale) {
        emit loaded();
        return;
    }
    m_callListStale = false;
    m_job->run(
        onOwnConnection<CallList>(
            m_db, [today, manager](Database& db) { return loadCallList(db, today, manager); }),
        [this](const Result<CallList>& result) {
            if (!result) {
                showError(tr("The call list could not be counted: %1").arg(result.error().message));
            } else {
                displayCallList(*result);
            }
            emit loaded();
        });
}

void ReportsPage::displayCallList(const CallList& list)
{
    m_callList = list;
    const QString currency = m_dashboard ? m_dashboard->clients.currency : QString();
    m_views[DriftingView]->setSummary(
        tr("<b>Drifting away</b>: regular clients whose last purchase is well past their usual "
           "interval, and one-time buyers silent for 90 days, the biggest spenders first. "
           "Double-click to open the card."));
    const ReportSheet calls = callListSheet(list, currency);
    m_views[DriftingView]->setTables({calls.tables.value(0)});
    m_views[BirthdaysView]->setSummary(
        tr("<b>Birthdays</b> in the next %n days.", nullptr, kBirthdayDays));
    m_views[BirthdaysView]->setTables({calls.tables.value(1)});
}

void ReportsPage::display(const Dashboard& d)
{
    m_dashboard = d;
    const QString period = periodText();
    for (ReportView* v : std::as_const(m_views))
        v->setSubtitle(period);
    // A bar is a row of the table beside it, and opens what that row opens.
    auto clickedIn = [this](int tab, int table) -> RowClicked {
        return [this, tab, table](int row) { open(m_views[tab]->table(table).opensAt(row)); };
    };

    const FunnelReport& f = d.funnel;
    m_views[FunnelTab]->setSummary(
        tr("<b>%1</b> deals created in %2. Won <b>%3</b> (%4), lost %5 (%6); win rate "
           "<b>%7</b>, %8 days to win on average.")
            .arg(formatNumber(f.deals))
            .arg(f.pipeline.toHtmlEscaped())
            .arg(formatNumber(f.won))
            .arg(money(f.wonMinor, f.currency))
            .arg(formatNumber(f.lost))
            .arg(money(f.lostMinor, f.currency), percent(f.winRate))
            .arg(QLocale().toString(f.averageDaysToWin, 'f', 1)));
    m_views[FunnelTab]->setCharts(
        {funnelChart(f, clickedIn(FunnelTab, 0)), lossReasonsChart(f, clickedIn(FunnelTab, 1))},
        {4, 3}); // the loss reasons' legend beside the pie needs its room
    m_views[FunnelTab]->setTables(funnelSheet(f, d.period).tables);

    const SalesReport& s = d.sales;
    const std::optional<double> change = yearOverYearChange(s.wonMinor, s.previousYearMinor);
    // Won deals and logged purchases (a purchase on the card is a sale without
    // a deal) are separate figures, as in the table, the chart and the CLI:
    // a shop that logs purchases is not told "Won 0,00" and nothing else.
    m_views[SalesTab]->setSummary(
        tr("Won deals: <b>%1</b> (%n deal(s)), average check %2.", nullptr, s.won)
            .arg(money(s.wonMinor, s.currency), money(s.averageMinor, s.currency)) +
        u' ' +
        tr("Logged purchases (sales without a deal): <b>%1</b> (%n purchase(s)).", nullptr,
           s.purchases)
            .arg(money(s.purchasesMinor, s.currency)) +
        u' ' +
        tr("Won deals a year before: %1 (%n deal(s))%2.", nullptr, s.previousYearWon)
            .arg(money(s.previousYearMinor, s.currency),
                 change ? u" (%1%2)"_s.arg(*change >= 0 ? u"+"_s : QString(), percent(*change))
                        : QString()));
    m_views[SalesTab]->setCharts({salesChart(s, d.bucket, clickedIn(SalesTab, 0))});
    m_views[SalesTab]->setTables(salesSheet(s, d.bucket, d.period).tables);

    m_views[ChannelsTab]->setSummary(
        tr("Per source: new clients and deals of the period, and what the clients who came "
           "from it bought (purchases and won deals)."));
    m_views[ChannelsTab]->setCharts({channelsChart(d.channels, clickedIn(ChannelsTab, 0))});
    m_views[ChannelsTab]->setTables(channelsSheet(d.channels, d.period).tables);

    m_views[ManagersTab]->setSummary(
        tr("Deals created in the period, as they stand now; calls, meetings and e-mails logged "
           "in the period on each manager's clients."));
    m_views[ManagersTab]->setCharts({managersChart(d.managers, clickedIn(ManagersTab, 0))});
    m_views[ManagersTab]->setTables(managersSheet(d.managers, d.period).tables);

    const ClientsReport& c = d.clients;
    // Only what the figures can say: no gap without a client who came back,
    // no "top 20 %" of fewer than five buyers.
    QStringList said{
        tr("Buyers: <b>%1</b>, sales: %2, for <b>%3</b>: %4 per client, average check %5.")
            .arg(formatNumber(c.buyers))
            .arg(formatNumber(c.sales))
            .arg(money(c.revenueMinor, c.currency), money(c.averageValueMinor, c.currency),
                 money(c.averageCheckMinor, c.currency))};
    if (c.saysDaysBetween())
        said << tr("Those who came back buy every %n day(s) on average.", nullptr,
                   c.daysBetweenSaid());
    if (c.saysTopShare())
        said << tr("The top 20 % (%1 clients) brought <b>%2</b> of the revenue.")
                    .arg(formatNumber(c.topClients))
                    .arg(percent(c.topShare));
    said << tr("Figures count the purchases and won deals of the period; choose All time for "
               "lifetime value.");
    m_views[ClientsTab]->setSummary(said.join(u' '));
    m_views[ClientsTab]->setCharts({purchaseCountsChart(c, clickedIn(ClientsTab, 1)),
                                    segmentsChart(c, clickedIn(ClientsTab, 0))});
    m_views[ClientsTab]->setTables(clientsSheet(c, d.period).tables);
}

void ReportsPage::open(const ReportDrill& drill)
{
    switch (drill.kind) {
    case ReportDrill::Kind::Client:
        emit clientRequested(drill.id);
        return;
    case ReportDrill::Kind::Deal:
        emit dealRequested(drill.id);
        return;
    case ReportDrill::Kind::Nothing:
        return;
    case ReportDrill::Kind::Deals:
    case ReportDrill::Kind::Clients:
        break;
    }
    const QString currency = m_dashboard ? m_dashboard->funnel.currency : QString();
    const QString subtitle = periodText();
    m_job->run(
        onOwnConnection<ReportTable>(
            m_db, [drill, currency](Database& db) { return drillTable(db, drill, currency); }),
        [this, what = drill.what, subtitle](const Result<ReportTable>& table) {
            if (!table)
                return showError(table.error().message);
            showBehind(what, subtitle, *table);
        });
}

void ReportsPage::showBehind(const QString& what, const QString& subtitle, const ReportTable& table)
{
    auto* dialog = new DrillDialog(m_db, what, subtitle, table, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DrillDialog::rowActivated, this,
            [this, opens = table.opens](int row) { open(opens.value(row)); });
    dialog->open();
}

void ReportsPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace kartoteka::ui
