#pragma once

#include "accounts/Access.h"
#include "clients/Client.h"
#include "clients/CustomFields.h"
#include "import/ClientImport.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <limits>

namespace kartoteka {

// A stored client as the duplicate check knows it.
struct KnownClient
{
    QString name;
    qint64 managerId = 0;
};

// What an import reads of the base once (ClientImport::open): the lists and
// staff by name, the custom fields, and every client not archived by its
// phones, e-mails and tax ID.
struct ImportContext
{
    QString region;
    QList<CustomField> fields;
    QHash<QString, qint64> values;      // unknownValueKey(field, name) -> list item or user id
    QHash<qint64, KnownClient> clients; // every client not archived
    QHash<QString, qint64> byPhone, byEmail, byTaxId;
};

// The phones (E.164), e-mail keys and tax IDs of the rows that clients the
// person may not open already have, where a server hides those clients from
// their session (ClientRepository::takenOutOfReach). On a file they are in
// ImportContext::clients, read with the rest.
struct OutOfReachKeys
{
    QSet<QString> phones, emails, taxIds;
};
// PlannedRow::matchId of a row that repeats such a client: which one the
// server does not say.
inline constexpr qint64 kOutOfReachMatch = std::numeric_limits<qint64>::max();

// What two rows share, for messages: "phone", "e-mail", "tax ID".
QString sharedKeyTitle(const QString& matchedOn);

// Plans rows one after another: what each becomes, and which earlier row or
// stored client it repeats. Keeps the keys of the rows planned so far.
class ImportRowPlanner
{
public:
    // `phoneLabels`: the kind each phone column's header gives its numbers
    // (phoneLabelOfHeader), by column; a type column to its right says otherwise.
    ImportRowPlanner(const ImportContext& context, const ImportSettings& settings,
                     const Principal& who, QStringList phoneLabels = {});

    PlannedRow plan(const ImportRow& row);
    // The two halves of plan(): what the row itself says (its cells alone: an
    // import reads rows ahead on another thread, PlannedRowStream), and which
    // stored client or earlier row it repeats.
    PlannedRow read(const ImportRow& row);
    void match(PlannedRow& p);
    // Only notes the list values the row names (unknownValues()), without
    // planning the rest: what the CLI needs to know before it runs.
    void noteValues(const ImportRow& row);

    // Every list value the rows named that the base lacks, decided or not.
    QList<UnknownValue> unknownValues() const { return m_unknown.values(); }

    // After a row was saved as client `id` (a new one, or the one it filled):
    // later rows with its phones, e-mails or tax ID repeat that client.
    void remember(const PlannedRow& p, qint64 id);
    // What a server hides that the rows may repeat; kept by reference.
    void setOutOfReach(const OutOfReachKeys& keys) { m_outOfReach = &keys; }

private:
    void readCell(PlannedRow& p, const ColumnTarget& target, const ImportCell& cell, int column,
                  QList<int>& phoneColumns);

    static void appendLine(QString& text, const QString& line);
    static bool isListField(ImportField field);

    // A value that could not go where it was meant to: a warning, and the
    // value in the comment under its field's name, so that nothing typed is lost.
    void warn(PlannedRow& p, const char* key, const QString& message, ImportField field,
              const QString& value, const QString& fieldTitle = {});

    void readBirthday(PlannedRow& p, const ImportCell& cell);

    void readListValue(PlannedRow& p, ImportField field, const QString& text);

    void readCustomValue(PlannedRow& p, qint64 fieldId, const ImportCell& cell);

    // A "kind of phone" column names the kind of the phones of the nearest
    // phone column to its left.
    void applyPhoneTypes(const ImportRow& row, Client& client, const QList<int>& phoneColumns);

    // Whether the row's full name is its company's, as written.
    bool namesItsCompany(const ImportRow& row) const;
    // Whether two names can be of the same client (a word in common).
    static bool namesAgree(const QString& a, const QString& b);
    void checkName(PlannedRow& p, bool namesItsCompany);

    void checkPhones(PlannedRow& p);
    // A row repeating a client the server hides (setOutOfReach).
    void matchOutOfReach(PlannedRow& p) const;

private:
    const ImportContext& c;
    const ImportSettings& s;
    const Principal& m_who;
    const QStringList m_phoneLabels;
    QHash<QString, UnknownValue> m_unknown;
    QHash<QString, qint64> m_seenPhone, m_seenEmail, m_seenTax;
    QHash<qint64, QString> m_added; // clients of this import (preview: -row) by id
    const OutOfReachKeys* m_outOfReach = nullptr;
};

} // namespace kartoteka
