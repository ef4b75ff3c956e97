// kartoteka_deals_bench: the deal funnel's figures on a demo database.
//   kartoteka_deals_bench [--db FILE] [--clients N]
// Without --db it makes a demo database (default 100,000 clients, about 3 deals
// each). Prints medians and p95 of reading the board (every open deal of the
// pipeline) and of committing a move, beside the same move by hand in the
// sqlite3 shell or psql, and the process's peak memory.
#include "BenchSupport.h"

#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "demo/DemoData.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::bench;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    const QString path = benchDatabase(app, temp);
    auto db = need(openDatabase(benchOptions(path)));
    const Pipeline pipeline = need(PipelineRepository(*db).pipelineNamed(QString()));
    DealRepository deals(*db);
    const int total = need(sql::scalar(db->connection(), u"SELECT count(*) FROM deals"_s)).toInt();

    std::vector<double> boards;
    int open = 0;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        open = int(need(deals.board(pipeline.id)).size());
        boards.push_back(elapsedMs(t));
    }
    const Stats board = stats(boards);
    std::printf("%d deals, %d open on the board\n\n", total, open);
    std::printf("%-40s median %8.2f ms  p95 %8.2f ms\n", "read the board (open deals)",
                board.median, board.p95);

    std::vector<double> closedBoards;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        need(deals.board(pipeline.id, QDateTime::currentDateTimeUtc().addDays(-30)));
        closedBoards.push_back(elapsedMs(t));
    }
    const Stats closed = stats(closedBoards);
    std::printf("%-40s median %8.2f ms  p95 %8.2f ms\n", "... with the last 30 days' closed",
                closed.median, closed.p95);

    // Moves back and forth between the first two open stages.
    QList<BoardCard> cards = need(deals.board(pipeline.id));
    std::vector<double> moves;
    const qint64 first = pipeline.stages[0].id;
    const qint64 second = pipeline.stages[1].id;
    for (int i = 0; i < std::min<int>(200, int(cards.size())); ++i) {
        const BoardCard& card = cards[i];
        QElapsedTimer t;
        t.start();
        need(deals.moveCard(card.dealId, card.version, card.stageId == first ? second : first,
                            1e9 + i));
        moves.push_back(elapsedMs(t));
    }
    const Stats move = stats(moves);
    std::printf("%-40s median %8.2f ms  p95 %8.2f ms\n", "commit a move (with its history row)",
                move.median, move.p95);
    // By hand: a card moved there and back, each its own transaction with
    // its history row; half of that is one move.
    const BoardCard& card = cards.constFirst();
    const qint64 at = need(deals.load(card.dealId)).stageId;
    const qint64 other = at == first ? second : first;
    QStringList byHand;
    for (const auto& [from, to] : {std::pair{at, other}, std::pair{other, at}}) {
        byHand << u"BEGIN;"_s
               << u"UPDATE deals SET stage_id = %1, board_position = %2, stage_entered_at = "
                  u"'2026-01-01T00:00:00.000Z', updated_at = '2026-01-01T00:00:00.000Z', "
                  u"version = version + 1 WHERE id = %3;"_s.arg(to)
                      .arg(2e9, 0, 'f', 0)
                      .arg(card.dealId)
               << u"INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, at, "
                  u"by_user) VALUES (%1, %2, %3, '2026-01-01T00:00:00.000Z', 'bench');"_s
                      .arg(card.dealId)
                      .arg(from)
                      .arg(to)
               << u"COMMIT;"_s;
    }
    const double shell = shellMedianMs(path, byHand, 5) / 2;
    std::printf("%-40s median %8.2f ms  ratio %5.2f\n",
                QString(u"  the same move by hand in "_s + QString::fromLatin1(shellName(path)))
                    .toUtf8()
                    .constData(),
                shell, move.median / shell);
    struct rusage usage
    {
    };
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory (resident): %ld MB\n", usage.ru_maxrss / 1024);
    return 0;
}
