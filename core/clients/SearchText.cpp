#include "clients/SearchText.h"

#include "clients/PhoneNumbers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// A double-quoted FTS5 string: the query syntax never sees the person's
// operators, quotes or parentheses.
QString ftsString(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

bool isPhoneLike(const QString& text)
{
    static const QRegularExpression phone(u"^[\\d\\s+()\\-.]+$"_s);
    return phone.match(text).hasMatch();
}

} // namespace

QString foldText(const QString& text)
{
    QString folded = text.toLower();
    folded.replace(u'ё', u'е');
    return folded;
}

QString sortKeyOf(const QString& displayName)
{
    // U+04FF (the last Cyrillic letter) sorts above every letter of the
    // Russian and Ukrainian alphabets: "г\u04FF" comes after "гя", before "д".
    const QChar last(0x04FF);
    QString key;
    const QString folded = foldText(displayName.simplified());
    key.reserve(folded.size() + 5);
    // The shop's own alphabet first: Cyrillic names, then Latin and the rest.
    const auto firstLetter =
        std::find_if(folded.begin(), folded.end(), [](QChar c) { return c.isLetter(); });
    key += firstLetter != folded.end() && firstLetter->script() == QChar::Script_Cyrillic ? u'1'
                                                                                          : u'2';
    for (QChar c : folded) {
        switch (c.unicode()) {
        case u'ґ':
            key += u'г';
            key += last;
            break;
        case u'є':
            key += u'е';
            key += last;
            break;
        case u'і':
            key += u'и';
            key += last;
            break;
        case u'ї':
            key += u'и';
            key += last;
            key += last;
            break;
        default:
            key += c;
        }
    }
    return key;
}

QString searchWordsOf(const Client& client)
{
    QStringList parts{client.lastName, client.firstName, client.middleName, client.companyName,
                      client.taxId};
    for (const Email& email : client.emails)
        parts.append(email.address);
    // Custom values are searchable too ("gold card", a card number).
    for (const QString& value : client.fieldValues)
        parts.append(value);
    parts.removeAll(QString());
    return foldText(parts.join(u' '));
}

QString searchGramsOf(const Client& client, const QStringList& phoneSearchDigits)
{
    QStringList parts = phoneSearchDigits;
    for (const Email& email : client.emails)
        parts.append(email.address);
    parts.append(client.taxId);
    parts.removeAll(QString());
    return foldText(parts.join(u' '));
}

SearchQuery parseSearch(const QString& text)
{
    SearchQuery query;
    const QString folded = foldText(text).simplified();
    if (folded.isEmpty())
        return query;
    if (isPhoneLike(folded)) {
        // "050 12", "+380 (50) 123": one number typed with separators.
        const QString digits = digitsOf(folded);
        if (digits.isEmpty())
            return query;
        if (digits.size() >= 3) {
            query.grams = ftsString(digits);
            query.digits.append(digits);
            query.fragments.append(digits);
        } else {
            query.words = ftsString(digits) + u'*';
            query.prefixes.append(digits);
        }
        return query;
    }
    QStringList words;
    QStringList grams;
    for (const QString& token : folded.split(u' ', Qt::SkipEmptyParts)) {
        // "«", "—", "№" alone: the index has no word for them, and a phrase
        // of no word matched nothing ("ТОВ «" found no company at all).
        if (std::none_of(token.begin(), token.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        const bool hasLetter =
            std::any_of(token.begin(), token.end(), [](QChar c) { return c.isLetter(); });
        if (!hasLetter && token.size() >= 3) {
            const QString digits = digitsOf(token);
            grams.append(ftsString(digits.isEmpty() ? token : digits));
            query.fragments.append(digits.isEmpty() ? token : digits);
            if (digits.size() >= 3)
                query.digits.append(digits);
            continue;
        }
        words.append(ftsString(token) + u'*');
        query.prefixes.append(token);
        // "petrov@gm" is also a substring of the address, not only a prefix.
        if (token.contains(u'@') && token.size() >= 3) {
            grams.append(ftsString(token));
            query.fragments.append(token);
        }
    }
    query.words = words.join(u" AND "_s);
    query.grams = grams.join(u" AND "_s);
    // An e-mail fragment matched as a substring needs no prefix condition too.
    if (!query.grams.isEmpty() && words.size() == 1 && folded.contains(u'@')) {
        query.words.clear();
        query.prefixes.clear();
    }
    return query;
}

QString serverSearchWords(const QString& words)
{
    QString spaced = words;
    for (QChar& c : spaced) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    return u' ' + spaced.simplified();
}

namespace {

// `text` as a LIKE pattern's literal part: its wildcards and escape escaped.
QString likeLiteral(const QString& text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

// The search's patterns as the two JSON arrays the server's functions take.
void appendServerPatterns(const SearchQuery& query, QVariantList& args)
{
    QJsonArray words, grams;
    for (const QString& prefix : query.prefixes)
        words.append(QString(u'%' + likeLiteral(serverSearchWords(prefix)) + u'%'));
    for (const QString& fragment : query.fragments)
        grams.append(QString(u'%' + likeLiteral(fragment) + u'%'));
    args << QString::fromUtf8(QJsonDocument(words).toJson(QJsonDocument::Compact))
         << QString::fromUtf8(QJsonDocument(grams).toJson(QJsonDocument::Compact));
}

} // namespace

QString serverSearchMatch(const SearchQuery& query, const QString& alias, QVariantList& args)
{
    appendServerPatterns(query, args);
    return u"%1.id IN (SELECT kartoteka_search(CAST(? AS jsonb), CAST(? AS jsonb)))"_s.arg(alias);
}

QString serverSearchPageMatch(const SearchQuery& query, const SearchPage& page,
                              const QString& alias, QVariantList& args)
{
    appendServerPatterns(query, args);
    args << (page.archived ? 1 : 0) << page.descending << page.afterSortKey << page.afterId
         << page.limit
         << (page.managerId > 0 ? QVariant(page.managerId)
                                : QVariant(QMetaType::fromType<qint64>()))
         << page.withUnassigned;
    return u"%1.id IN (SELECT kartoteka_search_page(CAST(? AS jsonb), CAST(? AS jsonb), "
           u"CAST(? AS bigint), CAST(? AS boolean), CAST(? AS text), CAST(? AS bigint), "
           u"CAST(? AS integer), CAST(? AS bigint), CAST(? AS boolean)))"_s.arg(alias);
}

} // namespace kartoteka
