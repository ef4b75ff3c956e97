#pragma once

#include <QString>
#include <QtGlobal>

namespace kartoteka {

struct ClientRow;
struct Principal;

// How the client on the card was reached, as far as logging a call cares.
// The phone rings, the person types part of the number, finds the caller and
// presses Call: that call came in. A call logged from a card reached any other
// way (a report, the board, a link, the list without a search) is one the
// person is making.
class CallOrigin
{
public:
    // The search text changed: a search with text means the next card shown
    // was found by it; an empty search is browsing.
    void searchChanged(const QString& text);
    // The card was opened from elsewhere (a link, a report, the board, a new client).
    void openedElsewhere();
    // A call was logged: it answered the search, and the next one is the person's own.
    void callLogged();

    bool foundBySearch() const { return m_foundBySearch; }
    // "in" or "out", the values Interaction::direction holds.
    QString newCallDirection() const;

private:
    bool m_foundBySearch = false;
};

// "in" right after a search, "out" otherwise.
QString newCallDirection(bool foundBySearch);

// The manager a new client or deal starts with: the person signed in, so what
// they create is theirs unless they choose someone else; nobody when the
// program itself works (tests, maintenance, a database without accounts).
qint64 defaultManagerId(const Principal& who);

// A client as a picker lists them: the name, then the company and the phone,
// so that two clients of the same name are told apart.
QString clientPickerText(const ClientRow& row);

} // namespace kartoteka
