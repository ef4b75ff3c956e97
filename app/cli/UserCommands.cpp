// users add|list|set-role|set-password|deactivate and audit: the owner's and
// administrator's work from scripts. Core checks every capability.
#include "CliContext.h"

#include "accounts/Accounts.h"
#include "audit/AuditExport.h"
#include "audit/AuditLog.h"
#include "audit/AuditText.h"
#include "reports/ReportTable.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

using namespace Qt::StringLiterals;

namespace kartoteka::cli {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::cli)
};

QJsonObject accountJson(const Account& a)
{
    return {{u"id"_s, a.id},
            {u"login"_s, a.login},
            {u"name"_s, a.name},
            {u"role"_s, roleName(a.role)},
            {u"active"_s, a.active},
            {u"has_password"_s, a.hasPassword},
            {u"must_change_password"_s, a.mustChangePassword}};
}

QString passwordState(const Account& a)
{
    if (!a.hasPassword)
        return Tr::tr("no password yet");
    if (a.mustChangePassword)
        return Tr::tr("temporary password");
    return Tr::tr("password set");
}

Result<Role> roleNamed(const QString& name)
{
    if (std::optional<Role> role = roleFromName(name.trimmed().toLower()))
        return *role;
    return makeError(
        ErrorKind::Invalid,
        Tr::tr("\"%1\" is not a role. Roles: owner, admin, senior, manager.").arg(name));
}

Result<QString> newPassword(const QString& prompt)
{
    return readSecret("KARTOTEKA_NEW_PASSWORD", prompt, true);
}

int usersAdd(const CliContext& context, Database& db)
{
    if (context.arguments.size() != 2)
        return context.fail(Tr::tr("Use: users add LOGIN --name \"Full Name\" --role "
                                   "owner|admin|senior|manager"));
    Result<Role> role =
        roleNamed(context.has(u"role"_s) ? context.option(u"role"_s) : u"manager"_s);
    if (!role)
        return context.fail(role.error());
    // Checked before the password is asked for: a refusal should not come
    // after the owner has typed it twice.
    if (Status s = require(db.principal(), Capability::Accounts); !s)
        return context.fail(s.error());
    const QString login = context.arguments.value(1);
    Result<QString> password = newPassword(
        Tr::tr("A temporary password for %1 (to be changed at the first sign-in): ").arg(login));
    if (!password)
        return context.fail(password.error());
    Result<Account> added = Accounts(db).add(login, context.option(u"name"_s), *role, *password);
    if (!added)
        return context.fail(added.error());
    return context.answer(Tr::tr("Account %1 added for %2 (%3). They choose their own password at "
                                 "the first sign-in.")
                              .arg(added->login, added->name, roleTitle(added->role)),
                          accountJson(*added));
}

int usersList(const CliContext& context, Database& db)
{
    if (Status s = require(db.principal(), Capability::Accounts); !s)
        return context.fail(s.error());
    Result<QList<Account>> accounts = Accounts(db).list(true);
    if (!accounts)
        return context.fail(accounts.error());
    QJsonArray list;
    QStringList lines;
    for (const Account& a : *accounts) {
        list.append(accountJson(a));
        lines.append(u"%1\t%2\t%3\t%4\t%5"_s.arg(
            a.login.isEmpty() ? u"-"_s : a.login, a.name, roleTitle(a.role),
            a.active ? Tr::tr("active") : Tr::tr("deactivated"), passwordState(a)));
    }
    if (lines.isEmpty())
        lines.append(Tr::tr("No accounts yet."));
    return context.answer(lines.join(u'\n'), list);
}

int usersSetRole(const CliContext& context, Database& db)
{
    if (context.arguments.size() != 3)
        return context.fail(Tr::tr("Use: users set-role LOGIN owner|admin|senior|manager"));
    Result<Role> role = roleNamed(context.arguments.value(2));
    if (!role)
        return context.fail(role.error());
    Accounts accounts(db);
    Result<Account> target = accounts.byLogin(context.arguments.value(1));
    if (!target)
        return context.fail(target.error());
    if (Status s = accounts.setRole(target->id, *role); !s)
        return context.fail(s.error());
    Result<Account> after = accounts.byId(target->id);
    if (!after)
        return context.fail(after.error());
    return context.answer(
        Tr::tr("%1 (%2) is now: %3.").arg(after->name, after->login, roleTitle(after->role)),
        accountJson(*after));
}

