#include "accounts/Roles.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Roles)
};

struct CapabilityInfo
{
    Capability capability;
    QString name;
    const char* title;
};

const QList<CapabilityInfo>& capabilityTable()
{
    static const QList<CapabilityInfo> table{
        {Capability::AllClients, u"clients.all"_s,
         QT_TRANSLATE_NOOP("kartoteka::Roles", "See and edit all clients and deals")},
        {Capability::TakeUnassigned, u"clients.unassigned"_s,
         QT_TRANSLATE_NOOP("kartoteka::Roles", "See unassigned clients and take them")},
        {Capability::AllReports, u"reports.all"_s,
         QT_TRANSLATE_NOOP("kartoteka::Roles", "Reports on everyone's work")},
        {Capability::Export, u"export"_s,
         QT_TRANSLATE_NOOP("kartoteka::Roles", "Export client lists and reports")},
        {Capability::Import, u"import"_s,
         QT_TRANSLATE_NOOP("kartoteka::Roles", "Import clients from files and undo imports")},
        {Capability::Print, u"print"_s,
         QT_TRANSLATE_NOOP("kartoteka::Roles", "Print client lists and reports")},
        {Capability::Accounts, u"accounts"_s,
         QT_TRANSLATE_NOOP("kartoteka::Roles", "Manage accounts and hand-overs")},
        {Capability::Lists, u"lists"_s, QT_TRANSLATE_NOOP("kartoteka::Roles", "Edit the lists")},
        {Capability::Pipelines, u"pipelines"_s,
         QT_TRANSLATE_NOOP("kartoteka::Roles", "Edit pipelines and stages")},
        {Capability::Backup, u"backup"_s,
         QT_TRANSLATE_NOOP("kartoteka::Roles", "Make backups and choose where they go")},
        {Capability::Restore, u"restore"_s,
         QT_TRANSLATE_NOOP("kartoteka::Roles", "Restore a backup")},
        {Capability::Audit, u"audit"_s,
         QT_TRANSLATE_NOOP("kartoteka::Roles", "Read the audit of everyone")},
        {Capability::Settings, u"settings"_s,
         QT_TRANSLATE_NOOP("kartoteka::Roles", "Change the shop's settings")},
        {Capability::Mailings, u"mailings"_s,
         QT_TRANSLATE_NOOP("kartoteka::Roles", "Send mailings to the clients one sees")},
    };
    return table;
}

} // namespace

const QList<Role>& allRoles()
{
    static const QList<Role> roles{Role::Owner, Role::Admin, Role::Senior, Role::Manager};
    return roles;
}

const QList<Capability>& allCapabilities()
{
    static const QList<Capability> capabilities = [] {
        QList<Capability> all;
        for (const CapabilityInfo& info : capabilityTable())
            all.append(info.capability);
        return all;
    }();
    return capabilities;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Owner:
        return u"owner"_s;
    case Role::Admin:
        return u"admin"_s;
    case Role::Senior:
        return u"senior"_s;
    case Role::Manager:
        return u"manager"_s;
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    for (Role role : allRoles())
        if (roleName(role) == name.trimmed().toLower())
            return role;
    return std::nullopt;
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Owner:
        return Tr::tr("Owner");
    case Role::Admin:
        return Tr::tr("Administrator");
    case Role::Senior:
        return Tr::tr("Senior manager");
    case Role::Manager:
        return Tr::tr("Manager");
    }
    return {};
}

QString capabilityName(Capability capability)
{
    for (const CapabilityInfo& info : capabilityTable())
        if (info.capability == capability)
            return info.name;
    return {};
}

std::optional<Capability> capabilityFromName(const QString& name)
{
    for (const CapabilityInfo& info : capabilityTable())
        if (info.name == name)
            return info.capability;
    return std::nullopt;
}

QString capabilityTitle(Capability capability)
{
    for (const CapabilityInfo& info : capabilityTable())
        if (info.capability == capability)
            return Tr::tr(info.title);
    return {};
}

QSet<Capability> defaultCapabilities(Role role)
{
    // Keep in step with the seed in 0008_accounts.sql, 0016_import_batches.sql
    // and 0030_letters.sql.
    switch (role) {
    case Role::Owner: {
        const QList<Capability>& all = allCapabilities();
        return QSet<Capability>(all.begin(), all.end());
    }
    case Role::Admin:
        return {Capability::AllClients, Capability::AllReports, Capability::Export,
                Capability::Import,     Capability::Print,      Capability::Accounts,
                Capability::Lists,      Capability::Pipelines,  Capability::Backup,
                Capability::Restore,    Capability::Audit,      Capability::Settings,
                Capability::Mailings};
    case Role::Senior:
        return {Capability::AllClients, Capability::AllReports, Capability::Export,
                Capability::Print,      Capability::Backup,     Capability::Mailings};
    case Role::Manager:
        return {Capability::Mailings};
    }
    return {};
}

} // namespace kartoteka
