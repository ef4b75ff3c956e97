#pragma once

#include "clients/Client.h"

#include <QByteArray>

namespace kartoteka {

// A client's card as JSON, kept by an import for each client it filled so
// that undoing the import puts the card back as it was. Everything a card
// holds that an import can fill; the id, version and timestamps are the
// stored client's own and are not kept.
QByteArray clientSnapshot(const Client& client);
// The card a snapshot holds, over `into` (which keeps its id and version);
// false when the text is not a snapshot.
bool restoreClientSnapshot(const QByteArray& snapshot, Client& into);

} // namespace kartoteka
