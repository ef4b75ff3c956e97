#include "documents/ShopDetails.h"

#include "accounts/Access.h"
#include "clients/PhoneNumbers.h"
#include "firstrun/ShopProfile.h"
#include "settings/SharedSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

#include <utility>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ShopDetails)
};

ShopDetailProblem problem(ShopDetailField field, const QString& message)
{
    return {field, makeError(ErrorKind::Invalid, message)};
}

bool digitsOnly(const QString& text)
{
    for (QChar c : text) {
        if (!c.isDigit() || c.unicode() > 0x7f)
            return false;
    }
    return !text.isEmpty();
}

bool isImage(const QByteArray& bytes)
{
    return bytes.startsWith("\x89PNG\r\n\x1a\n") || bytes.startsWith("\xff\xd8\xff");
}

std::optional<ShopDetailProblem> checkImage(const QByteArray& bytes, ShopDetailField field)
{
    if (bytes.isEmpty())
        return std::nullopt;
    if (Status s = checkShopImageBytes(bytes); !s)
        return ShopDetailProblem{field, s.error()};
    return std::nullopt;
}

QList<std::pair<QString, QString>> valuesOf(const ShopDetails& d)
{
    using namespace shopDetailKeys;
    return {{kLegalForm, d.legalForm.trimmed()},
            {kTaxId, d.taxId.trimmed()},
            {kVatPayer, d.vatPayer ? u"1"_s : u"0"_s},
            {kVatRate, QString::number(d.vatRatePercent)},
            {kIban, normalizedIban(d.iban).value_or(d.iban.trimmed())},
            {kBank, d.bank.trimmed()},
            {kAddress, d.address.trimmed()},
            {kPhone, d.phone.trimmed()},
            {kEmail, d.email.trimmed()},
            {kWebsite, d.website.trimmed()},
            {kLogo, QString::fromLatin1(d.logo.toBase64())},
            {kSignature, QString::fromLatin1(d.signature.toBase64())}};
}

} // namespace

Status checkShopImageBytes(const QByteArray& bytes)
{
    if (!isImage(bytes))
        return makeError(ErrorKind::Invalid, Tr::tr("The picture must be a PNG or JPEG file."));
    if (bytes.size() > kMaxShopImageBytes)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The picture is larger than 512 KB. Save it smaller (a few "
                                "hundred pixels wide is plenty on a page) and choose it again."));
    return Status::success();
}

bool ShopDetails::operator==(const ShopDetails& o) const
{
    return legalForm == o.legalForm && taxId == o.taxId && vatPayer == o.vatPayer &&
           vatRatePercent == o.vatRatePercent && iban == o.iban && bank == o.bank &&
           address == o.address && phone == o.phone && email == o.email && website == o.website &&
           logo == o.logo && signature == o.signature;
}

std::optional<QString> normalizedIban(const QString& text)
{
    QString iban;
    for (QChar c : text) {
        if (!c.isSpace())
            iban += c.toUpper();
    }
    if (iban.size() < 15 || iban.size() > 34)
        return std::nullopt;
    for (QChar c : iban) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z')))
            return std::nullopt;
    }
    if (!iban.at(0).isLetter() || !iban.at(1).isLetter() || !iban.at(2).isDigit() ||
        !iban.at(3).isDigit())
        return std::nullopt;
    // ISO 13616: the first four characters moved to the end, letters as
    // 10..35, the whole number mod 97 is 1.
    const QString moved = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (QChar c : moved) {
        const int value = c.isDigit() ? c.unicode() - u'0' : c.unicode() - u'A' + 10;
        remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
    }
    if (remainder != 1)
        return std::nullopt;
    return iban;
}

