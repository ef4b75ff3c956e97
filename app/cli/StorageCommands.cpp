// init and check: create, upgrade and examine a database.
#include "CliContext.h"

#include "accounts/Accounts.h"
#include "accounts/Passwords.h"
#include "backup/BackupSettings.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "workspace/AppIdentity.h"
#include "workspace/MoveToServer.h"
#include "workspace/NewDatabase.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kartoteka::cli {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::cli)
};

// A database as the commands name it: a file's path in the system's form, a
// server's address as given.
QString shownDatabase(const Database& db)
{
    return db.backend() == Backend::PostgreSql ? db.path() : QDir::toNativeSeparators(db.path());
}

// "local" / "shared" for a file (StorageMode.h), "server" for a server's.
QString modeName(const Database& db)
{
    return db.backend() == Backend::PostgreSql ? u"server"_s : storageModeName(db.mode());
}

// The same for people.
QString modeDisplayName(const Database& db)
{
    return db.backend() == Backend::PostgreSql ? Tr::tr("PostgreSQL server")
                                               : storageModeDisplayName(db.mode());
}

// The existing account `login` names (an old staff member, who then keeps
// their clients), else the one without a password whose name is `name`; 0
// when neither: the owner is a new account.
Result<qint64> existingAccountFor(Accounts& accounts, const QString& login, const QString& name)
{
    Result<Account> byLogin = accounts.byLogin(login);
    if (byLogin)
        return byLogin->id;
    if (byLogin.error().kind != ErrorKind::NotFound)
        return byLogin.error();
    if (name.isEmpty())
        return qint64(0);
    Result<QList<Account>> all = accounts.list(true);
    if (!all)
        return all.error();
    for (const Account& a : *all)
        if (!a.hasPassword && a.name.compare(name, Qt::CaseInsensitive) == 0)
            return a.id;
    return qint64(0);
}

// What the owner's set-up needs, from the options, the environment or the
// terminal. On a new file all of it is asked before the file is made, so a
// mistyped password leaves no database without an owner behind.
struct OwnerSetUp
{
    QString login;
    QString name;
    std::optional<QString> password;
};

Status askLogin(const CliContext& context, OwnerSetUp& owner)
{
    owner.login = context.option(u"owner"_s).trimmed();
    if (!owner.login.isEmpty())
        return Status::success();
    if (!onTerminal())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The database needs its owner's account first: kartoteka-cli init "
                                "--owner LOGIN [--name \"Full Name\"], with the password in the "
                                "environment variable KARTOTEKA_PASSWORD."));
    Result<QString> typed = askLine(Tr::tr("The owner's login: "));
    if (!typed)
        return typed.error();
    owner.login = *typed;
    return Status::success();
}

Status askName(OwnerSetUp& owner)
{
    if (owner.name.isEmpty() && onTerminal()) {
        Result<QString> typed = askLine(Tr::tr("The owner's full name: "));
        if (!typed)
            return typed.error();
        owner.name = *typed;
    }
    if (owner.name.isEmpty())
        owner.name = owner.login;
    return Status::success();
}

Status askPassword(OwnerSetUp& owner)
{
    if (owner.password)
        return Status::success();
    Result<QString> typed =
        readSecret("KARTOTEKA_PASSWORD", Tr::tr("The owner's password: "), true);
    if (!typed)
        return typed.error();
    if (Status s = checkNewPassword(*typed); !s)
        return s;
    owner.password = *typed;
    return Status::success();
}

// Sets up the owner of a database that has none: a new one, or one from
// before accounts. Returns the owner's account.
Result<Account> setUpOwner(const CliContext& context, Database& db, OwnerSetUp& owner)
{
    if (owner.login.isEmpty()) {
        if (Status s = askLogin(context, owner); !s)
            return s.error();
    }
    Accounts accounts(db);
    Result<qint64> existing = existingAccountFor(accounts, owner.login, owner.name);
    if (!existing)
        return existing.error();
    if (owner.name.isEmpty() && *existing) {
        Result<Account> old = accounts.byId(*existing);
        if (!old)
            return old.error();
        owner.name = old->name;
    }
    if (Status s = askName(owner); !s)
        return s.error();
    if (Status s = askPassword(owner); !s)
        return s.error();
    return accounts.createOwner(owner.login, owner.name, *owner.password, *existing);
}

} // namespace

