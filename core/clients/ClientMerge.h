#pragma once

#include "clients/Client.h"
#include "clients/CustomFields.h"
#include "storage/Result.h"

#include <QList>
#include <QString>

namespace kartoteka {

// A merge's choice for one field: the card whose value it takes. `field` is
// a card field's name (CardFields.h; "address" and "type" as the export
// names them are understood too; phones are not one, they are all kept) or
// a custom field's name. A card that leaves the field empty gives nothing.
struct MergeTake
{
    QString field;
    qint64 clientId = 0;
};

// "status=12" -> {"status", 12}; ErrorKind::Invalid for anything else.
Result<MergeTake> mergeTakeFromText(const QString& text);

// The card that stays when `others` are merged into `kept`: kept's id,
// version and kind, and for every field the value of the card `takes` names
// for it; a field not named keeps kept's value or, when kept has none, the
// first other card's that has one. Comments not named are joined, each once.
// Phones, e-mails, links and tags of all the cards are kept, each once (a
// phone by its number, an e-mail in any case). ErrorKind::Invalid for a
// field that does not exist or a card that is not in the merge.
Result<Client> mergedCard(const Client& kept, const QList<Client>& others,
                          const QList<MergeTake>& takes, const QList<CustomField>& customFields);

} // namespace kartoteka
