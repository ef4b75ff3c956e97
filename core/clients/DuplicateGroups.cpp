#include "clients/DuplicateGroups.h"

#include "accounts/Access.h"
#include "clients/ClientChecks.h"
#include "clients/SearchText.h"
#include "storage/BulkRows.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::DuplicateGroups)
};

int certaintyOf(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::TaxId:
        return 100;
    case DuplicateReason::Phone:
        return 90;
    case DuplicateReason::Email:
        return 80;
    case DuplicateReason::NameAndAddress:
        return 60;
    case DuplicateReason::NameAndCompany:
        return 50;
    }
    return 0;
}

// The clients of each shared value. A group is the clients sharing one value
// (not everyone linked through a chain of them: one office e-mail on a
// hundred companies' cards would otherwise pull their phones' twins in too);
// groups of the same clients found by several values are one group.
class Groups
{
public:
    void add(DuplicateReason reason, const QString& key, qint64 id, const QString& shown)
    {
        if (key.isEmpty())
            return;
        Shared& shared = m_byKey[int(reason)][key];
        if (shared.ids.isEmpty() || shared.ids.last() != id) {
            if (!shared.ids.contains(id))
                shared.ids.append(id);
        }
        if (shared.shown.isEmpty())
            shared.shown = shown;
    }

    QList<DuplicateGroup> collect() const
    {
        QList<DuplicateGroup> groups;
        QHash<QList<qint64>, qsizetype> bySet;
        for (int reason = 0; reason < kReasons; ++reason) {
            for (auto it = m_byKey[reason].cbegin(); it != m_byKey[reason].cend(); ++it) {
                if (it->ids.size() < 2)
                    continue;
                QList<qint64> ids = it->ids;
                std::sort(ids.begin(), ids.end());
                auto found = bySet.constFind(ids);
                if (found == bySet.cend()) {
                    found = bySet.insert(ids, groups.size());
                    DuplicateGroup group;
                    for (qint64 id : ids)
                        group.members.append({id, {}, {}, {}, {}});
                    groups.append(group);
                }
                DuplicateGroup& group = groups[*found];
                const auto why = DuplicateReason(reason);
                if (!group.reasons.contains(why))
                    group.reasons.append(why);
                group.sharedValues.append(it->shown);
                group.certainty = std::max(group.certainty, certaintyOf(why));
            }
        }
        return groups;
    }

private:
    static constexpr int kReasons = 5;
    struct Shared
    {
        QList<qint64> ids;
        QString shown;
    };
    QHash<QString, Shared> m_byKey[kReasons];
};

} // namespace

QString duplicateReasonName(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::TaxId:
        return u"tax_id"_s;
    case DuplicateReason::Phone:
        return u"phone"_s;
    case DuplicateReason::Email:
        return u"email"_s;
    case DuplicateReason::NameAndAddress:
        return u"name_address"_s;
    case DuplicateReason::NameAndCompany:
        return u"name_company"_s;
    }
    return {};
}

QString duplicateReasonTitle(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::TaxId:
        return Tr::tr("the same tax ID");
    case DuplicateReason::Phone:
        return Tr::tr("the same phone");
    case DuplicateReason::Email:
        return Tr::tr("the same e-mail");
    case DuplicateReason::NameAndAddress:
        return Tr::tr("the same name and address");
    case DuplicateReason::NameAndCompany:
        return Tr::tr("the same name and company");
    }
    return {};
}