int runInit(const CliContext& context)
{
    if (Result<Language> language = context.language(); !language)
        return context.fail(language.error());
    OwnerSetUp owner;
    owner.name = context.option(u"name"_s).trimmed();
    const bool created = !QFileInfo::exists(context.databasePath);
    if (created) {
        // Nothing is created for a script that forgot --owner, nor for a
        // password that would be refused.
        if (Status s = askLogin(context, owner); !s)
            return context.fail(makeError(
                ErrorKind::Invalid,
                Tr::tr("A new database starts with its owner's account: kartoteka-cli init "
                       "--owner LOGIN [--name \"Full Name\"], with the password in the "
                       "environment variable KARTOTEKA_PASSWORD.")));
        if (Status s = askName(owner); !s)
            return context.fail(s.error());
        if (Status s = askPassword(owner); !s)
            return context.fail(s.error());
    }
    Result<std::unique_ptr<Database>> db = openDatabase(context.openOptions(true));
    if (!db)
        return context.fail(db.error());
    Result<int> version = (*db)->schemaVersion();
    if (!version)
        return context.fail(version.error());
    Result<bool> needsOwner = Accounts(**db).needsOwner();
    if (!needsOwner)
        return context.fail(needsOwner.error());
    QJsonObject json;
    QString ownerText;
    if (*needsOwner) {
        Result<Account> made = setUpOwner(context, **db, owner);
        if (!made)
            return context.fail(made.error());
        ownerText =
            u"\n"_s + Tr::tr("Owner: %1 (%2). Others sign in with the accounts the owner adds: "
                             "kartoteka-cli --user %2 users add LOGIN --name \"Full Name\" "
                             "--role manager.")
                          .arg(made->name, made->login);
        json.insert(u"owner"_s, made->login);
    } else if (context.has(u"owner"_s)) {
        return context.fail(makeError(
            ErrorKind::Conflict, Tr::tr("This database already has an owner. Sign in with --user; "
                                        "the owner makes others owners with users set-role.")));
    }
    const QString path = shownDatabase(**db);
    const QString mode = modeName(**db);
    json.insert(u"path"_s, path);
    json.insert(u"mode"_s, mode);
    json.insert(u"schema_version"_s, *version);
    QString languageText;
    if (const std::optional<Language> language = databaseLanguage(**db); created && language) {
        json.insert(u"language"_s, languageCode(*language));
        if (!context.has(u"locale"_s))
            languageText = u"\n"_s + seededListsNote(*language);
    }
    return context.answer(Tr::tr("Database %1 is ready (mode: %2, schema version %3).")
                                  .arg(path, modeDisplayName(**db))
                                  .arg(*version) +
                              languageText + ownerText,
                          json);
}

QString seededListsNote(Language language)
{
    // Said whenever the language was not asked for: under LANG=C (a server,
    // a script) an English database is easy to make without noticing.
    return seededNamesLanguageText(language) + u' ' +
           Tr::tr("Another language: --locale uk|ru|en when creating, or later kartoteka-cli "
                  "shop language uk|ru|en.");
}

int runShop(const CliContext& context)
{
    const QString sub = context.arguments.value(0);
    if ((sub == u"show"_s || sub == u"set"_s) && context.arguments.size() == 1)
        return runShopDetails(context);
    if (sub != u"language"_s || context.arguments.size() > 2)
        return context.fail(Tr::tr("Use: shop show|set|language. See --help."));
    Result<std::unique_ptr<Database>> db = openDatabase(context.openOptions());
    if (!db)
        return context.fail(db.error());
    const Language current = databaseLanguage(**db).value_or(Language::English);
    if (context.arguments.size() == 1) {
        return context.answer(seededNamesLanguageText(current),
                              QJsonObject{{u"language"_s, languageCode(current)}});
    }
    const QString code = context.arguments.value(1).trimmed();
    const std::optional<Language> to = languageFromCode(code);
    if (!to)
        return context.fail(Tr::tr("The language is one of uk, ru, en, not \"%1\".").arg(code));
    Result<Relabelling> done = relabelSeededNames(**db, *to);
    if (!done)
        return context.fail(done.error());
    QString text = Tr::tr("%n ready-made name(s) translated.", nullptr, done->renamed) + u' ' +
                   seededNamesLanguageText(*to);
    if (done->kept > 0 && done->from != *to)
        text += u' ' + Tr::tr("%n name(s) that the shop had changed were left as they are.",
                              nullptr, done->kept);
    return context.answer(text, QJsonObject{{u"from"_s, languageCode(done->from)},
                                            {u"language"_s, languageCode(*to)},
                                            {u"renamed"_s, done->renamed},
                                            {u"kept"_s, done->kept}});
}

int runPaths(const CliContext& context)
{
    // The database --db names (or the default one) and where its backups go:
    // its own backup folder when it exists and has one set.
    // A server's address is shown as given; its own backup folder needs a
    // sign-in, which paths does not ask for (`backups` shows it).
    const bool server = isServerAddress(context.databasePath);
    const QString database =
        server ? context.databasePath.trimmed()
               : QDir::toNativeSeparators(QFileInfo(context.databasePath).absoluteFilePath());
    QString folder = defaultBackupFolder();
    if (!server && QFileInfo::exists(context.databasePath)) {
        Result<std::unique_ptr<Database>> db = Database::open(context.openOptions());
        if (!db)
            return context.fail(db.error());
        Result<BackupPolicy> policy = loadBackupPolicy(**db);
        if (!policy)
            return context.fail(policy.error());
        folder = policy->effectiveFolder();
    }
    const QString backups = QDir::toNativeSeparators(folder);
    const QString demo = QDir::toNativeSeparators(demoDatabasePath());
    return context.answer(
        Tr::tr("Database: %1\nBackups: %2\nDemo: %3").arg(database, backups, demo),
        QJsonObject{{u"database"_s, database}, {u"backups"_s, backups}, {u"demo"_s, demo}});
}