int usersSetPassword(const CliContext& context, Database& db)
{
    if (context.arguments.size() > 2)
        return context.fail(Tr::tr("Use: users set-password [LOGIN]"));
    Accounts accounts(db);
    const Principal& me = db.principal();
    const QString login = context.arguments.value(1).trimmed();
    const bool own = login.isEmpty() || (!me.isSystem() && login.toLower() == me.login);
    if (own) {
        if (me.isSystem())
            return context.fail(makeError(
                ErrorKind::Invalid,
                Tr::tr("Name the account (users set-password LOGIN), or sign in with --user to "
                       "change your own password.")));
        Result<QString> password = newPassword(Tr::tr("Your new password: "));
        if (!password)
            return context.fail(password.error());
        if (Status s = accounts.changeOwnPassword(context.signInPassword, *password); !s)
            return context.fail(s.error());
        return context.answer(Tr::tr("Your password is changed."),
                              QJsonObject{{u"login"_s, me.login}, {u"temporary"_s, false}});
    }
    Result<Account> target = accounts.byLogin(login);
    if (!target)
        return context.fail(target.error());
    if (Status s = require(me, Capability::Accounts); !s)
        return context.fail(s.error());
    Result<QString> password =
        newPassword(Tr::tr("A temporary password for %1 (to be changed at the next sign-in): ")
                        .arg(target->login));
    if (!password)
        return context.fail(password.error());
    if (Status s = accounts.setTemporaryPassword(target->id, *password); !s)
        return context.fail(s.error());
    return context.answer(Tr::tr("%1 has a temporary password and chooses their own at the next "
                                 "sign-in.")
                              .arg(target->name),
                          QJsonObject{{u"login"_s, target->login}, {u"temporary"_s, true}});
}

int usersDeactivate(const CliContext& context, Database& db)
{
    if (context.arguments.size() != 2)
        return context.fail(Tr::tr("Use: users deactivate LOGIN [--hand-over-to LOGIN]..."));
    Accounts accounts(db);
    Result<Account> leaving = accounts.byLogin(context.arguments.value(1));
    if (!leaving)
        return context.fail(leaving.error());
    HandOver handOver{leaving->id, {}};
    for (const QString& login : context.options(u"hand-over-to"_s)) {
        Result<Account> to = accounts.byLogin(login);
        if (!to)
            return context.fail(to.error());
        if (!handOver.toIds.contains(to->id))
            handOver.toIds.append(to->id);
    }
    Result<HandOverReport> report = accounts.deactivate(handOver);
    if (!report)
        return context.fail(report.error());
    return context.answer(Tr::tr("%1 is deactivated. Handed over: clients %L2, open deals %L3.")
                              .arg(leaving->name)
                              .arg(report->clients)
                              .arg(report->deals),
                          QJsonObject{{u"login"_s, leaving->login},
                                      {u"clients"_s, report->clients},
                                      {u"deals"_s, report->deals}});
}

Result<QDate> dateOption(const CliContext& context, const QString& name)
{
    if (!context.has(name))
        return QDate();
    const QDate date = QDate::fromString(context.option(name).trimmed(), Qt::ISODate);
    if (!date.isValid())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("--%1 must be a date written as YYYY-MM-DD.").arg(name));
    return date;
}

QJsonObject auditJson(const AuditEntry& e)
{
    QJsonArray fields;
    for (const FieldChange& f : e.fields)
        fields.append(
            QJsonObject{{u"field"_s, f.field}, {u"before"_s, f.before}, {u"after"_s, f.after}});
    QJsonObject json{{u"id"_s, e.id},         {u"at"_s, e.at.toUTC().toString(Qt::ISODate)},
                     {u"user"_s, e.userName}, {u"action"_s, e.action},
                     {u"entity"_s, e.entity}, {u"host"_s, e.host}};
    if (e.userId)
        json.insert(u"user_id"_s, e.userId);
    if (e.entityId)
        json.insert(u"entity_id"_s, e.entityId);
    if (e.clientId)
        json.insert(u"client_id"_s, e.clientId);
    if (!fields.isEmpty())
        json.insert(u"fields"_s, fields);
    if (!e.details.isEmpty())
        json.insert(u"details"_s, e.details);
    return json;
}

} // namespace

