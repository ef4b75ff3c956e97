#include "Catch.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "audit/AuditLog.h"
#include "documents/ShopDetails.h"
#include "documents/ShopPictures.h"

#include <QBuffer>
#include <QImage>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

QByteArray aPng()
{
    return pngBytes(20, 10);
}

std::optional<ShopDetailField> problemField(const ShopDetails& d)
{
    const auto p = checkShopDetails(d);
    if (!p)
        return std::nullopt;
    CHECK(p->error.kind == ErrorKind::Invalid);
    CHECK_FALSE(p->error.message.isEmpty());
    return p->field;
}

} // namespace

TEST_CASE("an IBAN is taken when its check digits agree", "[documents][shop]")
{
    CHECK(normalizedIban(u"UA21 3223 1300 0002 6007 2335 6600 1"_s) ==
          u"UA213223130000026007233566001"_s);
    CHECK(normalizedIban(u"de89370400440532013000"_s) == u"DE89370400440532013000"_s);
    CHECK_FALSE(normalizedIban(u"UA22 3223 1300 0002 6007 2335 6600 1"_s)); // one digit off
    CHECK_FALSE(normalizedIban(u"UA21"_s));
    CHECK_FALSE(normalizedIban(u"UA21 3223 1300 0002 6007 2335 6600 Ж"_s));
}

TEST_CASE("the shop's details refuse what makes no sense, field by field", "[documents][shop]")
{
    ShopDetails d;
    CHECK_FALSE(problemField(d)); // everything may stay empty
    d.taxId = u"1234567"_s;
    CHECK(problemField(d) == ShopDetailField::TaxId);
    d.taxId = u"1234567А"_s;
    CHECK(problemField(d) == ShopDetailField::TaxId);
    // Codes as the tax offices give them: their last digit checks the others (PrivatBank's
    // EDRPOU, one in the 30–60 million range, a РНОКПП, a Russian company's and person's ИНН).
    for (const QString ok :
         {u"14360570"_s, u"32855961"_s, u"1234567899"_s, u"7707083893"_s, u"123456789047"_s}) {
        d.taxId = ok;
        CHECK_FALSE(problemField(d));
    }
    // One digit off, two swapped, or nothing but zeros.
    for (const QString wrong :
         {u"14360571"_s, u"14306570"_s, u"00000000"_s, u"1234567890"_s, u"123456789012"_s}) {
        d.taxId = wrong;
        CHECK(problemField(d) == ShopDetailField::TaxId);
    }
    d.taxId.clear();
    d.phone = u"123"_s;
    CHECK(problemField(d) == ShopDetailField::Phone);
    d.phone = u"+380 44 123-45-67"_s;
    CHECK_FALSE(problemField(d));
    for (const QString wrong : {u"javascript:alert(1)"_s, u"shop"_s, u"http://"_s, u"a b.ua"_s}) {
        d.website = wrong;
        CHECK(problemField(d) == ShopDetailField::Website);
    }
    for (const QString ok :
         {u"shop.com.ua"_s, u"https://будмайстер.укр/каталог"_s, u"http://shop.example:8080/"_s}) {
        d.website = ok;
        CHECK_FALSE(problemField(d));
    }
    d.website.clear();
    d.vatRatePercent = 101;
    CHECK(problemField(d) == ShopDetailField::VatRate);
    d.vatRatePercent = 20;
    d.iban = u"UA00 0000"_s;
    CHECK(problemField(d) == ShopDetailField::Iban);
    d.iban = u"UA213223130000026007233566001"_s;
    d.email = u"shop.example.com"_s;
    CHECK(problemField(d) == ShopDetailField::Email);
    d.email = u"shop@example.com"_s;
    d.logo = "GIF89a....";
    CHECK(problemField(d) == ShopDetailField::Logo);
    d.logo = aPng();
    d.signature = aPng() + QByteArray(kMaxShopImageBytes, 'x');
    CHECK(problemField(d) == ShopDetailField::Signature);
    d.signature = aPng();
    CHECK_FALSE(problemField(d));
}

TEST_CASE("the shop's details are saved in one go, audited without the pictures' bytes, and need "
          "the settings right",
          "[documents][shop]")
{
    TempDir dir;
    auto db = openTestDatabase(dir.path(u"shop.sqlite"_s));
    ShopDetails d;
    d.legalForm = u"ФОП"_s;
    d.taxId = u"3012345670"_s;
    d.vatPayer = true;
    d.iban = u"ua21 3223 1300 0002 6007 2335 6600 1"_s;
    d.bank = u"АТ «Укрексімбанк»"_s;
    d.address = u"м. Київ, вул. Хрещатик, 1"_s;
    d.logo = aPng();
    requireOk(saveShopDetails(*db, d));
    const ShopDetails back = requireValue(loadShopDetails(*db));
    CHECK(back.legalForm == d.legalForm);
    CHECK(back.taxId == d.taxId);
    CHECK(back.vatPayer);
    CHECK(back.vatRatePercent == 20);
    CHECK(back.iban == u"UA213223130000026007233566001"_s);
    CHECK(back.logo == aPng());
    CHECK(back.signature.isEmpty());

    bool logoAudited = false;
    for (const AuditEntry& e : requireValue(readAudit(*db, AuditFilter{}))) {
        for (const FieldChange& f : e.fields) {
            if (f.field == shopDetailKeys::kLogo) {
                logoAudited = true;
                CHECK(f.after == u"%1 B"_s.arg(aPng().size()));
            }
        }
    }
    CHECK(logoAudited);

    const QString password = u"correct-horse-1"_s;
    Accounts accounts(*db);
    requireValue(accounts.createOwner(u"owner"_s, u"Owner"_s, password));
    requireValue(accounts.add(u"olena"_s, u"Olena"_s, Role::Manager, password));
    db->setPrincipal(requireValue(accounts.signIn(u"olena"_s, password)));
    d.bank = u"Інший банк"_s;
    CHECK(kindOf(saveShopDetails(*db, d)) == ErrorKind::Forbidden);
}

TEST_CASE("a picture that is empty, cut short, not an image or absurdly large is refused",
          "[documents][shop]")
{
    const QByteArray png = pngBytes(300, 120);
    requireOk(checkShopPicture(png));
    CHECK(kindOf(checkShopPicture({})) == ErrorKind::Invalid);
    CHECK(kindOf(checkShopPicture(png.left(png.size() / 2))) == ErrorKind::Invalid);
    CHECK(kindOf(checkShopPicture("just some text, not a picture")) == ErrorKind::Invalid);
    CHECK(kindOf(checkShopPicture(pngBytes(kMaxShopPictureSide + 1, 10))) == ErrorKind::Invalid);
    // A JPEG cut short, which Qt would show grey below the cut, and the same one whole.
    QImage photo(400, 300, QImage::Format_RGB32);
    for (int y = 0; y < photo.height(); ++y)
        for (int x = 0; x < photo.width(); ++x)
            photo.setPixel(x, y, qRgb(x % 256, y % 256, (x * y) % 256));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(photo.save(&buffer, "JPEG", 90));
    requireOk(checkShopPicture(jpeg));
    CHECK(kindOf(checkShopPicture(jpeg.left(jpeg.size() * 2 / 3))) == ErrorKind::Invalid);

    TempDir dir;
    const QString empty = dir.path(u"empty.png"_s);
    writeFile(empty, {});
    CHECK(kindOf(readShopPicture(empty)) == ErrorKind::Invalid);
    CHECK(kindOf(readShopPicture(dir.path(u"missing.png"_s))) == ErrorKind::NotFound);
}
