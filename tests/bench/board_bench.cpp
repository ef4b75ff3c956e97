// kartoteka_board_bench: the deal board's figures on a demo database.
//   kartoteka_board_bench [--db FILE] [--clients N]
// Without --db it makes a demo database (default 100,000 clients). Prints
// medians and p95 of what the board reads as it opens (each column's count
// and total, and its first page; open deals of the first pipeline, then with
// the last 30 days' closed) beside reading every card (the board before
// paging), each with the same queries in the sqlite3 shell and the ratio,
// and the screen: the board page opened and painted,
// "Show closed" turned on, a filter keystroke, and a card moved. Runs
// offscreen unless QT_QPA_PLATFORM says otherwise. Each figure is given as
// wall time and as the process's CPU time (user + system), which a machine
// busy with other work disturbs less.
#include "BenchSupport.h"

#include "deals/BoardColumnModel.h"
#include "deals/BoardPage.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QListView>

#include <sys/resource.h>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::bench;

namespace {

// Every card of the board, as a person would type it into the sqlite3 shell or psql.
QString shellBoardSql(qint64 pipelineId, const QString& closedSince)
{
    const QString select =
        u"SELECT d.id, d.version, d.stage_id, d.title, c.display_name, "
        u"d.amount_minor, "
        u"d.currency, d.stage_entered_at, CASE WHEN d.updated_at > d.stage_entered_at THEN "
        u"d.updated_at ELSE d.stage_entered_at END, "
        u"d.board_position, d.manager_id, d.client_id FROM deals d JOIN clients "
        u"c ON c.id = "
        u"d.client_id "_s;
    QString sql = select + u"WHERE d.pipeline_id = %1 AND d.closed_at IS NULL"_s.arg(pipelineId);
    if (!closedSince.isEmpty())
        sql += u" UNION ALL "_s + select +
               u"WHERE d.pipeline_id = %1 AND d.closed_at IS NOT NULL AND d.closed_at >= '%2'"_s
                   .arg(pipelineId)
                   .arg(closedSince);
    return sql + u" ORDER BY 3, 10, 1;"_s;
}

// What the board reads as it opens, in the sqlite3 shell or psql: the figures of
// the open (and closed) columns, and each column's first page.
QStringList shellOpeningSql(const Pipeline& pipeline, const QString& closedSince, int page)
{
    const QString activity = u"CASE WHEN d.updated_at > d.stage_entered_at THEN d.updated_at "
                             u"ELSE d.stage_entered_at END"_s;
    QStringList open;
    QStringList closed;
    for (const Stage& stage : pipeline.stages)
        (stage.isFinal() ? closed : open).append(QString::number(stage.id));
    const QString kept = u"d.pipeline_id = %1 AND "_s.arg(pipeline.id);
    const QString openWhere = kept + u"d.closed_at IS NULL AND d.stage_id IN (%1)"_s;
    const QString closedWhere =
        kept + u"d.closed_at IS NOT NULL AND d.closed_at >= '%1' AND d.stage_id IN (%2)"_s.arg(
                   closedSince);
    QStringList statements{u"SELECT d.stage_id, count(*), COALESCE(sum(d.amount_minor), 0) FROM "
                           u"deals d WHERE "_s +
                           openWhere.arg(open.join(u", "_s)) + u" GROUP BY d.stage_id;"_s};
    if (!closedSince.isEmpty())
        statements << u"SELECT d.stage_id, count(*), COALESCE(sum(d.amount_minor), 0) FROM deals "
                      u"d WHERE "_s +
                          closedWhere.arg(closed.join(u", "_s)) + u" GROUP BY d.stage_id;"_s;
    for (const Stage& stage : pipeline.stages) {
        if (stage.isFinal() && closedSince.isEmpty())
            continue;
        const QString where = (stage.isFinal() ? closedWhere : openWhere).arg(stage.id);
        statements << u"SELECT d.id, d.version, d.stage_id, d.title, c.display_name, "
                      u"d.amount_minor, d.currency, d.stage_entered_at, "_s +
                          activity +
                          u", d.board_position, d.manager_id, d.client_id FROM (SELECT d.id FROM "
                          u"deals d WHERE "_s +
                          where +
                          u" ORDER BY d.board_position, d.id LIMIT %1) p JOIN deals d ON d.id = "
                          u"p.id JOIN clients c ON c.id = d.client_id ORDER BY d.board_position, "
                          u"d.id;"_s.arg(page);
    }
    return statements;
}

double cpuNowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

// Wall and CPU time of what follows its start.
struct Clock
{
    QElapsedTimer wall;
    double cpuStart = 0;
    void start()
    {
        wall.start();
        cpuStart = cpuNowMs();
    }
};

struct Samples
{
    std::vector<double> wall;
    std::vector<double> cpu;
    void add(const Clock& c, bool settle = false)
    {
        if (settle)
            QCoreApplication::processEvents();
        wall.push_back(elapsedMs(c.wall));
        cpu.push_back(cpuNowMs() - c.cpuStart);
    }
};

void line(const char* what, const Samples& s)
{
    std::printf("%-44s wall median %7.2f ms p95 %7.2f ms | cpu median %7.2f ms\n", what,
                stats(s.wall).median, stats(s.wall).p95, stats(s.cpu).median);
}

// The sqlite3 shell's median "real" and "user + sys" over `runs` runs of
// the statements (one run: all of them, their times added).
std::pair<double, double> shellMs(const QString& db, const QStringList& statements, int runs)
{
    QString script = u".timer on\n.output /dev/null\n"_s;
    for (int i = 0; i < runs; ++i)
        script += statements.join(u'\n') + u'\n';
    QProcess shell;
    shell.start(u"sqlite3"_s, {u"-readonly"_s, db});
    if (!shell.waitForStarted())
        return {-1, -1};
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(600000);
    std::vector<double> real;
    std::vector<double> cpu;
    static const QRegularExpression times(
        u"Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"_s);
    const QString out =
        QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
    int n = 0;
    for (auto it = times.globalMatch(out); it.hasNext(); ++n) {
        const QRegularExpressionMatch m = it.next();
        if (n % statements.size() == 0) {
            real.push_back(0);
            cpu.push_back(0);
        }
        real.back() += m.captured(1).toDouble() * 1000.0;
        cpu.back() += (m.captured(2).toDouble() + m.captured(3).toDouble()) * 1000.0;
    }
    return {stats(real).median, stats(cpu).median};
}

int cardsShown(const ui::BoardPage& page)
{
    int n = 0;
    for (const ui::BoardColumnModel* m : page.columns())
        n += m->rowCount();
    return n;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir temp;
    const QString path = benchDatabase(app, temp);
    auto db = need(openDatabase(benchOptions(path)));
    const Pipeline pipeline = need(PipelineRepository(*db).pipelineNamed(QString()));
    DealRepository deals(*db);
    const int total = need(sql::scalar(db->connection(), u"SELECT count(*) FROM deals"_s)).toInt();
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-30);

