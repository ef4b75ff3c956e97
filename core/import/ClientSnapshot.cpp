#include "import/ClientSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// The card's text fields by their JSON names.
struct TextField
{
    QLatin1StringView name;
    QString Client::*member;
};

constexpr TextField kTextFields[] = {
    {"last_name"_L1, &Client::lastName},
    {"first_name"_L1, &Client::firstName},
    {"middle_name"_L1, &Client::middleName},
    {"company_name"_L1, &Client::companyName},
    {"gender"_L1, &Client::gender},
    {"occupation"_L1, &Client::occupation},
    {"job_title"_L1, &Client::jobTitle},
    {"tax_id"_L1, &Client::taxId},
    {"bank_name"_L1, &Client::bankName},
    {"bank_account"_L1, &Client::bankAccount},
    {"bank_code"_L1, &Client::bankCode},
    {"preferred_channel"_L1, &Client::preferredChannel},
    {"delivery_address"_L1, &Client::deliveryAddress},
    {"actual_address"_L1, &Client::actualAddress},
    {"comment"_L1, &Client::comment},
};

struct IdField
{
    QLatin1StringView name;
    qint64 Client::*member;
};

constexpr IdField kIdFields[] = {
    {"company_id"_L1, &Client::companyId}, {"contact_type_id"_L1, &Client::contactTypeId},
    {"status_id"_L1, &Client::statusId},   {"source_id"_L1, &Client::sourceId},
    {"manager_id"_L1, &Client::managerId},
};

QJsonArray pairs(const QList<std::pair<QString, QString>>& items)
{
    QJsonArray array;
    for (const auto& [first, second] : items)
        array.append(QJsonArray{first, second});
    return array;
}

QList<std::pair<QString, QString>> pairsOf(const QJsonValue& value)
{
    QList<std::pair<QString, QString>> items;
    for (const QJsonValue& item : value.toArray())
        items.append({item.toArray().at(0).toString(), item.toArray().at(1).toString()});
    return items;
}

} // namespace

QByteArray clientSnapshot(const Client& client)
{
    QJsonObject o;
    o[u"kind"_s] = client.kind == ClientKind::Company ? u"company"_s : u"person"_s;
    for (const TextField& field : kTextFields)
        o[field.name] = client.*field.member;
    for (const IdField& field : kIdFields)
        o[field.name] = QString::number(client.*field.member);
    o[u"birthday"_s] =
        client.birthday.isValid() ? client.birthday.toString(Qt::ISODate) : QString();
    QList<std::pair<QString, QString>> phones, emails, links, values;
    for (const Phone& phone : client.phones)
        phones.append({phone.label, phone.raw});
    for (const Email& email : client.emails)
        emails.append({email.label, email.address});
    for (const Link& link : client.links)
        links.append({link.kind, link.value});
    for (auto it = client.fieldValues.cbegin(); it != client.fieldValues.cend(); ++it)
        values.append({QString::number(it.key()), it.value()});
    o[u"phones"_s] = pairs(phones);
    o[u"emails"_s] = pairs(emails);
    o[u"links"_s] = pairs(links);
    o[u"values"_s] = pairs(values);
    o[u"tags"_s] = QJsonArray::fromStringList(client.tags);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool restoreClientSnapshot(const QByteArray& snapshot, Client& into)
{
    const QJsonDocument document = QJsonDocument::fromJson(snapshot);
    if (!document.isObject())
        return false;
    const QJsonObject o = document.object();
    into.kind = o[u"kind"_s].toString() == u"company"_s ? ClientKind::Company : ClientKind::Person;
    for (const TextField& field : kTextFields)
        into.*field.member = o[field.name].toString();
    for (const IdField& field : kIdFields)
        into.*field.member = o[field.name].toString().toLongLong();
    into.birthday = QDate::fromString(o[u"birthday"_s].toString(), Qt::ISODate);
    into.phones.clear();
    for (const auto& [label, raw] : pairsOf(o[u"phones"_s]))
        into.phones.append({label, raw, {}});
    into.emails.clear();
    for (const auto& [label, address] : pairsOf(o[u"emails"_s]))
        into.emails.append({label, address});
    into.links.clear();
    for (const auto& [kind, value] : pairsOf(o[u"links"_s]))
        into.links.append({kind, value});
    into.fieldValues.clear();
    for (const auto& [id, value] : pairsOf(o[u"values"_s]))
        into.fieldValues.insert(id.toLongLong(), value);
    into.tags.clear();
    for (const QJsonValue& tag : o[u"tags"_s].toArray())
        into.tags.append(tag.toString());
    return true;
}

} // namespace kartoteka
