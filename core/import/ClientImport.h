#pragma once

#include "clients/Client.h"
#include "clients/CustomFields.h"
#include "import/ImportFields.h"
#include "import/ImportTable.h"
#include "storage/Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace kartoteka {

class Database;
struct ImportContext;
struct OutOfReachKeys;

// What happens to a row that matches an existing client (or an earlier row of
// the same file) by normalised phone, e-mail or tax ID.
enum class DuplicateAction
{
    Skip,   // leave the existing client as it is
    Fill,   // fill the existing client's empty fields from the row
    Create, // add the row as a new client anyway
};
QString duplicateActionName(DuplicateAction action); // "skip", "fill", "create"
std::optional<DuplicateAction> duplicateActionNamed(const QString& name);

// What a value of a list column (contact type, status, source, manager) that
// names nothing in the base becomes. Never created unless chosen.
struct ValueChoice
{
    enum Kind
    {
        Undecided, // the import cannot run until it is decided
        Existing,  // use the existing item `existingId`
        Create,    // add it to the list (not for managers: they are accounts)
        Empty,     // leave the field empty
    };
    Kind kind = Undecided;
    qint64 existingId = 0;
    QString text; // for Create: the name the new list item gets, as the file writes it
};

// A list value the file names that the base does not have.
struct UnknownValue
{
    ImportField field = ImportField::None; // ContactType, Status, Source or Manager
    QString text;                          // as the file first writes it
    int rows = 0;                          // how many rows name it
};
// The key of `choices` below: "status:постійний" (the field's name and the
// folded text, so that "VIP" and "vip" are one value).
QString unknownValueKey(ImportField field, const QString& text);

// How the person set the import up.
struct ImportSettings
{
    int sheet = 0;
    // The index (in ImportSheet::rows) of the row that holds the headers; the
    // rows after it are clients. -1: the file names its columns (vCard), every
    // row is a client.
    int headerRow = 0;
    QList<ColumnTarget> columns; // one per column of the sheet; shorter: the rest not imported
    DuplicateAction onDuplicate = DuplicateAction::Skip;
    QHash<int, DuplicateAction> rowActions; // by ImportRow::source: the preview's per-row changes
    QHash<QString, ValueChoice> choices;    // by unknownValueKey()
};

// A problem with one row. A row with an error is not imported; a row with
// only warnings is, without the value that did not fit (which goes into the
// comment, so that nothing typed is lost).
struct RowProblem
{
    QString key;     // stable: "import.no-name", "import.bad-date"...
    QString message; // translated, names the value
    bool skipsRow = false;
};

// One row as it will be saved.
struct PlannedRow
{
    int source = 0; // the row's place in the file (ImportRow::source)
    Client client;  // as it will be saved when new
    QList<RowProblem> problems;
    // A client already in the base, or an earlier row of the file, with the
    // same phone, e-mail or tax ID.
    qint64 matchId = 0;         // > 0: an existing client; < 0: -(source) of an earlier row
    QString matchName;          // the existing client's name (empty when not reachable)
    QString matchedOn;          // "phone" / "email" / "tax_id"
    bool matchReachable = true; // false: another manager's client, left alone
    DuplicateAction action = DuplicateAction::Create; // what the import will do
    // List values chosen to be created that the row names (unknownValueKey):
    // the run adds each to its list when the first row that uses it is saved,
    // so that no value only skipped rows use is created.
    QList<std::pair<ImportField, QString>> valuesToCreate;

    bool skipped() const;
};

struct ImportPreview
{
    QStringList headers;    // one per column: the header row's text (or the column's key)
    QList<PlannedRow> rows; // the first rows, as they will be saved
    int total = 0;          // client rows in the file
    int fresh = 0;          // new clients
    int matching = 0;       // rows matching an existing client or an earlier row
    int withProblems = 0;   // rows with any problem
    int skipped = 0;        // rows that will not be imported (errors, duplicates skipped)
    // Every list value the file names that the base lacks, decided or not.
    QList<UnknownValue> unknownValues;
};