    // What the board reads as it opens: every column's figures, and its
    // first page (the screen's page and the one card that says where the next starts).
    const auto opening = [&](const QDateTime& closedSince) {
        BoardQuery query;
        query.pipelineId = pipeline.id;
        query.closedSince = closedSince;
        query.now = QDateTime::currentDateTimeUtc();
        int cards = 0;
        QList<Stage> columns;
        for (const Stage& stage : pipeline.stages) {
            if (!stage.isFinal() || closedSince.isValid())
                columns.append(stage);
        }
        const QHash<qint64, ColumnTotals> totals = need(deals.boardTotals(query, columns));
        for (const Stage& stage : std::as_const(columns))
            cards += int(need(deals.boardPage(query, stage, std::nullopt,
                                              ui::BoardColumnModel::kPageSize + 1))
                             .size());
        int counted = 0;
        for (const ColumnTotals& t : totals)
            counted += t.count;
        return std::pair{cards, counted};
    };
    Samples pagedOpen;
    Samples pagedClosed;
    std::pair<int, int> pagedOpenCards;
    std::pair<int, int> pagedAllCards;
    for (int i = 0; i < 9; ++i) {
        Clock c;
        c.start();
        pagedOpenCards = opening({});
        pagedOpen.add(c);
        c.start();
        pagedAllCards = opening(since);
        pagedClosed.add(c);
    }