// The check digit the tax offices give every code: an EDRPOU (8 digits),
// a Ukrainian individual's РНОКПП or a Russian company's ИНН (10), a Russian
// individual's ИНН (12). A slip of one digit or two swapped fails it.
static bool taxIdCheckDigitsMatch(const QString& id)
{
    const auto digit = [&](qsizetype i) { return id.at(i).unicode() - u'0'; };
    const auto weighted = [&](std::initializer_list<int> weights) {
        int sum = 0;
        qsizetype i = 0;
        for (int w : weights)
            sum += w * digit(i++);
        return sum;
    };
    if (id.count(u'0') == id.size())
        return false;
    if (id.size() == 8) {
        // EDRPOU: codes from 30 000 000 to 60 000 000 weigh the first digit last.
        const int code = id.toInt();
        const bool shifted = code > 30'000'000 && code < 60'000'000;
        int sum = shifted ? weighted({7, 1, 2, 3, 4, 5, 6}) : weighted({1, 2, 3, 4, 5, 6, 7});
        int check = sum % 11;
        if (check >= 10) {
            sum = shifted ? weighted({9, 3, 4, 5, 6, 7, 8}) : weighted({3, 4, 5, 6, 7, 8, 9});
            check = sum % 11 % 10;
        }
        return check == digit(7);
    }
    if (id.size() == 10) {
        const int ukrainian = ((weighted({-1, 5, 7, 9, 4, 6, 10, 5, 7}) % 11) + 11) % 11 % 10;
        const int russian = weighted({2, 4, 10, 3, 5, 9, 4, 6, 8}) % 11 % 10;
        return ukrainian == digit(9) || russian == digit(9);
    }
    if (id.size() == 12)
        return weighted({7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) % 11 % 10 == digit(10) &&
               weighted({3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) % 11 % 10 == digit(11);
    return false;
}

std::optional<ShopDetailProblem> checkShopDetails(const ShopDetails& d)
{
    const QString taxId = d.taxId.trimmed();
    if (!taxId.isEmpty() &&
        (!digitsOnly(taxId) || !(taxId.size() == 8 || taxId.size() == 10 || taxId.size() == 12))) {
        return problem(ShopDetailField::TaxId,
                       Tr::tr("The tax ID must be 8 digits (EDRPOU) or 10 or 12 digits "
                              "(individual tax number), without spaces or letters."));
    }
    if (!taxId.isEmpty() && !taxIdCheckDigitsMatch(taxId))
        return problem(ShopDetailField::TaxId,
                       Tr::tr("The tax ID %1 is not valid: its last digit does not match the "
                              "others. Copy it again from the registration papers.")
                           .arg(taxId));
    if (d.vatRatePercent < 0 || d.vatRatePercent > 100)
        return problem(ShopDetailField::VatRate,
                       Tr::tr("The VAT rate must be between 0 and 100 %."));
    if (const QString iban = QString(d.iban).remove(u' ');
        !iban.isEmpty() && (iban.size() < 15 || iban.size() > 34)) {
        return problem(ShopDetailField::Iban,
                       Tr::tr("An IBAN has 15 to 34 letters and digits (in Ukraine: UA and 27 "
                              "digits). Copy it again from the bank's letter."));
    }
    if (!d.iban.trimmed().isEmpty() && !normalizedIban(d.iban)) {
        return problem(ShopDetailField::Iban,
                       Tr::tr("This IBAN is not valid: its check digits do not match. Copy it "
                              "again from the bank's letter (UA and 27 digits in Ukraine)."));
    }
    const QString email = d.email.trimmed();
    if (!email.isEmpty() && (!email.contains(u'@') || email.startsWith(u'@') ||
                             email.endsWith(u'@') || email.contains(u' '))) {
        return problem(ShopDetailField::Email,
                       Tr::tr("The e-mail address must look like name@example.com."));
    }
    // Printed on every document as written: a number someone can dial.
    if (const QString phone = d.phone.trimmed(); !phone.isEmpty() && digitsOf(phone).size() < 7)
        return problem(ShopDetailField::Phone,
                       Tr::tr("The phone «%1» is too short to dial: write it whole, with the "
                              "area code (044 123 45 67).")
                           .arg(phone));
    // A web address people type from paper: a name with a dot, or an http(s) link.
    static const QRegularExpression website(
        uR"(^(https?://)?[\p{L}\p{N}]([\p{L}\p{N}-]*[\p{L}\p{N}])?(\.[\p{L}\p{N}]([\p{L}\p{N}-]*[\p{L}\p{N}])?)+(:\d{1,5})?(/\S*)?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const QString site = d.website.trimmed();
        !site.isEmpty() && !website.match(site).hasMatch())
        return problem(ShopDetailField::Website,
                       Tr::tr("«%1» is not a web address: write it as shop.com.ua or "
                              "https://shop.com.ua.")
                           .arg(site));
    if (auto p = checkImage(d.logo, ShopDetailField::Logo))
        return p;
    return checkImage(d.signature, ShopDetailField::Signature);
}

Status saveShopDetails(Database& db, const ShopDetails& details)
{
    if (Status s = require(db.principal(), Capability::Settings); !s)
        return s;
    if (const auto p = checkShopDetails(details))
        return p->error;
    return db.write(
        [&](Transaction& tx) { return SharedSettings::setAll(tx, valuesOf(details), db.actor()); });
}

Status saveShop(Database& db, const ShopProfile& profile, const ShopDetails& details)
{
    if (Status s = require(db.principal(), Capability::Settings); !s)
        return s;
    if (const auto p = checkShopProfile(profile))
        return p->error;
    if (const auto p = checkShopDetails(details))
        return p->error;
    return db.write([&](Transaction& tx) {
        return SharedSettings::setAll(tx, shopProfileSettings(profile) + valuesOf(details),
                                      db.actor());
    });
}

Result<ShopDetails> loadShopDetails(Database& db)
{
    using namespace shopDetailKeys;
    Result<QHash<QString, SettingValue>> shop = SharedSettings(db).withPrefix(u"shop."_s);
    if (!shop)
        return shop.error();
    const auto text = [&](const QString& key) { return shop->value(key).value; };
    ShopDetails d;
    d.legalForm = text(kLegalForm);
    d.taxId = text(kTaxId);
    d.vatPayer = text(kVatPayer) == u"1"_s;
    bool ok = false;
    if (const int rate = text(kVatRate).toInt(&ok); ok)
        d.vatRatePercent = rate;
    d.iban = text(kIban);
    d.bank = text(kBank);
    d.address = text(kAddress);
    d.phone = text(kPhone);
    d.email = text(kEmail);
    d.website = text(kWebsite);
    d.logo = QByteArray::fromBase64(text(kLogo).toLatin1());
    d.signature = QByteArray::fromBase64(text(kSignature).toLatin1());
    return d;
}

} // namespace kartoteka
