#pragma once

#include "accounts/Access.h"
#include "clients/ClientRepository.h"
#include "mail/LetterRepository.h"
#include "mail/MailAccount.h"
#include "mail/SecretStore.h"
#include "sms/SmsGateway.h"
#include "storage/Database.h"
#include "storage/Result.h"
#include "storage/StorageMode.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace kartoteka {
class Lists;
struct Pipeline;
struct Stage;
} // namespace kartoteka

namespace kartoteka::cli {

// What every command gets: the parsed options and a way to answer in text or JSON.
struct CliContext
{
    QString command; // the first positional argument
    QString databasePath;
    ModeChoice mode = ModeChoice::Automatic;
    bool json = false;
    bool yes = false;
    QString to;                                 // backup --to
    QString dir;                                // backups --dir
    QStringList arguments;                      // positional arguments after the command
    const QCommandLineParser* parser = nullptr; // for the options of one command
    // Who signed in with the global --user (Principal{}: nobody needed to).
    Principal principal;
    // The password they signed in with: `users set-password` for oneself
    // checks it as the current one instead of asking for it twice.
    QString signInPassword;
    // On a server: the --user account whose login role every connection of
    // the command uses (empty: the address's own user, the administrator's).
    QString serverLogin;

    // Options to open the database as the signed-in principal.
    OpenOptions openOptions(bool createIfMissing = false) const;
    // --locale (uk, ru, en), or the terminal's language when not given.
    Result<Language> language() const;

    QString option(const QString& name) const { return parser->value(name); }
    QStringList options(const QString& name) const { return parser->values(name); }
    bool has(const QString& name) const { return parser->isSet(name); }

    // Refuses an option the command does not use (`--amount` on `deals
    // list`) and contradictory flags, so a script learns of its mistake
    // instead of getting an answer to a question it did not ask.
    Status checkOptions() const;

    // The option's value as a whole number in [min, max], or `fallback` when
    // the option is not given; anything else ("abc", "-5", "1e3") is Invalid.
    Result<qint64> number(const QString& name, qint64 min, qint64 max,
                          std::optional<qint64> fallback = std::nullopt) const;
    // The option's value as a moment that has happened (`--at`): an ISO date
    // and time from 1900 up to now; invalid when not given.
    Result<QDateTime> pastInstant(const QString& name) const;
    // The positional argument `index` as the id of a row: a positive number.
    // Anything else is NotFound, as an id that no row has: `notFound` with %1
    // for what was typed.
    Result<qint64> id(int index, const QString& notFound) const;

    // The id of the list item that the option names. With --create-missing
    // (where the command accepts it) a new name is added; otherwise an
    // unknown name is an error that lists the valid ones.
    Result<qint64> named(Lists& lists, const QString& list, const QString& option) const;
    // The active account the option (--manager) names by login or full name.
    // Never adds one: accounts come from `users add`.
    Result<qint64> staff(Database& db, const QString& option) const;