    Samples open;
    Samples withClosed;
    int openCards = 0;
    int allCards = 0;
    for (int i = 0; i < 9; ++i) {
        Clock c;
        c.start();
        openCards = int(need(deals.board(pipeline.id)).size());
        open.add(c);
        c.start();
        allCards = int(need(deals.board(pipeline.id, since)).size());
        withClosed.add(c);
    }
    std::printf("%d deals; the board of «%s»: %d open cards, %d with the last 30 "
                "days' closed\n",
                total, pipeline.name.toUtf8().constData(), openCards, allCards);
    std::printf("opening reads %d cards (figures of %d), %d with the closed (figures of %d)\n\n",
                pagedOpenCards.first, pagedOpenCards.second, pagedAllCards.first,
                pagedAllCards.second);
    const auto compare = [&path](const char* what, const Samples& ours, const QStringList& sql) {
        line(what, ours);
        if (isServerAddress(path)) {
            // psql tells the time it waited, not the server's CPU.
            const double real = psqlMedianMs(path, sql, 5);
            std::printf("%-44s wall median %7.2f ms\n", "  the same query in psql", real);
            std::printf("%-44s wall %5.2f\n", "  ratio", stats(ours.wall).median / real);
            return;
        }
        const auto [real, cpu] = shellMs(path, sql, 5);
        std::printf("%-44s wall median %7.2f ms             | cpu median %7.2f ms\n",
                    "  the same query in the sqlite3 shell", real, cpu);
        std::printf("%-44s wall %5.2f, cpu %5.2f\n", "  ratio", stats(ours.wall).median / real,
                    stats(ours.cpu).median / cpu);
    };
    compare("opening: figures and first pages, open", pagedOpen,
            shellOpeningSql(pipeline, {}, ui::BoardColumnModel::kPageSize + 1));
    compare("opening: with the last 30 days' closed", pagedClosed,
            shellOpeningSql(pipeline, utcTimestamp(since), ui::BoardColumnModel::kPageSize + 1));
    compare("every card (before paging): open deals", open, {shellBoardSql(pipeline.id, {})});
    compare("every card: with the last 30 days' closed", withClosed,
            {shellBoardSql(pipeline.id, utcTimestamp(since))});

    // The screen, as a person meets it: opened, laid out and painted.
    Samples opened;
    Samples closedShown;
    Samples keystrokes;
    Samples moves;
    Samples painted;
    Samples scrolled;
    for (int i = 0; i < 3; ++i) {
        Clock c;
        c.start();
        ui::BoardPage page(*db);
        page.resize(1366, 700);
        page.show();
        page.grab();
        opened.add(c, true);

        // A move to the next stage and back, from the top of the first column.
        for (int step = 0; step < 2; ++step) {
            const BoardCard card = page.columns()[step]->cardAt(0);
            const qint64 to = page.columns()[1 - step]->stage().id;
            c.start();
            page.moveDeal(card.dealId, card.version, to,
                          page.columns()[1 - step]->positionForRow(0));
            page.grab();
            moves.add(c, true);
        }

        c.start();
        page.grab();
        painted.add(c, true);

        // The next page of the first column, as scrolling to its end reads it.
        c.start();
        page.columns()[0]->fetchMore({});
        page.grab();
        scrolled.add(c, true);

        // A word typed applies after a pause: measured from the pause.
        auto* filter = page.findChild<QLineEdit*>();
        for (const QString& text : {u"а"_s, u"ан"_s, u""_s}) {
            filter->setText(text);
            c.start();
            page.applyFilter();
            page.grab();
            keystrokes.add(c, true);
        }

        c.start();
        page.showClosedBox()->setChecked(true);
        page.grab();
        closedShown.add(c, true);
        if (i == 0)
            std::printf("\nscreen: %d cards shown with the closed ones\n", cardsShown(page));
    }
    line("screen: board opened and painted", opened);
    line("screen: repainted", painted);
    line("screen: a card moved (saved, shown)", moves);
    line("screen: the next page of a column", scrolled);
    line("screen: a filter applied (text)", keystrokes);
    line("screen: \"Show closed\" (30 days) turned on", closedShown);

    struct rusage usage
    {
    };
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory (resident): %ld MB\n", usage.ru_maxrss / 1024);
    return 0;
}
