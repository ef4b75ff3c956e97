// Signing in from the command line, and the secrets it reads: passwords come
// from the environment or a terminal without echo, never from the arguments,
// which any user of the PC can read in the process list.
#include "CliContext.h"

#include "accounts/Accounts.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>
#include <string>
#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace kartoteka::cli {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::cli)
};

// 0008_accounts.sql: before it, a database has no accounts to sign in to.
constexpr int kAccountsSchemaVersion = 8;

// Turns the terminal's echo off for as long as it lives.
class NoEcho
{
public:
    NoEcho()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_ok = GetConsoleMode(m_handle, &m_mode);
        if (m_ok)
            SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
        m_ok = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_ok) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            // TCSANOW: what was already typed stays (a quick typist's, a paste).
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
#endif
    }
    ~NoEcho()
    {
#ifdef Q_OS_WIN
        if (m_ok)
            SetConsoleMode(m_handle, m_mode);
#else
        if (m_ok)
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
#endif
        std::fputs("\n", stderr);
    }
    NoEcho(const NoEcho&) = delete;
    NoEcho& operator=(const NoEcho&) = delete;

private:
    bool m_ok = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

std::optional<QString> readTerminalLine(const QString& prompt, bool echo)
{
    std::string line;
    bool ended = false;
    {
        // Echo goes off before the prompt shows: nothing typed after it is seen.
        std::optional<NoEcho> quiet;
        if (!echo)
            quiet.emplace();
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        for (int c = std::getchar(); c != EOF; c = std::getchar()) {
            if (c == '\n') {
                ended = true;
                break;
            }
            line.push_back(char(c));
        }
    }
    if (!ended && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}

Error needsSignIn()
{
    return makeError(
        ErrorKind::SignInFailed,
        Tr::tr("This database has accounts: sign in with --user LOGIN before the command "
               "(the password from the environment variable KARTOTEKA_PASSWORD, or "
               "asked on a terminal)."));
}

} // namespace

bool onTerminal()
{
    return isatty(fileno(stdin)) != 0;
}

Result<QString> askLine(const QString& prompt)
{
    if (!onTerminal())
        return makeError(ErrorKind::Invalid, Tr::tr("No terminal to ask on."));
    std::optional<QString> line = readTerminalLine(prompt, true);
    if (!line)
        return makeError(ErrorKind::Invalid, Tr::tr("Nothing was typed."));
    return line->trimmed();
}

Result<QString> readSecret(const char* variable, const QString& prompt, bool confirm)
{
    const QByteArray fromEnvironment = qgetenv(variable);
    if (!fromEnvironment.isEmpty())
        return QString::fromLocal8Bit(fromEnvironment);
    if (!onTerminal())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("Set the environment variable %1 or run the command on a terminal "
                                "to type the password. A password is never taken from the command "
                                "line, where other users of the PC can read it.")
                             .arg(QString::fromLatin1(variable)));
    std::optional<QString> first = readTerminalLine(prompt, false);
    if (!first || first->isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("No password was typed."));
    if (confirm) {
        std::optional<QString> again = readTerminalLine(Tr::tr("Type it again: "), false);
        if (!again || *again != *first)
            return makeError(ErrorKind::Invalid,
                             Tr::tr("The two passwords differ. Nothing changed."));
    }
    return *first;
}

QStringList separateAuditUser(const QStringList& arguments)
{
    // Options that take no value; after any other option comes its value.
    static const QStringList flags{u"--json"_s,      u"--shared"_s,         u"--local"_s,
                                   u"--yes"_s,       u"--dry-run"_s,        u"--all"_s,
                                   u"--open"_s,      u"--closed"_s,         u"--help"_s,
                                   u"--version"_s,   u"--create-missing"_s, u"--other-database"_s,
                                   u"--unverified"_s};
    QStringList out = arguments;
    bool afterAudit = false;
    for (qsizetype i = 1; i < out.size(); ++i) {
        const QString& a = out[i];
        if (a == u"--")
            break;
        if (a.startsWith(u'-')) {
            if (afterAudit && a == u"--user")
                out[i] = u"--audit-user"_s;
            else if (afterAudit && a.startsWith(u"--user="_s))
                out[i] = u"--audit-user="_s + a.mid(7);
            if (!a.contains(u'=') && !flags.contains(a))
                ++i; // its value
            continue;
        }
        if (afterAudit)
            continue;
        // The first positional argument is the command.
        if (a != u"audit")
            return arguments;
        afterAudit = true;
    }
    return out;
}

