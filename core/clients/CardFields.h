#pragma once

#include "clients/Client.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace kartoteka {

// One single-valued field of a client's card. Either a text (`text`), an id
// of a list item, a member of staff or a company client (`id`), or the
// birthday (neither).
struct CardField
{
    QLatin1StringView name;        // stable: "last_name", "status", "birthday" (merge's --take)
    QLatin1StringView snapshotKey; // its key in a ClientSnapshot ("status_id")
    const char* title;             // untranslated; cardFieldTitle() translates it
    QString Client::*text = nullptr;
    qint64 Client::*id = nullptr;
};

// Every single-valued field of a card, in the order a card shows them.
const QList<CardField>& cardFields();
const CardField* cardFieldNamed(const QString& name);
QString cardFieldTitle(const CardField& field); // translated: "Last name"
// The field's value as text ("", an id as a number, a birthday as YYYY-MM-DD)
// and back.
QString cardFieldValue(const Client& client, const CardField& field);
void setCardFieldValue(Client& client, const CardField& field, const QString& value);
// Whether the card holds nothing in the field.
bool cardFieldEmpty(const Client& client, const CardField& field);

} // namespace kartoteka
