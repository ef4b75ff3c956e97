#include "accounts/Access.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Access)
};

} // namespace

ScopeSql clientScope(const Principal& who, const QString& alias)
{
    if (who.can(Capability::AllClients))
        return {u"1 = 1"_s, {}};
    if (who.can(Capability::TakeUnassigned))
        return {u"(%1.manager_id = ? OR %1.manager_id IS NULL)"_s.arg(alias), {who.accountId}};
    return {u"%1.manager_id = ?"_s.arg(alias), {who.accountId}};
}

ScopeSql dealScope(const Principal& who, const QString& alias)
{
    if (who.can(Capability::AllClients))
        return {u"1 = 1"_s, {}};
    const ScopeSql clients = clientScope(who, u"scope_c"_s);
    QVariantList args{who.accountId};
    args.append(clients.args);
    return {u"(%1.manager_id = ? OR %1.client_id IN (SELECT scope_c.id FROM clients AS scope_c "
            u"WHERE %2))"_s.arg(alias, clients.sql),
            args};
}

ScopeSql taskScope(const Principal& who, const QString& alias)
{
    if (who.can(Capability::AllClients))
        return {u"1 = 1"_s, {}};
    const ScopeSql clients = clientScope(who, u"scope_tc"_s);
    const ScopeSql deals = dealScope(who, u"scope_td"_s);
    QVariantList args{who.accountId};
    args << clients.args << deals.args;
    return {u"(%1.responsible_id = ? OR %1.client_id IN (SELECT scope_tc.id FROM clients AS "
            u"scope_tc WHERE %2) OR %1.deal_id IN (SELECT scope_td.id FROM deals AS scope_td "
            u"WHERE %3))"_s.arg(alias, clients.sql, deals.sql),
            args};
}

bool reachesClient(const Principal& who, qint64 managerId)
{
    if (who.can(Capability::AllClients))
        return true;
    if (managerId == 0)
        return who.can(Capability::TakeUnassigned);
    return managerId == who.accountId;
}

Result<qint64> managerFor(const Principal& who, qint64 requested, qint64 current, bool isNew)
{
    if (who.can(Capability::AllClients))
        return requested;
    if (isNew && requested == 0)
        return who.accountId;
    if (requested == who.accountId || (!isNew && requested == current))
        return requested;
    return require(who, Capability::AllClients).error();
}

bool reachesManagerReport(const Principal& who, qint64 managerId)
{
    return who.can(Capability::AllReports) || managerId == who.accountId;
}

qint64 reportManagerFor(const Principal& who, qint64 requested)
{
    return who.can(Capability::AllReports) ? requested : who.accountId;
}

Status require(const Principal& who, Capability capability)
{
    if (who.can(capability))
        return Status::success();
    return makeError(ErrorKind::Forbidden,
                     Tr::tr("Your role does not allow this (%1: \"%2\"). Ask the owner or an "
                            "administrator.")
                         .arg(capabilityName(capability), capabilityTitle(capability)));
}

Error unreachableClient(qint64 id)
{
    return makeError(ErrorKind::NotFound,
                     Tr::tr("There is no client %1 among the clients you can see.").arg(id));
}

Error unreachableDeal(qint64 id)
{
    return makeError(ErrorKind::NotFound,
                     Tr::tr("There is no deal %1 among the deals you can see.").arg(id));
}

} // namespace kartoteka
