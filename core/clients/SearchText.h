#pragma once

#include "clients/Client.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace kartoteka {

// SQLite folds only ASCII case; FTS5's unicode61 folds Cyrillic but knows
// nothing of ё = е. Both the stored text and the query go through foldText.
QString foldText(const QString& text);

// The list's sort order as plain binary text order, which keyset paging needs:
// Cyrillic names before Latin ones, folded, with Ukrainian ґ є і ї placed after
// г е и і as the alphabet has them.
QString sortKeyOf(const QString& displayName);

// The text of the word index (names, company, e-mails, tax ID) and of the
// trigram index (phone digits, e-mails, tax ID) for one client.
QString searchWordsOf(const Client& client);
QString searchGramsOf(const Client& client, const QStringList& phoneSearchDigits);

// A person's query turned into FTS5 match expressions (for bound parameters).
// Words become prefix phrases ("ivan.pe" matches ivan.petrov@...); digit runs
// of 3 or more and e-mail-like fragments become substring (trigram) matches;
// digits spread over several tokens ("050 12") are joined.
struct SearchQuery
{
    QString words; // for client_words; empty: no condition
    QString grams; // for client_grams; empty: no condition
    // The digit runs matched as phone digits: the list shows the phone they
    // matched rather than the first one.
    QStringList digits;
    // The same conditions as folded text, for a server's search
    // (serverSearchMatch): word prefixes and substrings.
    QStringList prefixes;
    QStringList fragments;
    bool isEmpty() const { return words.isEmpty() && grams.isEmpty(); }
};
SearchQuery parseSearch(const QString& text);

// A server keeps the word index's text with every word after a space and
// punctuation made a space (as FTS5 splits "ivan.petrov@gmail.com" into
// words): a prefix of any word, or of a run of words ("ivan.pe"), is then
// LIKE '% prefix%'.
QString serverSearchWords(const QString& words);

// The condition on clients (aliased `alias`) that a server's search puts
// where a file's uses its FTS5 indexes, with the values it binds: the ids
// kartoteka_search() finds in client_search with its trigram indexes, within
// the session's reach (postgresql/0020_server_roles.sql says why a function).
QString serverSearchMatch(const SearchQuery& query, const QString& alias, QVariantList& args);

// One page of a name-ordered list's search on a server, where nothing but
// the search narrows it: the same condition, met by the ids of that page
// alone, which kartoteka_search_page() finds in the list's order
// (postgresql/0021_server_search_pages.sql). `afterId` 0: from the start.
struct SearchPage
{
    bool archived = false;
    bool descending = false;
    QString afterSortKey;
    qint64 afterId = 0;
    int limit = 100;
    // The program's reach (accounts/Access.h clientScope), which the page
    // must keep to as the list's condition does: 0 for everyone's clients.
    qint64 managerId = 0;
    bool withUnassigned = false;
};
QString serverSearchPageMatch(const SearchQuery& query, const SearchPage& page,
                              const QString& alias, QVariantList& args);

} // namespace kartoteka
