#include "CliContext.h"

#include "accounts/ServerLogins.h"

#include "accounts/Accounts.h"
#include "clients/Lists.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCli, "kartoteka.cli")

namespace kartoteka::cli {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::cli)
};

// What each command (or "command subcommand") reads besides the options every
// command takes (--db, --json, --shared, --local). Checked here, once, so a
// new command cannot forget it.
const QHash<QString, QStringList>& acceptedOptions()
{
    static const QStringList report{u"period"_s,  u"from"_s,   u"to"_s, u"pipeline"_s,
                                    u"manager"_s, u"format"_s, u"out"_s};
    static const QHash<QString, QStringList> accepted{
        {u"init"_s, {u"owner"_s, u"name"_s, u"locale"_s}},
        {u"check"_s, {}},
        {u"migrate"_s, {u"to"_s, u"dry-run"_s}},
        {u"shop language"_s, {}},
        {u"shop show"_s, {}},
        {u"shop set"_s,
         {u"name"_s, u"legal-form"_s, u"tax-id"_s, u"vat"_s, u"vat-rate"_s, u"iban"_s, u"bank"_s,
          u"address"_s, u"phone"_s, u"email"_s, u"website"_s, u"logo"_s, u"signature"_s}},
        {u"templates list"_s, {}},
        {u"documents make"_s,
         {u"template"_s, u"deal"_s, u"client"_s, u"out"_s, u"date"_s, u"text"_s, u"dry-run"_s,
          u"send"_s, u"to"_s}},
        {u"mail show"_s, {}},
        {u"mail set"_s,
         {u"host"_s, u"port"_s, u"security"_s, u"login"_s, u"from-name"_s, u"from-address"_s}},
        {u"mail password"_s, {u"forget"_s}},
        {u"mail test"_s, {}},
        {u"mail send"_s,
         {u"client"_s, u"deal"_s, u"template"_s, u"subject"_s, u"text"_s, u"to"_s,
          u"attach-document"_s, u"dry-run"_s}},
        {u"mail letters"_s, {u"client"_s}},
        {u"mail retry"_s, {u"yes"_s}},
        {u"mailing start"_s,
         {u"template"_s, u"sms"_s, u"subject"_s, u"text"_s, u"per-minute"_s, u"dry-run"_s,
          u"archived"_s, u"status"_s, u"type"_s, u"source"_s, u"manager"_s, u"tag"_s}},
        {u"mailing resume"_s, {}},
        {u"mailing status"_s, {}},
        {u"mailing cancel"_s, {}},
        {u"mailing list"_s, {}},
        {u"mailing opt-out"_s, {}},
        {u"mailing opt-in"_s, {}},
        {u"sms show"_s, {}},
        {u"sms set"_s, {u"url"_s, u"method"_s, u"header"_s, u"body"_s, u"accepted"_s, u"sender"_s}},
        {u"sms token"_s, {u"forget"_s}},
        {u"sms test"_s, {u"to"_s, u"text"_s}},
        {u"sms send"_s, {u"client"_s, u"text"_s, u"to"_s}},
        {u"documents list"_s, {u"client"_s, u"deal"_s}},
        {u"documents get"_s, {u"out"_s}},
        {u"paths"_s, {}},
        {u"backup"_s, {u"to"_s}},
        {u"backups"_s, {u"dir"_s}},
        {u"backups owner-key"_s, {}},
        {u"backups owner-folder"_s, {}},
        {u"verify"_s, {}},
        {u"restore"_s, {u"yes"_s, u"other-database"_s, u"unverified"_s}},
        {u"clients add"_s,
         {u"name"_s, u"company"_s, u"phone"_s, u"email"_s, u"type"_s, u"status"_s, u"source"_s,
          u"manager"_s, u"birthday"_s, u"create-missing"_s}},
        {u"clients find"_s, {u"limit"_s}},
        {u"clients list"_s,
         {u"sort"_s, u"desc"_s, u"limit"_s, u"after"_s, u"status"_s, u"type"_s, u"source"_s,
          u"manager"_s, u"tag"_s, u"archived"_s}},
        {u"clients show"_s, {}},
        {u"clients duplicates"_s, {}},
        {u"clients merge"_s, {u"take"_s}},
        {u"clients unmerge"_s, {}},
        {u"clients merges"_s, {}},
        {u"clients not-duplicates"_s, {u"forget"_s}},
        {u"clients export"_s,
         {u"format"_s, u"out"_s, u"columns"_s, u"sort"_s, u"desc"_s, u"archived"_s, u"status"_s,
          u"type"_s, u"source"_s, u"manager"_s, u"tag"_s}},
        {u"clients import"_s,
         {u"sheet"_s, u"header-row"_s, u"map"_s, u"encoding"_s, u"on-duplicate"_s, u"value"_s,
          u"new-values"_s, u"dry-run"_s}},
        {u"imports list"_s, {}},
        {u"imports undo"_s, {}},
        {u"users add"_s, {u"name"_s, u"role"_s}},
        {u"users list"_s, {}},
        {u"users set-role"_s, {}},
        {u"users set-password"_s, {}},
        {u"users deactivate"_s, {u"hand-over-to"_s}},
        {u"audit"_s,
         {u"audit-user"_s, u"action"_s, u"from"_s, u"to"_s, u"client"_s, u"limit"_s, u"format"_s,
          u"out"_s}},
        {u"interactions add"_s, {u"client"_s, u"kind"_s, u"amount"_s, u"at"_s, u"text"_s}},
        {u"tasks add"_s,
         {u"title"_s, u"client"_s, u"deal"_s, u"kind"_s, u"due"_s, u"remind"_s, u"repeat"_s,
          u"for"_s, u"notes"_s}},
        {u"tasks list"_s, {u"from"_s, u"to"_s, u"for"_s, u"client"_s, u"overdue"_s}},
        {u"tasks done"_s, {u"day"_s, u"result"_s}},
        {u"tasks cancel"_s, {u"day"_s}},
        {u"today"_s, {u"for"_s, u"all"_s}},
        {u"rules add"_s,
         {u"name"_s, u"when"_s, u"stage"_s, u"pipeline"_s, u"days"_s, u"source"_s, u"type"_s,
          u"manager"_s, u"min-amount"_s, u"task"_s, u"kind"_s, u"for"_s, u"in"_s, u"set"_s,
          u"note"_s, u"send-email"_s, u"attach"_s, u"email-text"_s, u"send-sms"_s}},
        {u"mail outbox"_s, {}},
        {u"rules"_s, {}},
        {u"demo"_s, {u"clients"_s, u"seed"_s, u"locale"_s}},
        {u"pipelines"_s, {}},
        {u"deals add"_s,
         {u"client"_s, u"title"_s, u"amount"_s, u"pipeline"_s, u"stage"_s, u"manager"_s,
          u"reason"_s, u"create-missing"_s}},
        {u"deals move"_s, {u"stage"_s, u"reason"_s, u"at"_s, u"create-missing"_s}},
        {u"deals list"_s, {u"pipeline"_s, u"stage"_s, u"open"_s, u"closed"_s, u"limit"_s}},
        {u"catalog import"_s, {u"dry-run"_s, u"deactivate-missing"_s, u"yes"_s}},
        {u"catalog list"_s, {u"all"_s}},
        {u"report funnel"_s, report},
        {u"report sales"_s, report + QStringList{u"by"_s}},
        {u"report channels"_s, report},
        {u"report managers"_s, report},
        {u"report clients"_s, report},
        // As of --to, for everyone or one manager: no period start, no pipeline.
        {u"report drifting"_s, {u"to"_s, u"manager"_s, u"format"_s, u"out"_s}},
    };
    return accepted;
}