    // Prints `document` with --json, else `text`. Returns the exit code 0.
    int answer(const QString& text, const QJsonValue& document) const;
    // Prints the error's message on stderr (with --json: {"error", "kind"});
    // its technical detail (the SQL,
    // the driver's text) goes to the log category kartoteka.cli, shown with
    // QT_LOGGING_RULES="kartoteka.cli.debug=true". Returns the exit code 1.
    int fail(const Error& error) const;
    int fail(const QString& message) const;
    // What the change also brought about that the person should hear of (a
    // rule that could not run), on stderr: the answer on stdout stays as it is.
    void tell(const QStringList& notices) const;
};

// The command line with each negative number that is not an option's value
// moved behind "--", so `clients show -1` reaches the command as an argument
// (and is answered "no such client") instead of being an unknown option -1.
QStringList negativeNumbersAsArguments(const QStringList& arguments);

// "not_found", "invalid"...: the error's kind in a --json failure.
QString errorKindName(ErrorKind kind);

// Text for a terminal: control characters (ESC, BEL, C1) and bidirectional
// overrides, which could recolour the screen or reorder what is shown, are
// written as \x1b or \u202e. Tabs and newlines stay: they lay out the answer.
QString escapeForTerminal(const QString& text);
// The same for a JSON document's text: those characters become \u escapes,
// which keeps the document valid JSON with the same values.
QByteArray escapeJsonForTerminal(const QByteArray& json);

int runInit(const CliContext& context);
int runPaths(const CliContext& context);
int runCheck(const CliContext& context);
int runMigrate(const CliContext& context);
int runBackup(const CliContext& context);
int runBackups(const CliContext& context);
int runVerify(const CliContext& context);
int runRestore(const CliContext& context);
int runClients(const CliContext& context);
int runInteractions(const CliContext& context);
int runDemo(const CliContext& context);
int runPipelines(const CliContext& context);
int runDeals(const CliContext& context);
int runCatalog(const CliContext& context);
int runReport(const CliContext& context);
int runUsers(const CliContext& context);
int runAudit(const CliContext& context);
int runClientsExport(const CliContext& context);
int runClientsImport(const CliContext& context);
int runImports(const CliContext& context);
// clients merge|unmerge|merges|not-duplicates (MergeCommands.cpp), on an open database.
bool isMergeCommand(const QString& sub);
int runClientsMerge(const CliContext& context, Database& db);
int runShop(const CliContext& context);
int runTasks(const CliContext& context);
int runToday(const CliContext& context);
int runRules(const CliContext& context);
// shop show|set, templates, documents (DocumentCommands.cpp).
int runShopDetails(const CliContext& context);
int runTemplates(const CliContext& context);
int runDocuments(const CliContext& context);
int runMail(const CliContext& context);
int runMailing(const CliContext& context);
int runSms(const CliContext& context);

// The list query the command line names, as `clients list`, `clients
// export` and `mailing start` take it: the words after the subcommand
// searched, --sort, --desc, --archived, --status, --type, --source, --manager
// and --tag.
Result<ClientListQuery> listQueryOf(const CliContext& context, Database& db);

// The shop's mail account with this PC's password (mail/MailAccount):
// ErrorKind::Invalid when it is not set up, NotFound when this PC has no
// password for it.
struct ReadyMail
{
    MailAccount account;
    SmtpAccount smtp;
};
Result<ReadyMail> readyMail(Database& db);
// `mail password` and `sms token`: this PC's secret under `key`, read from
// the environment `variable` or typed on the terminal and kept (keychain or
// encrypted file), or forgotten with --forget; the answer names where it
// went under `jsonKey` (secretPlaceName).
struct SecretWords
{
    QString prompt;
    QString kept; // %1: where ("in the system's keychain"...)
    QString forgotten;
};
int keepOrForgetSecret(const CliContext& context, const QString& key, const char* variable,
                       const QString& jsonKey, const SecretWords& words);
// "keychain", "file" or "none", for --json.
QString secretPlaceName(std::optional<SecretPlace> place);

// The shop's SMS service with this PC's key: ErrorKind::Invalid when it is
// not set up.
Result<std::pair<SmsGateway, QString>> readySms(Database& db);
// How sending an SMS ended, as the commands answer it: one the service did
// not take fails the command (it stays on the timeline to send again).
int answerSmsSent(const CliContext& context, const Result<Letter>& sent);
// Keeps the drafted `letter` and sends it: the letter as it ended (a
// failure is in its state, kept to retry).
Result<Letter> sendNewLetter(Database& db, const ReadyMail& ready, Letter& letter);

// The stage --stage names in `pipeline`; NotFound lists the stages there are.
Result<const Stage*> stageOption(const CliContext& context, const Pipeline& pipeline);

// For `init` and `demo` run without --locale: the language a new database's
// lists and stages were made in, and how to have another.
QString seededListsNote(Language language);

// Before a command runs: on a database where someone must sign in, signs in
// the --user account (password from KARTOTEKA_PASSWORD or asked on the
// terminal) and keeps its principal in `context`. Refused: no --user, a wrong
// password, an inactive account, too many attempts, or an account that must
// first change its temporary password (then only `users set-password` runs).
Status signInForCommand(CliContext& context);

// A secret from the environment variable `variable` when it is set, else
// asked on the terminal without echo (twice when `confirm`). Without either,
// an Invalid error that names the variable. Never from the command line.
Result<QString> readSecret(const char* variable, const QString& prompt, bool confirm);
// A line typed on the terminal, shown as typed; Invalid when there is none.
Result<QString> askLine(const QString& prompt);
bool onTerminal();

// `audit` reads its own --user (whose actions to show) after the command
// word; a --user before the command signs in. This renames the first to
// --audit-user, so the two never mix.
QStringList separateAuditUser(const QStringList& arguments);

} // namespace kartoteka::cli