Status signInForCommand(CliContext& context)
{
    if (context.command == u"paths" || context.command == u"verify")
        return Status::success();
    const QString login = context.option(u"user"_s).trimmed();
    if (context.has(u"user"_s) && login.isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("--user needs a login."));
    const bool server = isServerAddress(context.databasePath);
    // A missing file has no accounts: the command says it is missing, or
    // (init, demo) creates it.
    if (!server && !QFileInfo::exists(context.databasePath))
        return Status::success();
    // On a server, signing in is connecting as the account's login role: the
    // password is needed before anything is opened, and every connection of
    // the command then uses it (CliContext::openOptions).
    std::optional<QString> password;
    auto askPassword = [&]() -> Status {
        if (password)
            return Status::success();
        Result<QString> typed =
            readSecret("KARTOTEKA_PASSWORD", Tr::tr("Password for %1: ").arg(login), false);
        if (!typed)
            return typed.error();
        password = *typed;
        return Status::success();
    };
    if (server && !login.isEmpty()) {
        if (Status s = askPassword(); !s)
            return s;
        context.serverLogin = login;
        context.signInPassword = *password;
    }
    OpenOptions options = context.openOptions();
    // migrate leaves the file as it was: not even the sign-in is recorded there.
    options.readOnly = context.command == u"migrate";
    Result<std::unique_ptr<Database>> db = Database::open(options);
    // What cannot be opened here, the command reports in its own words; a
    // server that refuses the account says so here.
    if (!db)
        return db.error().kind == ErrorKind::SignInFailed ? Status(db.error()) : Status::success();
    Result<int> version = (*db)->schemaVersion();
    if (!version)
        return version.error();
    const bool hasAccounts = *version >= kAccountsSchemaVersion;
    Accounts accounts(**db);
    bool required = false;
    if (hasAccounts) {
        Result<bool> r = accounts.signInRequired();
        if (!r)
            return r.error();
        required = *r;
    }
    if (login.isEmpty())
        return required ? Status(needsSignIn()) : Status::success();
    if (!hasAccounts)
        return makeError(ErrorKind::SignInFailed,
                         Tr::tr("This database has no accounts yet. Set up its owner first: "
                                "kartoteka-cli init --owner LOGIN."));
    if (Status s = askPassword(); !s)
        return s;
    Result<Principal> principal = accounts.signIn(login, *password);
    if (!principal)
        return principal.error();
    Result<Account> account = accounts.byId(principal->accountId);
    if (!account)
        return account.error();
    if (account->mustChangePassword) {
        const bool changingOwn =
            context.command == u"users" && context.arguments.value(0) == u"set-password" &&
            (context.arguments.size() < 2 || context.arguments.value(1).trimmed().compare(
                                                 account->login, Qt::CaseInsensitive) == 0);
        if (!changingOwn) {
            // The command to run next, for the same database as this one.
            const QString db = context.option(u"db"_s);
            const QString command = u"kartoteka-cli "_s +
                                    (db.isEmpty() ? QString() : u"--db \"%1\" "_s.arg(db)) +
                                    u"--user %1 users set-password"_s.arg(account->login);
            return makeError(ErrorKind::Forbidden,
                             Tr::tr("%1 signed in with a temporary password and must choose "
                                    "their own first: %2 (the new password from "
                                    "KARTOTEKA_NEW_PASSWORD or asked).")
                                 .arg(account->name, command));
        }
    }
    context.principal = *principal;
    context.signInPassword = *password;
    return Status::success();
}

} // namespace kartoteka::cli
