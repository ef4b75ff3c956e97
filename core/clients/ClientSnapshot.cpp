#include "clients/ClientSnapshot.h"

#include "clients/CardFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

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
    // Ids as numbers in text ("0" for none), as the first snapshots were written.
    for (const CardField& field : cardFields())
        o[field.snapshotKey] =
            field.id ? QString::number(client.*field.id) : cardFieldValue(client, field);
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
    for (const CardField& field : cardFields())
        setCardFieldValue(into, field, o[field.snapshotKey].toString());
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
