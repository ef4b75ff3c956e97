#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace kartoteka {

enum class ClientKind
{
    Person,
    Company
};

struct Phone
{
    QString label; // "mobile", "work"...
    QString raw;   // as typed
    QString e164;  // +380501234567, empty when it could not be parsed
};

struct Email
{
    QString label;
    QString address;
};

struct Link
{
    QString kind; // website, telegram, viber, whatsapp, instagram, facebook, other
    QString value;
};

struct Client
{
    qint64 id = 0; // 0: not saved yet
    qint64 version = 0;
    ClientKind kind = ClientKind::Person;
    QString lastName;
    QString firstName;
    QString middleName;
    QString companyName;
    qint64 companyId = 0; // a person's company (a client of kind Company)
    QDate birthday;
    QString gender; // "", "female", "male"
    QString occupation;
    QString jobTitle;
    QString taxId;
    QString bankName;
    QString bankAccount;
    QString bankCode;
    qint64 contactTypeId = 0;
    qint64 statusId = 0;
    qint64 sourceId = 0;
    QString preferredChannel;
    qint64 managerId = 0;
    QString deliveryAddress;
    QString actualAddress;
    QString comment;
    // How often they should hear from the shop: none as their contact type
    // says (contact_type_habits), 0 not kept, N every N days.
    std::optional<int> contactEveryDays;
    QList<Phone> phones;
    QList<Email> emails;
    QList<Link> links;
    QStringList tags;
    QMap<qint64, QString> fieldValues; // custom field id -> stored value
    bool archived = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    // "Last First Middle" for a person (or the company name when no name is
    // given), the company name for a company.
    QString displayName() const;
};

// One row of the client list: what the list shows, nothing more.
struct ClientRow
{
    qint64 id = 0;
    QString displayName;
    QString sortKey;
    QString sortValue; // the sorted column's value, for the next page's keyset
    QString companyName;
    // The first phone, or the one a search by digits matched: formatted, or as
    // stored (E.164) when the query asked for ClientListQuery::phonesAsStored.
    QString phone;
    QString email; // the first e-mail
    QString status;
    QString manager;
};

// What a mailing needs of a client: how to reach them.
struct ClientContacts
{
    QStringList emails; // as written on the card
    QStringList phones; // parsed (E.164) only
};

enum class InteractionKind
{
    Note,
    Call,
    Email,
    Meeting,
    Message,
    Purchase
};
QString interactionKindName(InteractionKind kind); // "note", "call"...
std::optional<InteractionKind> interactionKindFromName(const QString& name);
QString interactionKindDisplayName(InteractionKind kind);

struct Interaction
{
    qint64 id = 0;
    qint64 version = 0;
    qint64 clientId = 0;
    InteractionKind kind = InteractionKind::Note;
    QDateTime occurredAt; // UTC
    QString direction;    // calls and messages: "in" / "out"
    int durationSeconds = 0;
    QString result;
    QString text;
    qint64 amountMinor = 0; // purchases
    QString currency;
    QString createdBy;
};

// The figures on a card's header.
struct ClientStats
{
    // Sales, as the reports count them (PurchaseStats.h): won deals and
    // purchase entries (sales without a deal), each sale once. Said as
    // "sales", not "purchases": a card that read "Purchases: 2" after one
    // purchase entry and one won deal looked like a double count.
    int sales = 0;
    int wonDeals = 0; // of the sales
    qint64 totalMinor = 0;
    qint64 averageMinor = 0;
    QString currency;
    QDate lastPurchase;
    QDate lastContact;
};

} // namespace kartoteka
