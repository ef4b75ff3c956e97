#pragma once

// A shop with its details, a company client and a deal with lines: what the
// documents' and letters' tests make documents from.
#include "deals/Deal.h"

#include <QString>

namespace kartoteka {
class Database;
}

namespace kartoteka::test {

// Будмайстер, ТОВ, VAT payer, with a tax ID, IBAN, bank, address and phone.
void setUpShop(Database& db);
// A company with a tax ID and an address; returns its id.
qint64 newClient(Database& db, const QString& company, qint64 managerId = 0);
// A deal of `lines` lines: 2,5 × 1 000,00 and then 1 000,00 each.
Deal newDeal(Database& db, qint64 clientId, int lines);

// The owner and two managers, Олена Коваль (olena) and Богдан (bohdan),
// all with kManagersPassword; signInAs() then acts as one of them.
struct TwoManagers
{
    qint64 olena = 0;
    qint64 bohdan = 0;
};
inline const QString kManagersPassword = QStringLiteral("correct-horse-1");
TwoManagers addTwoManagers(Database& db);
void signInAs(Database& db, const QString& login);

} // namespace kartoteka::test
