#pragma once

#include "clients/Client.h"
#include "storage/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kartoteka {

// Clients as vCard 3.0 (RFC 2426), one card each, for a phone or a mail
// program's address book: UTF-8, CRLF line ends, lines folded at 75 octets
// without splitting a character, and \ , ; and line breaks escaped.
QByteArray vCardOf(const QList<Client>& clients);

// Writes vCardOf(clients) to `path` whole or not at all; never over a database.
Status writeVCards(const QList<Client>& clients, const QString& path);

} // namespace kartoteka