Result<QList<DuplicateGroup>> findDuplicateGroups(Database& db)
{
    const ScopeSql scope = clientScope(db.principal(), u"c"_s);
    Groups groups;
    QHash<qint64, DuplicateMember> members;
    BulkRows rows(db.connection());
    auto text = [&](int column) { return QString::fromUtf8(rows.utf8(column)); };

    if (Status s = rows.start(u"SELECT c.id, c.display_name, c.sort_key, c.address_key, "
                              u"c.company_name, c.tax_id, c.actual_address, c.kind "
                              u"FROM clients c WHERE c.archived = 0 AND "_s +
                                  scope.sql,
                              scope.args);
        !s)
        return s.error();
    while (rows.next()) {
        const qint64 id = rows.int64(0);
        DuplicateMember member{id, text(1), text(4), text(5), text(6)};
        const QString sortKey = text(2);
        groups.add(DuplicateReason::TaxId, taxIdKey(member.taxId), id, member.taxId.trimmed());
        if (const QString address = text(3); !address.isEmpty())
            groups.add(DuplicateReason::NameAndAddress, sortKey + u'\x1f' + address, id,
                       member.name + u", "_s + member.address);
        if (rows.utf8(7) == "person" && !member.company.trimmed().isEmpty())
            groups.add(DuplicateReason::NameAndCompany,
                       sortKey + u'\x1f' + foldText(member.company.simplified()), id,
                       member.name + u", "_s + member.company);
        members.insert(id, member);
    }
    if (Status s = rows.error(); !s)
        return s.error();
    const std::pair<DuplicateReason, QString> keyed[] = {
        {DuplicateReason::Phone,
         u"SELECT p.e164, p.client_id FROM client_phones p JOIN clients c "
         u"ON c.id = p.client_id WHERE c.archived = 0 AND p.e164 <> '' AND "_s},
        {DuplicateReason::Email,
         u"SELECT e.email_key, e.client_id FROM client_emails e JOIN clients "
         u"c ON c.id = e.client_id WHERE c.archived = 0 AND "_s},
    };
    for (const auto& [reason, statement] : keyed) {
        if (Status s = rows.start(statement + scope.sql, scope.args); !s)
            return s.error();
        while (rows.next())
            groups.add(reason, text(0), rows.int64(1), text(0));
        if (Status s = rows.error(); !s)
            return s.error();
    }

    // Pairs someone said are not duplicates (ClientMerges::markNotDuplicates):
    // a group made only of such pairs is not shown again.
    QSet<std::pair<qint64, qint64>> notDuplicates;
    if (Status s = rows.start(u"SELECT client_id, other_id FROM client_not_duplicates"_s); !s)
        return s.error();
    while (rows.next())
        notDuplicates.insert({rows.int64(0), rows.int64(1)});
    if (Status s = rows.error(); !s)
        return s.error();
    // A member said to differ from every other member leaves the group (one
    // unrelated card sharing an office phone); a group left with fewer than
    // two is gone.
    auto differs = [&](qint64 a, qint64 b) {
        return notDuplicates.contains({std::min(a, b), std::max(a, b)});
    };
    QList<DuplicateGroup> found;
    for (DuplicateGroup& group : groups.collect()) {
        for (bool dropped = true; dropped && group.members.size() >= 2;) {
            dropped = false;
            for (qsizetype i = 0; i < group.members.size(); ++i) {
                const qint64 id = group.members[i].id;
                const bool alone = std::all_of(
                    group.members.cbegin(), group.members.cend(),
                    [&](const DuplicateMember& m) { return m.id == id || differs(id, m.id); });
                if (alone) {
                    group.members.removeAt(i);
                    dropped = true;
                    break;
                }
            }
        }
        if (group.members.size() >= 2)
            found.append(group);
    }
    for (DuplicateGroup& group : found) {
        for (DuplicateMember& member : group.members)
            member = members.value(member.id);
    }
    // Most certain first; of equally certain ones the smaller first: two cards
    // of one person, before a hundred companies sharing an office e-mail.
    std::stable_sort(found.begin(), found.end(),
                     [](const DuplicateGroup& a, const DuplicateGroup& b) {
                         if (a.certainty != b.certainty)
                             return a.certainty > b.certainty;
                         if (a.members.size() != b.members.size())
                             return a.members.size() < b.members.size();
                         // The same order every time: the oldest cards first.
                         return a.members.first().id < b.members.first().id;
                     });
    return found;
}

} // namespace kartoteka
