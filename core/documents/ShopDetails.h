#pragma once

#include "storage/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace kartoteka {

class Database;
struct ShopProfile;

// The shop's requisites that its documents carry (Administration → Shop):
// kept in the shared settings beside the shop's name (firstrun/ShopProfile).
struct ShopDetails
{
    QString legalForm; // "ФОП", "ТОВ"...
    QString taxId;     // ЄДРПОУ (8 digits), ІПН/ИНН (10 or 12)
    bool vatPayer = false;
    int vatRatePercent = 20; // of prices that include it
    QString iban;
    QString bank;
    QString address;
    QString phone;
    QString email;
    QString website;
    QByteArray logo;      // PNG or JPEG bytes, or empty
    QByteArray signature; // an image of the signature and stamp, or empty

    bool operator==(const ShopDetails& o) const;
};

namespace shopDetailKeys {
inline const QString kLegalForm = QStringLiteral("shop.legal_form");
inline const QString kTaxId = QStringLiteral("shop.tax_id");
inline const QString kVatPayer = QStringLiteral("shop.vat_payer");
inline const QString kVatRate = QStringLiteral("shop.vat_rate");
inline const QString kIban = QStringLiteral("shop.iban");
inline const QString kBank = QStringLiteral("shop.bank");
inline const QString kAddress = QStringLiteral("shop.address");
inline const QString kPhone = QStringLiteral("shop.phone");
inline const QString kEmail = QStringLiteral("shop.email");
inline const QString kWebsite = QStringLiteral("shop.website");
// Images are kept as base64; settings whose key ends in "_image" are audited
// by their size, not their bytes (settings/SharedSettings).
inline const QString kLogo = QStringLiteral("shop.logo_image");
inline const QString kSignature = QStringLiteral("shop.signature_image");
} // namespace shopDetailKeys

enum class ShopDetailField
{
    TaxId,
    VatRate,
    Iban,
    Email,
    Phone,
    Website,
    Logo,
    Signature,
};

struct ShopDetailProblem
{
    ShopDetailField field;
    Error error; // ErrorKind::Invalid, with a message a person can act on
};

inline constexpr int kMaxShopImageBytes = 512 * 1024;

// What can be told of a picture without decoding it: PNG or JPEG by its first
// bytes, at most kMaxShopImageBytes (documents/ShopPictures decodes it too).
Status checkShopImageBytes(const QByteArray& bytes);

// Everything may stay empty; what is filled must make sense: a tax ID of 8,
// 10 or 12 digits, an IBAN whose check digits agree, an e-mail with an @, a
// VAT rate of 0–100, images that are PNG or JPEG of at most 512 KB.
std::optional<ShopDetailProblem> checkShopDetails(const ShopDetails& details);

// IBAN with spaces removed and letters upper-cased, when its ISO 13616 check
// (mod 97) holds; nothing otherwise.
std::optional<QString> normalizedIban(const QString& text);

// Saves every value that changed in one transaction (one audit entry each);
// needs the Settings capability.
Status saveShopDetails(Database& db, const ShopDetails& details);
// The shop's profile (its name...) and details saved as one form: one
// transaction, nothing saved when either is refused.
Status saveShop(Database& db, const ShopProfile& profile, const ShopDetails& details);
Result<ShopDetails> loadShopDetails(Database& db);

} // namespace kartoteka
