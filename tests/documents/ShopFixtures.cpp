#include "ShopFixtures.h"

#include "Catch.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "clients/ClientRepository.h"
#include "deals/DealRepository.h"
#include "documents/ShopDetails.h"
#include "firstrun/ShopProfile.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace kartoteka::test {

void setUpShop(Database& db)
{
    ShopProfile profile;
    profile.name = u"Будмайстер"_s;
    requireOk(saveShopProfile(db, profile));
    ShopDetails d;
    d.legalForm = u"ТОВ"_s;
    d.taxId = u"38123450"_s;
    d.vatPayer = true;
    d.iban = u"UA213223130000026007233566001"_s;
    d.bank = u"АТ «Укрексімбанк»"_s;
    d.address = u"м. Київ, вул. Хрещатик, 1"_s;
    d.phone = u"+380 44 123 45 67"_s;
    requireOk(saveShopDetails(db, d));
}

qint64 newClient(Database& db, const QString& company, qint64 managerId)
{
    Client c;
    c.kind = ClientKind::Company;
    c.companyName = company;
    c.taxId = u"41234567"_s;
    c.actualAddress = u"м. Львів, вул. Городоцька, 5"_s;
    c.managerId = managerId;
    requireOk(ClientRepository(db).create(c));
    return c.id;
}

Deal newDeal(Database& db, qint64 clientId, int lines)
{
    Deal deal;
    deal.clientId = clientId;
    deal.title = u"Плитка для ванної"_s;
    for (int i = 1; i <= lines; ++i) {
        DealItem item;
        item.name = u"Плитка «Мармур» %1"_s.arg(i);
        item.quantity = i == 1 ? 2.5 : 1;
        item.priceMinor = 1'000'00; // 1 000,00
        deal.items.append(item);
    }
    requireOk(DealRepository(db).create(deal));
    return deal;
}

TwoManagers addTwoManagers(Database& db)
{
    Accounts accounts(db);
    requireValue(accounts.createOwner(u"owner"_s, u"Owner Person"_s, kManagersPassword));
    TwoManagers m;
    m.olena =
        requireValue(accounts.add(u"olena"_s, u"Олена Коваль"_s, Role::Manager, kManagersPassword))
            .id;
    m.bohdan =
        requireValue(accounts.add(u"bohdan"_s, u"Богдан"_s, Role::Manager, kManagersPassword)).id;
    return m;
}

void signInAs(Database& db, const QString& login)
{
    db.setPrincipal(requireValue(Accounts(db).signIn(login, kManagersPassword)));
}

} // namespace kartoteka::test
