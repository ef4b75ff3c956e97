#pragma once

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace kartoteka {

// The built-in roles. The owner has every capability, always; the others
// have what role_capabilities gives them (the owner adjusts it).
enum class Role
{
    Owner,
    Admin,
    Senior,
    Manager,
};

// What core checks before it lets someone do something. Names (below) are
// stored in role_capabilities and shown in refusals.
enum class Capability
{
    AllClients,     // see and edit every client and deal, not only one's own
    TakeUnassigned, // see clients nobody is assigned to, and take them
    AllReports,     // reports on everyone's work, not only one's own
    Export,         // any CSV/XLSX/PDF/vCard of a client list or a report
    Import,         // bring clients in from files, and undo such an import
    Print,          // printing lists and reports
    Accounts,       // add accounts, set passwords and roles, hand over
    Lists,          // edit the lists (contact types, statuses, sources...)
    Pipelines,      // edit pipelines and their stages
    Backup,         // make backups and change where they go
    Restore,        // restore a backup over the current data
    Audit,          // read the audit of everyone
    Settings,       // the shop's shared settings (idle lock, phone country...)
    Mailings,       // mailings to a segment of the clients one sees
};

const QList<Role>& allRoles();
const QList<Capability>& allCapabilities();

// Stable names: 'owner', 'admin', 'senior', 'manager'.
QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);
// Translated, for people: "Senior manager".
QString roleTitle(Role role);

// Stable names: 'clients.all', 'export', ...
QString capabilityName(Capability capability);
std::optional<Capability> capabilityFromName(const QString& name);
// Translated, for people: "Export client lists and reports".
QString capabilityTitle(Capability capability);

// What a role may do out of the box (the seed of role_capabilities).
QSet<Capability> defaultCapabilities(Role role);

} // namespace kartoteka
