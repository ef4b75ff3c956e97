// clients import, imports list|undo: bringing a shop's existing base in from scripts.
#include "CliContext.h"

#include "accounts/Access.h"
#include "clients/Lists.h"
#include "import/ClientImport.h"
#include "import/ImportBatches.h"
#include "import/ImportFiles.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kartoteka::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::cli)
};

// The column a --map names: its header (as the file writes it, any case) or
// its letter (A, B, ... AA).
int columnNamed(const QString& name, const QStringList& headers)
{
    for (int i = 0; i < headers.size(); ++i) {
        if (headers[i].trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    const QString letters = name.trimmed().toUpper();
    if (letters.isEmpty() || letters.size() > 3)
        return -1;
    int column = 0;
    for (const QChar c : letters) {
        if (c < u'A' || c > u'Z')
            return -1;
        column = column * 26 + (c.unicode() - u'A' + 1);
    }
    return column - 1 < headers.size() ? column - 1 : -1;
}

// --value "status:VIP=Regular" (use an existing value), "status:VIP=+" (create
// it), "status:VIP=-" (leave the field empty).
Status applyValueChoice(const QString& spec, Database& db, QHash<QString, ValueChoice>& choices)
{
    const qsizetype colon = spec.indexOf(u':');
    const qsizetype equals = spec.lastIndexOf(u'=');
    const std::optional<ColumnTarget> target =
        colon > 0 ? columnTargetNamed(spec.left(colon), {}) : std::nullopt;
    const bool isList =
        target &&
        (target->field == ImportField::ContactType || target->field == ImportField::Status ||
         target->field == ImportField::Source || target->field == ImportField::Manager);
    if (!isList || equals < colon)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("--value is FIELD:VALUE=EXISTING, FIELD:VALUE=+ (create it) or "
                                "FIELD:VALUE=- (leave empty); FIELD is contact_type, status, "
                                "source or manager. Not \"%1\".")
                             .arg(spec));
    const QString value = spec.mid(colon + 1, equals - colon - 1);
    const QString to = spec.mid(equals + 1).trimmed();
    ValueChoice choice;
    if (to == u"+"_s) {
        choice.kind = ValueChoice::Create;
        choice.text = value.simplified();
    } else if (to == u"-"_s) {
        choice.kind = ValueChoice::Empty;
    } else {
        Lists lists(db);
        Result<qint64> id = target->field == ImportField::Manager
                                ? lists.userIdOf(to)
                                : lists.idOf(importListOf(target->field), to);
        if (!id)
            return id.error();
        choice = {ValueChoice::Existing, *id};
    }
    choices.insert(unknownValueKey(target->field, value), choice);
    return Status::success();
}

QJsonArray problemsJson(const QList<ClientImportProblem>& problems)
{
    QJsonArray array;
    for (const ClientImportProblem& p : problems)
        array.append(
            QJsonObject{{u"row"_s, p.row}, {u"reason"_s, p.reason}, {u"skipped"_s, p.skipped}});
    return array;
}

int clientsImport(const CliContext& context)
{
    const QString path = context.arguments.value(1);
    if (path.isEmpty())
        return context.fail(Tr::tr("Use: clients import FILE [--sheet NAME] [--map "
                                   "\"COLUMN=field\"]... [--encoding E] [--on-duplicate "
                                   "skip|fill|create] [--dry-run]. See --help."));
    // Refused before the file is read: a manager learns they may not, not what the file holds.
    if (Status s = require(context.principal, Capability::Import); !s)
        return context.fail(s.error());
    const std::optional<TextEncoding> encoding = textEncodingNamed(context.option(u"encoding"_s));
    if (!encoding)
        return context.fail(Tr::tr("--encoding is utf-8, windows-1251, utf-16le or utf-16be, "
                                   "not \"%1\".")
                                .arg(context.option(u"encoding"_s)));
    ImportSettings settings;
    if (context.has(u"on-duplicate"_s)) {
        const std::optional<DuplicateAction> action =
            duplicateActionNamed(context.option(u"on-duplicate"_s));
        if (!action)
            return context.fail(Tr::tr("--on-duplicate is skip, fill or create, not \"%1\".")
                                    .arg(context.option(u"on-duplicate"_s)));
        settings.onDuplicate = *action;
    }
    const QString newValues = context.option(u"new-values"_s).trimmed();
    if (context.has(u"new-values"_s) && newValues != u"create"_s && newValues != u"empty"_s)
        return context.fail(Tr::tr("--new-values is create or empty, not \"%1\".").arg(newValues));

    Result<ImportTable> table = readImportFile(path, *encoding);
    if (!table)
        return context.fail(table.error());
    if (context.has(u"sheet"_s)) {
        const QString name = context.option(u"sheet"_s).trimmed();
        settings.sheet = -1;
        for (int i = 0; i < table->sheets.size(); ++i) {
            if (table->sheets[i].name.compare(name, Qt::CaseInsensitive) == 0)
                settings.sheet = i;
        }
        if (settings.sheet < 0) {
            QStringList names;
            for (const ImportSheet& sheet : table->sheets)
                names.append(sheet.name);
            if (table->sheets.size() == 1 && !path.endsWith(u".xlsx"_s, Qt::CaseInsensitive))
                return context.fail(Tr::tr("Only an Excel workbook has sheets; leave out --sheet "
                                           "for %1.")
                                        .arg(QFileInfo(path).fileName()));
            return context.fail(Tr::tr("The file has no sheet \"%1\"; its sheets: %2.")
                                    .arg(name, names.join(u", "_s)));
        }
    } else {
        settings.sheet = defaultImportSheet(*table);
    }
    if (table->sheets.isEmpty() || table->sheets[settings.sheet].rows.isEmpty())
        return context.fail(Tr::tr("%1 holds no rows to import.").arg(QFileInfo(path).fileName()));

    Result<std::unique_ptr<Database>> db = openDatabase(context.openOptions());
    if (!db)
        return context.fail(db.error());
    Result<std::unique_ptr<ClientImport>> import = ClientImport::open(**db);
    if (!import)
        return context.fail(import.error());
    const ImportSheet& sheet = table->sheets[settings.sheet];
    if (context.has(u"header-row"_s)) {
        // The row's number as the spreadsheet shows it: empty rows count.
        Result<qint64> row = context.number(u"header-row"_s, 0, 100000000);
        if (!row)
            return context.fail(row.error());
        settings.headerRow = -1; // 0: the file has no header row
        for (int i = 0; i < sheet.rows.size() && *row > 0; ++i) {
            if (sheet.rows[i].source == *row)
                settings.headerRow = i;
        }
        if (*row > 0 && settings.headerRow < 0)
            return context.fail(makeError(
                ErrorKind::Invalid,
                Tr::tr("Row %1 of the sheet is empty or past its end: give the number of the row "
                       "that holds the headers, or 0 when there is none.")
                    .arg(*row)));
    } else {
        settings.headerRow = (*import)->guessHeaderRow(sheet);
    }
    settings.columns = (*import)->guessColumns(sheet, settings.headerRow);
    const QStringList headers = (*import)->headers(sheet, settings.headerRow);
    for (const QString& map : context.options(u"map"_s)) {
        const qsizetype equals = map.lastIndexOf(u'=');
        const int column = equals > 0 ? columnNamed(map.left(equals), headers) : -1;
        const std::optional<ColumnTarget> target =
            equals > 0 ? columnTargetNamed(map.mid(equals + 1), (*import)->customFields())
                       : std::nullopt;
        if (equals > 0 && column < 0) {
            QStringList named;
            for (const QString& header : headers) {
                if (!header.trimmed().isEmpty())
                    named.append(u"\"%1\""_s.arg(header.trimmed()));
            }
            return context.fail(Tr::tr("The file has no column \"%1\"; name a column by its "
                                       "header (%2) or its letter (A, B, ...).")
                                    .arg(map.left(equals), named.join(u", "_s)));
        }
        if (column < 0 || !target)
            return context.fail(Tr::tr("--map is \"COLUMN=field\": COLUMN a header of the file "
                                       "or a column letter, field one of %1 or custom:NAME. Not "
                                       "\"%2\".")
                                    .arg(
                                        [] {
                                            QStringList names;
                                            for (ImportField f : importFields()) {
                                                if (f != ImportField::Custom)
                                                    names.append(importFieldName(f));
                                            }
                                            return names.join(u", "_s);
                                        }(),
                                        map));
        while (settings.columns.size() <= column)
            settings.columns.append(ColumnTarget{});
        settings.columns[column] = *target;
    }
    for (const QString& spec : context.options(u"value"_s)) {
        if (Status s = applyValueChoice(spec, **db, settings.choices); !s)
            return context.fail(s.error());
    }
    QList<UnknownValue> managersLeft; // named by the file, without an account here
    Result<QList<UnknownValue>> unknown = (*import)->unknownValues(*table, settings);
    if (!unknown && unknown.error().detail == u"import.no-name-column"_s) {
        // A title or a notes sheet first: the clients are on another one.
        QStringList others;
        for (int i = 0; i < table->sheets.size(); ++i) {
            if (i != settings.sheet)
                others.append(u"\"%1\""_s.arg(table->sheets[i].name));
        }
        Error error = unknown.error();
        error.message += u' ' + (others.isEmpty() || context.has(u"sheet"_s)
                                     ? Tr::tr("Name it with --map \"COLUMN=full_name\".")
                                     : Tr::tr("Name it with --map \"COLUMN=full_name\", or "
                                              "choose another sheet with --sheet NAME: %1.")
                                           .arg(others.join(u", "_s)));
        return context.fail(error);
    }
    if (!unknown)
        return context.fail(unknown.error());
    if (const QList<UnknownValue> undecided = undecidedValues(*unknown, settings);
        !undecided.isEmpty()) {
        if (newValues.isEmpty()) {
            QStringList names;
            for (const UnknownValue& value : undecided)
                names.append(u"%1:%2 (%3)"_s.arg(importFieldName(value.field), value.text)
                                 .arg(Tr::tr("%n row(s)", nullptr, value.rows)));
            return context.fail(makeError(
                ErrorKind::Invalid,
                Tr::tr("The file names values the base does not have: %1. Say what each becomes "
                       "with --value \"FIELD:VALUE=EXISTING\" (or =+ to create it, =- to leave "
                       "the field empty), or --new-values create|empty for all.")
                    .arg(names.join(u", "_s)),
                u"import.unknown-values"_s));
        }
        for (const UnknownValue& value : undecided) {
            // Managers are accounts: never created by an import, and said so.
            const bool create = newValues == u"create"_s && value.field != ImportField::Manager;
            if (newValues == u"create"_s && value.field == ImportField::Manager)
                managersLeft.append(value);
            settings.choices.insert(
                unknownValueKey(value.field, value.text),
                {create ? ValueChoice::Create : ValueChoice::Empty, 0, value.text});
        }
    }
    const bool dryRun = context.has(u"dry-run"_s);
    Result<ClientImportReport> report =
        (*import)->run(*table, settings, QFileInfo(path).fileName(), dryRun);
    if (!report)
        return context.fail(report.error());

    QStringList lines;
    lines.append(dryRun ? Tr::tr("Dry run of %1: %2 would be added, %3 updated, %4 skipped.")
                              .arg(QFileInfo(path).fileName())
                              .arg(report->added)
                              .arg(report->updated)
                              .arg(report->skipped)
                 : report->added + report->updated == 0
                     ? Tr::tr("Import %1 of %2: nothing added or updated, %3 skipped.")
                           .arg(report->batch)
                           .arg(QFileInfo(path).fileName())
                           .arg(report->skipped)
                     : Tr::tr("Import %1 of %2: %3 added, %4 updated, %5 skipped. Undo it "
                              "with: imports undo %1")
                           .arg(report->batch)
                           .arg(QFileInfo(path).fileName())
                           .arg(report->added)
                           .arg(report->updated)
                           .arg(report->skipped));
    QJsonArray managersJson;
    for (const UnknownValue& manager : managersLeft) {
        lines.append(Tr::tr("No account is called \"%1\": %2 left without a manager (add the "
                            "account and import again with --on-duplicate fill to give them "
                            "one).")
                         .arg(manager.text, Tr::tr("%n row(s)", nullptr, manager.rows)));
        managersJson.append(manager.text);
    }
    for (const ClientImportProblem& problem : report->problems)
        lines.append(Tr::tr("row %1: %2").arg(problem.row).arg(problem.reason));
    return context.answer(
        lines.join(u'\n'),
        QJsonObject{{u"batch"_s, dryRun ? QJsonValue() : QJsonValue(report->batch)},
                    {u"added"_s, report->added},
                    {u"updated"_s, report->updated},
                    {u"skipped"_s, report->skipped},
                    {u"managers_left_empty"_s, managersJson},
                    {u"problems"_s, problemsJson(report->problems)}});
}

} // namespace

