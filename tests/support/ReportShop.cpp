#include "ReportShop.h"

#include "Catch.h"
#include "TestSupport.h"

#include "clients/ClientRepository.h"
#include "clients/InteractionRepository.h"
#include "clients/Lists.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"

using namespace Qt::StringLiterals;

namespace kartoteka::test {

QDateTime noon(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC);
}

Shop makeShop(const QString& path)
{
    Shop s;
    s.db = openTestDatabase(path);
    Database& db = *s.db;
    Lists lists(db);
    s.website = requireValue(lists.idOf(kSources, u"Website"_s));
    s.referral = requireValue(lists.idOf(kSources, u"Referral"_s));
    s.olena = requireValue(lists.userIdOfOrAdd(u"Олена Коваль"_s));
    s.bob = requireValue(lists.userIdOfOrAdd(u"Bob Stone"_s));

    ClientRepository clients(db);
    auto client = [&](const QString& name, qint64 source, qint64 manager, const QDateTime& came) {
        Client c;
        c.lastName = name;
        c.sourceId = source;
        c.managerId = manager;
        c.createdAt = came;
        requireOk(clients.create(c));
        return c.id;
    };
    s.a = client(u"Антоненко"_s, s.website, s.olena, noon(2026, 1, 5));
    s.b = client(u"Бойко"_s, s.website, s.olena, noon(2026, 11, 20));
    s.c = client(u"Царенко"_s, s.referral, s.bob, noon(2025, 12, 1));
    s.d = client(u"Дорошенко"_s, 0, 0, noon(2026, 6, 1));
    s.e = client(u"Ещенко"_s, s.referral, s.bob, noon(2025, 10, 1));
    s.f = client(u"Федоренко"_s, s.website, s.olena, noon(2025, 7, 1));
    s.g = client(u"Гнатюк"_s, s.website, s.olena, noon(2025, 7, 1));

    QList<Interaction> log;
    auto add = [&](qint64 client, InteractionKind kind, const QDateTime& at, qint64 amount = 0) {
        Interaction i;
        i.clientId = client;
        i.kind = kind;
        i.occurredAt = at;
        i.amountMinor = amount;
        i.currency = u"UAH"_s;
        log.append(i);
    };
    const auto buy = InteractionKind::Purchase;
    add(s.a, buy, noon(2026, 1, 10), 100);
    add(s.a, buy, noon(2026, 3, 10), 200);
    add(s.b, buy, noon(2026, 12, 1), 50);
    add(s.c, buy, noon(2026, 2, 1), 1000);
    add(s.c, buy, noon(2026, 2, 11), 1000);
    for (int day = 1; day <= 8; ++day)
        add(s.d, buy, noon(2026, 6, day), 10);
    add(s.e, buy, noon(2025, 11, 1), 500);
    add(s.e, buy, noon(2026, 10, 1), 400);
    add(s.f, buy, noon(2025, 8, 1), 70);
    add(s.g, buy, noon(2025, 8, 1), 9000);
    add(s.a, InteractionKind::Call, noon(2026, 2, 1));
    add(s.a, InteractionKind::Call, noon(2026, 3, 1));
    add(s.a, InteractionKind::Meeting, noon(2026, 3, 2));
    add(s.a, InteractionKind::Note, noon(2026, 3, 3));
    add(s.c, InteractionKind::Email, noon(2026, 4, 1));
    add(s.d, InteractionKind::Call, noon(2026, 6, 2));
    add(s.b, InteractionKind::Call, noon(2025, 12, 31));
    requireOk(InteractionRepository(db).addMany(log));

    const Pipeline p = requireValue(PipelineRepository(db).pipelineNamed(QString()));
    QList<Deal> deals;
    QList<QList<StageMove>> moves;
    auto deal = [&](qint64 client, qint64 manager, qint64 source, qint64 amount,
                    const QDateTime& created, const QString& finalStage, const QDateTime& closed) {
        Deal d;
        d.clientId = client;
        d.managerId = manager;
        d.sourceId = source;
        d.title = u"Deal"_s;
        d.amountMinor = amount;
        d.stageId = p.firstOpenStage()->id;
        d.createdAt = created;
        QList<StageMove> steps;
        if (!finalStage.isEmpty()) {
            steps.append({0, p.stageNamed(finalStage)->id, closed, {}});
            if (finalStage == u"Won")
                d.closedAt = closed;
            else
                d.lossReasonId = requireValue(Lists(db).idOf(kLossReasons, u"Too expensive"_s));
        }
        deals.append(d);
        moves.append(steps);
    };
    deal(s.a, s.olena, 0, 300, noon(2026, 4, 10), u"Won"_s, noon(2026, 5, 10));
    deal(s.a, s.bob, s.referral, 700, noon(2026, 7, 1), u"Lost"_s, noon(2026, 7, 5));
    deal(s.c, s.bob, 0, 900, noon(2026, 9, 1), QString(), {});
    requireOk(DealRepository(db).createMany(deals, moves));

    Client archived = requireValue(clients.load(s.g));
    requireOk(clients.setArchived(s.g, archived.version, true));
    return s;
}

} // namespace kartoteka::test