int runMigrate(const CliContext& context)
{
    if (!isServerAddress(context.to))
        return context.fail(makeError(
            ErrorKind::Invalid,
            Tr::tr("Name the empty server database to move the base to: kartoteka-cli --db FILE "
                   "migrate --to postgresql://SERVER/DATABASE [--dry-run]. The server's "
                   "password comes from PGPASSWORD or ~/.pgpass.")));
    // The file is only read: opened so, and not upgraded.
    OpenOptions options = context.openOptions();
    options.readOnly = true;
    Result<std::unique_ptr<Database>> file = Database::open(options);
    if (!file)
        return context.fail(file.error());
    const bool dryRun = context.has(u"dry-run"_s);
    const bool showProgress = onTerminal() && !context.json;
    Result<ServerMove> moved =
        moveToServer(**file, context.to.trimmed(), dryRun, [&](const QString& table, qint64 rows) {
            if (showProgress)
                std::fprintf(
                    stderr, "%s\n",
                    qPrintable(Tr::tr("  %1 (%n row(s) so far)", nullptr, int(rows)).arg(table)));
        });
    if (!moved)
        return context.fail(moved.error());

    QJsonArray tables;
    for (const MovedTable& t : moved->tables)
        tables.append(
            QJsonObject{{u"table"_s, t.name}, {u"rows"_s, t.rows}, {u"checksum"_s, t.checksum}});
    QJsonArray logins;
    for (const MovedLogin& l : moved->logins) {
        QJsonObject login{{u"login"_s, l.login}, {u"name"_s, l.name}, {u"active"_s, l.active}};
        if (!dryRun)
            login.insert(u"temporary_password"_s, l.temporaryPassword);
        logins.append(login);
    }
    return context.answer(describeMove(*moved),
                          QJsonObject{{u"from"_s, moved->from},
                                      {u"to"_s, moved->to},
                                      {u"dry_run"_s, dryRun},
                                      {u"elapsed_ms"_s, moved->elapsedMs},
                                      {u"tables"_s, tables},
                                      {u"search_rows"_s, moved->searchRows},
                                      {u"change_feed_position"_s, moved->changeFeedPosition},
                                      {u"logins"_s, logins}});
}

int runCheck(const CliContext& context)
{
    // Opens without upgrading: check must never change what it examines.
    Result<std::unique_ptr<Database>> db = Database::open(context.openOptions());
    if (!db)
        return context.fail(db.error());
    Result<int> version = (*db)->schemaVersion();
    if (!version)
        return context.fail(version.error());
    // A server checks its own pages (data checksums, amcheck): only a file's
    // integrity is examined here.
    const bool file = (*db)->backend() == Backend::Sqlite;
    Result<QList<QSqlRecord>> integrity =
        file ? sql::rows((*db)->connection(), u"PRAGMA integrity_check"_s)
             : Result<QList<QSqlRecord>>(QList<QSqlRecord>{});
    QStringList problems;
    if (!integrity) {
        problems.append(integrity.error().fullText());
    } else {
        for (const QSqlRecord& r : *integrity) {
            if (r.value(0).toString() != u"ok")
                problems.append(r.value(0).toString());
        }
    }
    const int programVersion = latestSchemaVersion();
    Status supported = checkSchemaSupported(*version, programVersion);
    if (!supported)
        problems.append(supported.error().message);

    const bool ok = problems.isEmpty();
    const QString path = shownDatabase(**db);
    const QString mode = modeName(**db);
    QString text = Tr::tr("Database: %1\nMode: %2\nSchema version: %3 (this program: %4)\n")
                       .arg(path, modeDisplayName(**db))
                       .arg(*version)
                       .arg(programVersion);
    if (!ok)
        text += Tr::tr("Problems:\n  %1").arg(problems.join(u"\n  "_s));
    else
        text +=
            file ? Tr::tr("Integrity: ok")
                 : Tr::tr("Integrity: the server checks its own data (data checksums, amcheck).");
    if (*version < programVersion)
        text += u"\n"_s + Tr::tr("The schema will be upgraded the next time Kartoteka opens it.");
    context.answer(text, QJsonObject{{u"path"_s, path},
                                     {u"mode"_s, mode},
                                     {u"schema_version"_s, *version},
                                     {u"program_schema_version"_s, programVersion},
                                     {u"ok"_s, ok},
                                     {u"problems"_s, QJsonArray::fromStringList(problems)}});
    return ok ? 0 : 1;
}

} // namespace kartoteka::cli
