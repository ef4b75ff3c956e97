// clients merge|unmerge|merges|not-duplicates: cleaning the base of duplicates from scripts.
#include "CliContext.h"

#include "clients/ClientMerges.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kartoteka::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::cli)
};

QJsonArray idArray(const QList<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

// "Name (#12), Name (#15)".
QString namesWithIds(const QStringList& names, const QList<qint64>& ids)
{
    QStringList parts;
    for (int i = 0; i < names.size(); ++i)
        parts.append(u"%1 (#%2)"_s.arg(names[i]).arg(ids.value(i)));
    return parts.join(u", "_s);
}

// The clients named from positional argument `from` on.
Result<QList<qint64>> clientIds(const CliContext& context, int from)
{
    QList<qint64> ids;
    for (int i = from; i < context.arguments.size(); ++i) {
        Result<qint64> id = context.id(i, Tr::tr("There is no client \"%1\"."));
        if (!id)
            return id.error();
        ids.append(*id);
    }
    return ids;
}

int clientsMerge(const CliContext& context, Database& db)
{
    Result<QList<qint64>> ids = clientIds(context, 1);
    if (!ids)
        return context.fail(ids.error());
    if (ids->size() < 2)
        return context.fail(Tr::tr("Use: clients merge KEEP_ID OTHER_ID... [--take FIELD=ID]..."));
    QList<MergeTake> takes;
    for (const QString& text : context.options(u"take"_s)) {
        Result<MergeTake> take = mergeTakeFromText(text);
        if (!take)
            return context.fail(take.error());
        takes.append(*take);
    }
    const qint64 kept = ids->takeFirst();
    Result<MergeReport> report = ClientMerges(db).merge(kept, *ids, takes);
    if (!report)
        return context.fail(report.error());
    QStringList merged;
    for (qint64 id : *ids)
        merged.append(QString::number(id));
    return context.answer(
        Tr::tr("Merge %1: %2 merged into client %3; moved: timeline entries %4, deals %5, "
               "people %6. Undo it with: clients unmerge %1")
            .arg(report->mergeId)
            .arg(u"#"_s + merged.join(u", #"_s))
            .arg(kept)
            .arg(report->entries)
            .arg(report->deals)
            .arg(report->people),
        QJsonObject{{u"merge"_s, report->mergeId},
                    {u"kept"_s, kept},
                    {u"merged"_s, idArray(*ids)},
                    {u"entries"_s, report->entries},
                    {u"deals"_s, report->deals},
                    {u"people"_s, report->people}});
}

int clientsUnmerge(const CliContext& context, Database& db)
{
    Result<qint64> id = context.id(1, Tr::tr("There is no merge \"%1\"."));
    if (!id)
        return context.fail(id.error());
    Result<UnmergeReport> report = ClientMerges(db).unmerge(*id);
    if (!report)
        return context.fail(report.error());
    QStringList restored;
    for (qint64 client : report->restoredIds)
        restored.append(QString::number(client));
    QStringList lines{Tr::tr("Merge %1 undone; back: %2; timeline entries, deals and people "
                             "moved back: %3.")
                          .arg(*id)
                          .arg(u"#"_s + restored.join(u", #"_s))
                          .arg(report->movedBack)};
    QJsonArray leftovers;
    for (const MergeLeftover& left : report->leftovers) {
        lines.append(Tr::tr("stays with the kept card, changed since: %1 %2 (%3)")
                         .arg(left.kind, left.title)
                         .arg(left.id));
        leftovers.append(
            QJsonObject{{u"kind"_s, left.kind}, {u"id"_s, left.id}, {u"title"_s, left.title}});
    }
    return context.answer(lines.join(u'\n'),
                          QJsonObject{{u"merge"_s, *id},
                                      {u"restored"_s, idArray(report->restoredIds)},
                                      {u"moved_back"_s, report->movedBack},
                                      {u"kept"_s, leftovers}});
}

int clientsMerges(const CliContext& context, Database& db)
{
    Result<QList<ClientMergeRecord>> merges = ClientMerges(db).list();
    if (!merges)
        return context.fail(merges.error());
    QStringList lines;
    QJsonArray json;
    for (const ClientMergeRecord& m : *merges) {
        lines.append(Tr::tr("%1  %2  by %3: %4 (%5) ← %6%7")
                         .arg(m.id)
                         .arg(m.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                              m.userName.isEmpty() ? u"-"_s : m.userName, m.keptName)
                         .arg(m.keptId)
                         .arg(namesWithIds(m.mergedNames, m.mergedIds),
                              m.undoneAt.isValid() ? Tr::tr(" (undone)") : QString()));
        json.append(QJsonObject{{u"merge"_s, m.id},
                                {u"at"_s, m.createdAt.toString(Qt::ISODate)},
                                {u"user"_s, m.userName},
                                {u"kept"_s, m.keptId},
                                {u"kept_name"_s, m.keptName},
                                {u"merged"_s, idArray(m.mergedIds)},
                                {u"merged_names"_s, QJsonArray::fromStringList(m.mergedNames)},
                                {u"undone_at"_s, m.undoneAt.isValid()
                                                     ? QJsonValue(m.undoneAt.toString(Qt::ISODate))
                                                     : QJsonValue()}});
    }
    if (lines.isEmpty())
        lines.append(Tr::tr("No clients have been merged yet."));
    return context.answer(lines.join(u'\n'), json);
}

int clientsNotDuplicates(const CliContext& context, Database& db)
{
    Result<QList<qint64>> ids = clientIds(context, 1);
    if (!ids)
        return context.fail(ids.error());
    const bool forget = context.has(u"forget"_s);
    if (Status s = forget ? ClientMerges(db).forgetNotDuplicates(*ids)
                          : ClientMerges(db).markNotDuplicates(*ids);
        !s)
        return context.fail(s.error());
    return context.answer(
        forget ? Tr::tr("Forgotten: these clients may be shown as duplicates "
                        "again.")
               : Tr::tr("Remembered: these clients are not duplicates. Undo it "
                        "with: clients not-duplicates --forget ID ID..."),
        QJsonObject{{forget ? u"maybe_duplicates"_s : u"not_duplicates"_s, idArray(*ids)}});
}

} // namespace

bool isMergeCommand(const QString& sub)
{
    return sub == u"merge"_s || sub == u"unmerge"_s || sub == u"merges"_s ||
           sub == u"not-duplicates"_s;
}

int runClientsMerge(const CliContext& context, Database& db)
{
    const QString sub = context.arguments.value(0);
    if (sub == u"merge"_s)
        return clientsMerge(context, db);
    if (sub == u"unmerge"_s)
        return clientsUnmerge(context, db);
    if (sub == u"merges"_s)
        return clientsMerges(context, db);
    return clientsNotDuplicates(context, db);
}

} // namespace kartoteka::cli