int runUsers(const CliContext& context)
{
    const QString sub = context.arguments.value(0);
    const std::map<QString, int (*)(const CliContext&, Database&)> subcommands{
        {u"add"_s, usersAdd},
        {u"list"_s, usersList},
        {u"set-role"_s, usersSetRole},
        {u"set-password"_s, usersSetPassword},
        {u"deactivate"_s, usersDeactivate}};
    const auto found = subcommands.find(sub);
    if (found == subcommands.end())
        return context.fail(
            Tr::tr("Use: users add|list|set-role|set-password|deactivate. See --help."));
    Result<std::unique_ptr<Database>> db = openDatabase(context.openOptions());
    if (!db)
        return context.fail(db.error());
    return found->second(context, **db);
}

int runAudit(const CliContext& context)
{
    if (!context.arguments.isEmpty())
        return context.fail(Tr::tr("Use: audit [--user LOGIN] [--action NAME] [--from D] [--to D] "
                                   "[--client ID]"));
    AuditFilter filter;
    Result<QDate> from = dateOption(context, u"from"_s);
    Result<QDate> to = dateOption(context, u"to"_s);
    if (!from || !to)
        return context.fail(!from ? from.error() : to.error());
    filter.from = *from;
    filter.to = *to;
    filter.action = context.option(u"action"_s).trimmed();
    Result<qint64> client = context.number(u"client"_s, 1, std::numeric_limits<qint64>::max(), 0);
    Result<qint64> limit = context.number(u"limit"_s, 1, 100000, 500);
    if (!client || !limit)
        return context.fail(!client ? client.error() : limit.error());
    filter.clientId = *client;
    filter.limit = int(*limit);
    Result<std::unique_ptr<Database>> db = openDatabase(context.openOptions());
    if (!db)
        return context.fail(db.error());
    if (context.has(u"audit-user"_s)) {
        Result<Account> who = Accounts(**db).byLogin(context.option(u"audit-user"_s));
        if (!who)
            return context.fail(who.error());
        filter.userId = who->id;
    }
    // With --out: the same rows in a file, as the Audit screen exports them.
    if (context.has(u"out"_s)) {
        const QString path = QFileInfo(context.option(u"out"_s)).absoluteFilePath();
        const std::optional<TableFileFormat> format = tableFileFormatFromName(
            context.has(u"format"_s) ? context.option(u"format"_s) : QFileInfo(path).suffix());
        if (!format)
            return context.fail(
                Tr::tr("Use --format csv|xlsx, or an --out file named .csv or .xlsx."));
        Result<int> rows = exportAudit(**db, filter, path, *format);
        if (!rows)
            return context.fail(rows.error());
        const QString shown = QDir::toNativeSeparators(path);
        return context.answer(Tr::tr("%n audit row(s) written to %1.", nullptr, *rows).arg(shown),
                              QJsonObject{{u"rows"_s, *rows}, {u"file"_s, shown}});
    }
    Result<QList<AuditEntry>> entries = readAudit(**db, filter);
    if (!entries)
        return context.fail(entries.error());
    Result<AuditNames> names = auditNamesFor(**db, *entries);
    if (!names)
        return context.fail(names.error());
    QJsonArray list;
    QStringList lines;
    for (const AuditEntry& e : *entries) {
        QJsonObject json = auditJson(e);
        const QString what = auditWhat(e, *names);
        json.insert(u"text"_s, what);
        list.append(json);
        lines.append(u"%1\t%2\t%3"_s.arg(auditTimeText(e.at), auditWho(e), what));
        for (const QString& field : auditFieldLines(e))
            lines.append(u"\t\t  "_s + field);
    }
    if (lines.isEmpty())
        lines.append(Tr::tr("Nothing in the audit matches."));
    return context.answer(lines.join(u'\n'), list);
}

} // namespace kartoteka::cli
