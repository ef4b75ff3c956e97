#pragma once

#include "reports/ClientsReport.h"
#include "reports/DealsBehind.h"

#include <QString>

namespace kartoteka {

// What a row of a report table stands for, so that whoever shows the table
// (the reports screen, its drill-down lists) opens exactly that without
// knowing which report or row it is: the deals or clients behind the row (a
// list, see drillTable() in reports/ReportTables.h), or one client or deal.
// Whatever is listed goes through the access rule of `db`'s principal.
struct ReportDrill
{
    enum class Kind
    {
        Nothing,
        Deals,   // the deals of `deals`
        Clients, // the buying clients of `clients` over `period`
        Client,  // the client `id`
        Deal     // the deal `id`
    };
    Kind kind = Kind::Nothing;
    QString what; // the list's title, as shown
    DealSlice deals;
    ReportPeriod period;
    ClientSlice clients;
    qint64 id = 0;

    static ReportDrill ofDeals(const QString& what, const DealSlice& slice)
    {
        ReportDrill d;
        d.kind = Kind::Deals;
        d.what = what;
        d.deals = slice;
        return d;
    }
    static ReportDrill ofClients(const QString& what, const ReportPeriod& period,
                                 const ClientSlice& slice)
    {
        ReportDrill d;
        d.kind = Kind::Clients;
        d.what = what;
        d.period = period;
        d.clients = slice;
        return d;
    }
    static ReportDrill client(qint64 id)
    {
        ReportDrill d;
        d.kind = id > 0 ? Kind::Client : Kind::Nothing;
        d.id = id;
        return d;
    }
    static ReportDrill deal(qint64 id)
    {
        ReportDrill d;
        d.kind = id > 0 ? Kind::Deal : Kind::Nothing;
        d.id = id;
        return d;
    }
    bool isList() const { return kind == Kind::Deals || kind == Kind::Clients; }
};

} // namespace kartoteka
