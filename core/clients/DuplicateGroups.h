#pragma once

#include "storage/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace kartoteka {

class Database;

// Why clients look like one: the strongest reason first.
enum class DuplicateReason
{
    TaxId,          // the same tax ID (by its digits)
    Phone,          // the same normalised phone
    Email,          // the same e-mail, in any case
    NameAndAddress, // the same folded name at the same address
    NameAndCompany, // the same folded name in the same company
};
QString duplicateReasonName(DuplicateReason reason);  // "tax_id", "phone", ...
QString duplicateReasonTitle(DuplicateReason reason); // translated: "the same phone"

struct DuplicateMember
{
    qint64 id = 0;
    QString name;
    QString company;
    QString taxId;
    QString address;
};

// Clients that share a tax ID, a phone, an e-mail, or a name with an address
// or a company (the same clients sharing several of them are one group).
struct DuplicateGroup
{
    QList<DuplicateMember> members; // by id
    QList<DuplicateReason> reasons; // what they share, strongest first
    QStringList sharedValues;       // the values shared, for people ("+380501234567")
    int certainty = 0;              // 0-100: 100 a tax ID, 90 a phone, 80 an e-mail, 60/50 a name
};

// Every group among the clients (not archived) the connection's principal
// reaches, most certain first. Reads each key once: no query per client.
Result<QList<DuplicateGroup>> findDuplicateGroups(Database& db);

} // namespace kartoteka