bool isTerminalHazard(char32_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f) ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e ||
           c == 0x200f || c == 0x061c;
}

} // namespace

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Failed:
        return u"failed"_s;
    case ErrorKind::Invalid:
        return u"invalid"_s;
    case ErrorKind::NotFound:
        return u"not_found"_s;
    case ErrorKind::Conflict:
        return u"conflict"_s;
    case ErrorKind::Busy:
        return u"busy"_s;
    case ErrorKind::DiskFull:
        return u"disk_full"_s;
    case ErrorKind::ReadOnly:
        return u"read_only"_s;
    case ErrorKind::Corrupt:
        return u"corrupt"_s;
    case ErrorKind::Foreign:
        return u"foreign"_s;
    case ErrorKind::TooNew:
        return u"too_new"_s;
    case ErrorKind::Maintenance:
        return u"maintenance"_s;
    case ErrorKind::Io:
        return u"io"_s;
    case ErrorKind::OtherDatabase:
        return u"other_database"_s;
    case ErrorKind::Unverified:
        return u"unverified"_s;
    case ErrorKind::Forbidden:
        return u"forbidden"_s;
    case ErrorKind::SignInFailed:
        return u"sign_in_failed"_s;
    case ErrorKind::TooManyAttempts:
        return u"too_many_attempts"_s;
    case ErrorKind::Cancelled:
        return u"cancelled"_s;
    }
    return u"failed"_s;
}