int runClientsImport(const CliContext& context)
{
    return clientsImport(context);
}

int runImports(const CliContext& context)
{
    const QString sub = context.arguments.value(0);
    if (sub != u"list"_s && sub != u"undo"_s)
        return context.fail(Tr::tr("Use: imports list | imports undo BATCH. See --help."));
    Result<std::unique_ptr<Database>> db = openDatabase(context.openOptions());
    if (!db)
        return context.fail(db.error());
    ImportBatches batches(**db);
    if (sub == u"list"_s) {
        Result<QList<ImportBatch>> list = batches.list();
        if (!list)
            return context.fail(list.error());
        QStringList lines;
        QJsonArray json;
        for (const ImportBatch& b : *list) {
            lines.append(Tr::tr("%1  %2  %3  by %4: %5 added, %6 updated, %7 skipped%8")
                             .arg(b.id)
                             .arg(b.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                                  b.fileName, b.userName.isEmpty() ? u"-"_s : b.userName)
                             .arg(b.added)
                             .arg(b.updated)
                             .arg(b.skipped)
                             .arg(b.undoneAt.isValid() ? Tr::tr(" (undone)") : QString()));
            json.append(QJsonObject{
                {u"batch"_s, b.id},
                {u"at"_s, b.createdAt.toString(Qt::ISODate)},
                {u"user"_s, b.userName},
                {u"file"_s, b.fileName},
                {u"added"_s, b.added},
                {u"updated"_s, b.updated},
                {u"skipped"_s, b.skipped},
                {u"problems"_s, b.problems},
                {u"undone_at"_s, b.undoneAt.isValid() ? QJsonValue(b.undoneAt.toString(Qt::ISODate))
                                                      : QJsonValue()}});
        }
        if (lines.isEmpty())
            lines.append(Tr::tr("No client file has been imported yet."));
        return context.answer(lines.join(u'\n'), json);
    }
    Result<qint64> id = context.id(1, Tr::tr("There is no import \"%1\"."));
    if (!id)
        return context.fail(id.error());
    Result<ImportUndoReport> report = batches.undo(*id);
    if (!report)
        return context.fail(report.error());
    QStringList lines{Tr::tr("Import %1 undone. Clients removed: %2, restored: %3, kept: %4.")
                          .arg(*id)
                          .arg(report->removed)
                          .arg(report->restored)
                          .arg(report->kept.size())};
    QJsonArray kept;
    for (const KeptClient& k : report->kept) {
        lines.append(Tr::tr("kept %1 (%2): %3").arg(k.name).arg(k.id).arg(k.reason));
        kept.append(QJsonObject{{u"id"_s, k.id}, {u"name"_s, k.name}, {u"reason"_s, k.reason}});
    }
    return context.answer(lines.join(u'\n'), QJsonObject{{u"batch"_s, *id},
                                                         {u"removed"_s, report->removed},
                                                         {u"restored"_s, report->restored},
                                                         {u"kept"_s, kept}});
}

} // namespace kartoteka::cli
