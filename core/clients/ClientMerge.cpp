#include "clients/ClientMerge.h"

#include "clients/CardFields.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ClientMerge)
};

// The card field a --take names: its own name, or the name the export and
// the import give the same column ("address", "type").
QString mergeFieldName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"address"_s)
        return u"actual_address"_s;
    if (n == u"type"_s)
        return u"contact_type"_s;
    return name.trimmed();
}

// The card a field's value comes from, as `takes` names it; nullptr: not named.
Result<const Client*> namedCard(const QString& field, const QList<const Client*>& cards,
                                const QList<MergeTake>& takes)
{
    const Client* named = nullptr;
    for (const MergeTake& take : takes) {
        if (mergeFieldName(take.field).compare(field, Qt::CaseInsensitive) != 0)
            continue;
        named = nullptr;
        for (const Client* card : cards) {
            if (card->id == take.clientId)
                named = card;
        }
        if (!named)
            return makeError(ErrorKind::Invalid,
                             Tr::tr("Client %1 is not among the cards being merged; \"%2\" can "
                                    "only be taken from one of them.")
                                 .arg(take.clientId)
                                 .arg(take.field),
                             u"merge.take-not-merged"_s);
    }
    return named;
}

QString phoneKey(const Phone& phone)
{
    if (!phone.e164.isEmpty())
        return phone.e164;
    QString digits;
    for (const QChar c : phone.raw) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

} // namespace

Result<MergeTake> mergeTakeFromText(const QString& text)
{
    const qsizetype equals = text.lastIndexOf(u'=');
    bool ok = false;
    const qint64 id = equals > 0 ? text.mid(equals + 1).trimmed().toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("\"%1\" does not say FIELD=CLIENT_ID (for example status=12).").arg(text),
            u"merge.take-format"_s);
    return MergeTake{text.left(equals).trimmed(), id};
}

Result<Client> mergedCard(const Client& kept, const QList<Client>& others,
                          const QList<MergeTake>& takes, const QList<CustomField>& customFields)
{
    QList<const Client*> cards{&kept};
    for (const Client& other : others)
        cards.append(&other);

    for (const MergeTake& take : takes) {
        const bool known =
            cardFieldNamed(mergeFieldName(take.field)) != nullptr ||
            std::any_of(customFields.cbegin(), customFields.cend(), [&](const CustomField& field) {
                return field.name.compare(take.field.trimmed(), Qt::CaseInsensitive) == 0;
            });
        if (!known) {
            QStringList names;
            for (const CardField& field : cardFields())
                names.append(QString(field.name));
            for (const CustomField& field : customFields)
                names.append(field.name);
            return makeError(ErrorKind::Invalid,
                             Tr::tr("A card has no field \"%1\". The fields: %2.")
                                 .arg(take.field, names.join(u", "_s)),
                             u"merge.unknown-field"_s);
        }
    }

    Client merged = kept;
    const Client* companyNamedBy = nullptr; // the link to a company follows its name
    for (const CardField& field : cardFields()) {
        Result<const Client*> named = namedCard(QString(field.name), cards, takes);
        if (!named)
            return named.error();
        if (!*named && field.id == &Client::companyId)
            *named = companyNamedBy;
        // A card named for a field it leaves empty gives nothing: the rule decides.
        if (*named && !cardFieldEmpty(**named, field)) {
            setCardFieldValue(merged, field, cardFieldValue(**named, field));
            if (field.text == &Client::companyName)
                companyNamedBy = *named;
            continue;
        }
        if (field.text == &Client::comment) {
            QStringList comments;
            for (const Client* card : cards) {
                const QString comment = card->comment.trimmed();
                if (!comment.isEmpty() && !comments.contains(comment))
                    comments.append(comment);
            }
            merged.comment = comments.join(u"\n\n"_s);
            continue;
        }
        if (!cardFieldEmpty(merged, field))
            continue;
        for (const Client& other : others) {
            if (!cardFieldEmpty(other, field)) {
                setCardFieldValue(merged, field, cardFieldValue(other, field));
                break;
            }
        }
    }

    for (const CustomField& field : customFields) {
        Result<const Client*> named = namedCard(field.name, cards, takes);
        if (!named)
            return named.error();
        if (*named && !(*named)->fieldValues.value(field.id).isEmpty()) {
            merged.fieldValues.insert(field.id, (*named)->fieldValues.value(field.id));
            continue;
        }
        if (!merged.fieldValues.value(field.id).isEmpty())
            continue;
        for (const Client& other : others) {
            if (const QString value = other.fieldValues.value(field.id); !value.isEmpty()) {
                merged.fieldValues.insert(field.id, value);
                break;
            }
        }
    }

    QSet<QString> phones, emails, links, tags;
    for (const Phone& phone : kept.phones)
        phones.insert(phoneKey(phone));
    for (const Email& email : kept.emails)
        emails.insert(email.address.trimmed().toLower());
    for (const Link& link : kept.links)
        links.insert(link.kind + u' ' + link.value.trimmed().toLower());
    for (const QString& tag : kept.tags)
        tags.insert(tag.trimmed().toLower());
    for (const Client& other : others) {
        for (const Phone& phone : other.phones) {
            if (!phones.contains(phoneKey(phone))) {
                phones.insert(phoneKey(phone));
                merged.phones.append(phone);
            }
        }
        for (const Email& email : other.emails) {
            if (!emails.contains(email.address.trimmed().toLower())) {
                emails.insert(email.address.trimmed().toLower());
                merged.emails.append(email);
            }
        }
        for (const Link& link : other.links) {
            const QString key = link.kind + u' ' + link.value.trimmed().toLower();
            if (!links.contains(key)) {
                links.insert(key);
                merged.links.append(link);
            }
        }
        for (const QString& tag : other.tags) {
            if (!tags.contains(tag.trimmed().toLower())) {
                tags.insert(tag.trimmed().toLower());
                merged.tags.append(tag);
            }
        }
    }
    return merged;
}

} // namespace kartoteka