QString escapeForTerminal(const QString& text)
{
    // Every character concerned is in the Basic Multilingual Plane, so UTF-16
    // units can be looked at one by one; most answers have none of them.
    if (std::none_of(text.cbegin(), text.cend(),
                     [](QChar c) { return isTerminalHazard(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        const uint code = c.unicode();
        if (!isTerminalHazard(code))
            out.append(c);
        else if (code <= 0xff)
            out.append(u"\\x%1"_s.arg(code, 2, 16, QLatin1Char('0')));
        else
            out.append(u"\\u%1"_s.arg(code, 4, 16, QLatin1Char('0')));
    }
    return out;
}

QByteArray escapeJsonForTerminal(const QByteArray& json)
{
    // Outside strings JSON has only ASCII punctuation and whitespace, so every
    // such character is inside a string, where \uXXXX means the same.
    const QString text = QString::fromUtf8(json);
    if (std::none_of(text.cbegin(), text.cend(),
                     [](QChar c) { return isTerminalHazard(c.unicode()); }))
        return json;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (isTerminalHazard(c.unicode()))
            out.append(u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QLatin1Char('0')));
        else
            out.append(c);
    }
    return out.toUtf8();
}

QStringList negativeNumbersAsArguments(const QStringList& arguments)
{
    // Flags take no value: a number after one of them is an argument.
    static const QStringList flags{u"--json"_s,           u"--shared"_s,
                                   u"--local"_s,          u"--yes"_s,
                                   u"--dry-run"_s,        u"--all"_s,
                                   u"--open"_s,           u"--closed"_s,
                                   u"--create-missing"_s, u"--help"_s,
                                   u"--other-database"_s, u"--unverified"_s,
                                   u"--version"_s,        u"--deactivate-missing"_s};
    static const QRegularExpression negative(u"^-[0-9]+$"_s);
    QStringList kept, moved;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == u"--") {
            kept += arguments.mid(i);
            break;
        }
        const QString previous = i > 0 ? arguments[i - 1] : QString();
        const bool optionValue =
            previous.startsWith(u"--"_s) && !previous.contains(u'=') && !flags.contains(previous);
        if (i > 0 && !optionValue && negative.match(argument).hasMatch())
            moved.append(argument);
        else
            kept.append(argument);
    }
    if (moved.isEmpty())
        return arguments;
    if (!kept.contains(u"--"_s))
        kept.append(u"--"_s);
    return kept + moved;
}

Status CliContext::checkOptions() const
{
    const QString sub = command + u' ' + arguments.value(0);
    const auto& accepted = acceptedOptions();
    auto found = accepted.constFind(sub);
    if (found == accepted.cend())
        found = accepted.constFind(command);
    // An unknown subcommand: the command's own usage line says more.
    if (found == accepted.cend())
        return Status::success();
    static const QStringList everywhere{u"db"_s, u"json"_s, u"shared"_s, u"local"_s, u"user"_s};
    for (const QString& name : parser->optionNames()) {
        if (!everywhere.contains(name) && !found->contains(name))
            return makeError(
                ErrorKind::Invalid,
                Tr::tr("\"%1\" does not use --%2. See --help.").arg(found.key(), name));
    }
    if (has(u"open"_s) && has(u"closed"_s))
        return makeError(ErrorKind::Invalid, Tr::tr("Choose either --open or --closed."));
    return Status::success();
}

OpenOptions CliContext::openOptions(bool createIfMissing) const
{
    OpenOptions options;
    options.path = databasePath;
    options.mode = mode;
    options.createIfMissing = createIfMissing;
    options.principal = principal;
    options.allowServer = true;
    if (!serverLogin.isEmpty())
        options = serverSignInOptions(options, serverLogin, signInPassword);
    // A database this command creates speaks the language asked for, or the terminal's.
    const Result<Language> asked = language();
    options.language = asked ? *asked : systemLanguage();
    return options;
}

Result<Language> CliContext::language() const
{
    if (!has(u"locale"_s))
        return systemLanguage();
    if (const std::optional<Language> asked = languageFromCode(option(u"locale"_s).trimmed()))
        return *asked;
    return makeError(ErrorKind::Invalid,
                     Tr::tr("--locale is one of uk, ru, en, not \"%1\".").arg(option(u"locale"_s)));
}

