#include "demo/DemoShop.h"

#include "documents/ShopDetails.h"
#include "firstrun/ShopProfile.h"

using namespace Qt::StringLiterals;

namespace kartoteka {

Status createDemoShop(Database& db, Language language)
{
    Result<ShopProfile> profile = loadShopProfile(db);
    if (!profile)
        return profile.error();
    ShopDetails d;
    d.vatPayer = true;
    d.vatRatePercent = 20;
    switch (language) {
    case Language::Ukrainian:
        profile->name = u"Будмайстер"_s;
        d.legalForm = u"ТОВ"_s;
        d.taxId = u"38123450"_s;
        d.iban = u"UA213223130000026007233566001"_s;
        d.bank = u"АТ «Укрексімбанк»"_s;
        d.address = u"м. Київ, вул. Хрещатик, 1"_s;
        break;
    case Language::Russian:
        profile->name = u"Строймастер"_s;
        d.legalForm = u"ООО"_s;
        d.taxId = u"38123450"_s;
        d.iban = u"UA213223130000026007233566001"_s;
        d.bank = u"АО «Укрэксимбанк»"_s;
        d.address = u"г. Киев, ул. Крещатик, 1"_s;
        break;
    case Language::English:
        profile->name = u"Brickworks"_s;
        d.legalForm = u"Ltd"_s;
        d.iban = u"GB82WEST12345698765432"_s;
        d.bank = u"Westminster Bank"_s;
        d.address = u"1 High Street, London"_s;
        break;
    }
    const bool english = language == Language::English;
    d.phone = english ? u"+44 20 7946 0000"_s : u"+380 44 123 45 67"_s;
    d.email = english ? u"shop@brickworks.example"_s : u"shop@budmaister.example"_s;
    d.website = english ? u"brickworks.example"_s : u"budmaister.example"_s;
    return saveShop(db, *profile, d);
}

} // namespace kartoteka