// The unknown values no choice has been made for yet: the import waits for them.
QList<UnknownValue> undecidedValues(const QList<UnknownValue>& unknown,
                                    const ImportSettings& settings);

struct ClientImportProblem
{
    int row = 0; // ImportRow::source
    QString reason;
    bool skipped = false;
};

struct ClientImportReport
{
    qint64 batch = 0; // 0 for a dry run
    int added = 0;
    int updated = 0;
    int skipped = 0;
    QList<ClientImportProblem> problems;
};

// Called now and then while an import runs: rows done of all; false cancels.
using ImportProgress = std::function<bool(int done, int total)>;

// Turns a sheet of an import file into clients: the mapping guessed from the
// headers, the preview, and the run. Reads what it needs of the base (lists,
// staff, custom fields, every phone, e-mail and tax ID for the duplicate
// check) once, when created; use a new one after the base changed.
class ClientImport
{
public:
    static Result<std::unique_ptr<ClientImport>> open(Database& db);
    // open() in two steps, for a window: what the import reads of the base,
    // read on a worker thread through a connection of its own (a second or
    // two at 100,000 clients), then the import on the window's `db`.
    static Result<std::shared_ptr<const ImportContext>> readBase(Database& db);
    ClientImport(Database& db, std::shared_ptr<const ImportContext> base);
    // What readBase() read, for a ClientImport on another connection.
    std::shared_ptr<const ImportContext> base() const { return m; }
    // Whether preview() and run() ask the database about the clients a
    // server hides from the person (ClientRepository::hidesOthersClients):
    // then they run on the database's own thread, or on a connection of
    // their own, and not beside another user of it.
    bool asksTheDatabase() const;
    ~ClientImport();

    const QList<CustomField>& customFields() const;

    // The row that most likely holds the headers (the first of the first ten
    // with the most recognised headers), and the columns guessed from it (or
    // from the file's own column keys).
    int guessHeaderRow(const ImportSheet& sheet) const;
    QList<ColumnTarget> guessColumns(const ImportSheet& sheet, int headerRow) const;
    QStringList headers(const ImportSheet& sheet, int headerRow) const;

    // A mapping that sends two columns to a one-column field, or names a
    // custom field that does not exist: ErrorKind::Invalid, saying which.
    Status checkColumns(const QList<ColumnTarget>& columns) const;

    // The first `rows` rows as they will be saved, and the totals of all.
    Result<ImportPreview> preview(const ImportTable& table, const ImportSettings& settings,
                                  int rows = 50) const;
    // Only the preview's unknownValues: a quick pass over the list columns.
    Result<QList<UnknownValue>> unknownValues(const ImportTable& table,
                                              const ImportSettings& settings) const;

    // Imports the sheet in one transaction as a batch that can be undone
    // (ImportBatches), audited. Needs the Import capability. Refused
    // (ErrorKind::Invalid, nothing saved) while a list value is undecided
    // (preview() lists them first); ErrorKind::Cancelled
    // when `progress` says stop, and then nothing is saved. A dry run saves
    // nothing and reports what would be done.
    Result<ClientImportReport> run(const ImportTable& table, const ImportSettings& settings,
                                   const QString& fileName, bool dryRun = false,
                                   const ImportProgress& progress = {});

private:
    // The kind each phone column's header gives its numbers (phoneLabelOfHeader).
    QStringList phoneLabels(const ImportSheet& sheet, const ImportSettings& settings) const;
    // What the rows repeat of the clients a server hides from the person.
    Result<OutOfReachKeys> outOfReach(const ImportSheet& sheet,
                                      const ImportSettings& settings) const;

    Database& m_db;
    std::shared_ptr<const ImportContext> m; // what readBase() read
};

// The sheet an import offers first: the first visible one with rows (a
// workbook's first tab is sometimes a cover or a hidden list).
int defaultImportSheet(const ImportTable& table);
// The index in the sheet's rows of its first client row: after the header row.
int firstClientRow(const ImportSettings& settings);
// ErrorKind::Invalid unless the settings name a sheet of the table and a row of it.
Status checkImportSheet(const ImportTable& table, const ImportSettings& settings);

} // namespace kartoteka