Result<qint64> CliContext::number(const QString& name, qint64 min, qint64 max,
                                  std::optional<qint64> fallback) const
{
    if (!has(name) && fallback)
        return *fallback;
    bool ok = false;
    const qint64 value = option(name).trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("--%1 takes a whole number from %2 to %3, not \"%4\".")
                             .arg(name)
                             .arg(min)
                             .arg(max)
                             .arg(option(name)));
    return value;
}

Result<QDateTime> CliContext::pastInstant(const QString& name) const
{
    if (!has(name))
        return QDateTime();
    const QDateTime at = QDateTime::fromString(option(name).trimmed(), Qt::ISODate);
    if (!at.isValid())
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("--%1 must be an ISO date and time, e.g. 2026-11-20T14:30:00Z.").arg(name));
    // A minute of grace for clocks that differ between PCs.
    if (at.date().year() < 1900 || at > QDateTime::currentDateTimeUtc().addSecs(60))
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("--%1 records what has happened: give a moment from 1900 up to now, "
                   "not \"%2\".")
                .arg(name, option(name)));
    return at;
}

Result<qint64> CliContext::id(int index, const QString& notFound) const
{
    const QString text = arguments.value(index);
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value <= 0)
        return makeError(ErrorKind::NotFound, notFound.arg(text));
    return value;
}

Result<qint64> CliContext::named(Lists& lists, const QString& list, const QString& option) const
{
    const QString name = this->option(option);
    const bool create = has(u"create-missing"_s);
    if (create)
        return lists.idOfOrAdd(list, name);
    Result<qint64> id = lists.idOf(list, name);
    if (id || id.error().kind != ErrorKind::NotFound)
        return id;
    QString message = u"--%1: %2"_s.arg(option, id.error().message);
    // Only the commands that write may add names; a report never does.
    const auto& accepted = acceptedOptions();
    if (accepted.value(command + u' ' + arguments.value(0)).contains(u"create-missing"_s))
        message +=
            u' ' + Tr::tr("To add it as a new name, repeat the command with --create-missing.");
    return makeError(ErrorKind::NotFound, message, id.error().detail);
}

Result<qint64> CliContext::staff(Database& db, const QString& option) const
{
    const QString name = this->option(option);
    Result<Account> account = Accounts(db).byLogin(name);
    if (account) {
        if (!account->active)
            return makeError(ErrorKind::Invalid,
                             Tr::tr("--%1: %2 is deactivated. Choose an active colleague.")
                                 .arg(option, account->name));
        return account->id;
    }
    if (account.error().kind != ErrorKind::NotFound)
        return account.error();
    Result<qint64> id = Lists(db).userIdOf(name);
    if (id || id.error().kind != ErrorKind::NotFound)
        return id;
    return makeError(ErrorKind::NotFound,
                     u"--%1: %2 "_s.arg(option, id.error().message) +
                         Tr::tr("Name a colleague by login or full name; a new colleague's account "
                                "is added with kartoteka-cli users add."),
                     id.error().detail);
}

int CliContext::answer(const QString& text, const QJsonValue& document) const
{
    QByteArray out;
    if (json) {
        out = escapeJsonForTerminal(
            document.isArray()
                ? QJsonDocument(document.toArray()).toJson(QJsonDocument::Indented)
                : QJsonDocument(document.toObject()).toJson(QJsonDocument::Indented));
    } else {
        out = escapeForTerminal(text).toUtf8();
        if (!out.endsWith('\n'))
            out.append('\n');
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    return 0;
}

int CliContext::fail(const Error& error) const
{
    if (!error.detail.isEmpty())
        qCDebug(lcCli).noquote() << error.message << error.detail;
    QByteArray text;
    if (json) {
        // A script that asked for JSON can tell "no such client" from "busy".
        text =
            escapeJsonForTerminal(QJsonDocument(QJsonObject{{u"error"_s, error.message},
                                                            {u"kind"_s, errorKindName(error.kind)}})
                                      .toJson(QJsonDocument::Compact) +
                                  '\n');
    } else {
        text = QStringLiteral("kartoteka-cli: %1\n").arg(escapeForTerminal(error.message)).toUtf8();
    }
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    return 1;
}

void CliContext::tell(const QStringList& notices) const
{
    for (const QString& notice : notices) {
        const QByteArray text =
            QStringLiteral("kartoteka-cli: %1\n").arg(escapeForTerminal(notice)).toUtf8();
        std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    }
}

int CliContext::fail(const QString& message) const
{
    return fail(makeError(ErrorKind::Invalid, message));
}

} // namespace kartoteka::cli
