#pragma once

#include "clients/Client.h"
#include "deals/Deal.h"
#include "documents/ShopDetails.h"
#include "firstrun/ShopProfile.h"
#include "storage/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace kartoteka {

// Everything a document is made of, read beforehand (documents/Documents.h
// reads it as the signed-in person may).
struct DocumentSource
{
    ShopProfile shop;
    ShopDetails details;
    std::optional<Client> client;
    std::optional<Deal> deal;
    QString stageName;   // the deal's stage
    QString managerName; // the deal's (else the client's) manager
    QString personName;  // who makes the document
    int number = 0;      // 0: a kind without numbers
    QDate date;
    QString text; // a letter's own text ({{text}}), as typed
};

// The image sources a rendered document refers to (its HTML names them
// kDocumentLogoUrl and kDocumentSignatureUrl).
inline const QString kDocumentLogoUrl = QStringLiteral("kartoteka:logo");
inline const QString kDocumentSignatureUrl = QStringLiteral("kartoteka:signature");

// The fields a template may use, as nested maps ("client.name" is
// fields["client"]["name"]), worded in `language` ("uk", "ru", "en"): dates,
// amounts, the amount in words, the VAT line and the lines table's headings.
QVariantMap documentFields(const DocumentSource& source, const QString& language);

// The total of a document made from `deal`: its lines' sum, else its amount.
qint64 documentTotal(const Deal& deal);
// The VAT within `total` at `ratePercent` (prices include it), rounded to
// the nearest minor unit.
qint64 vatWithin(qint64 total, int ratePercent);

// A line that marks a draft's PDF (never an issued one's), in `language`:
// "ЧЕРНЕТКА — документ не видано, номер не дійсний" (a numbered kind's).
QString draftBannerHtml(const QString& language, bool numbered);

// A mailing letter's last line, in `language`: how to ask for no more
// ("reply with the word «відписатися»"), as its List-Unsubscribe header does.
QString unsubscribeHtml(const QString& language);

// `text` with the fields filled in; ErrorKind::Invalid for a broken template.
// Values are HTML-escaped ({{name}}) except in triple braces ({{{lines_table}}}).
Result<QString> fillTemplate(const QString& text, const QVariantMap& fields);

// A field offered by the editor's "Insert field" menu.
struct DocumentFieldInfo
{
    QString key;       // "client.name"
    QString title;     // translated: "Client: name"
    bool html = false; // inserted in triple braces: a picture or a table
};
QList<DocumentFieldInfo> documentFieldList();

} // namespace kartoteka
