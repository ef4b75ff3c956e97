#pragma once

#include "storage/Result.h"
#include "storage/StorageMode.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace kartoteka::cli {

// What every command gets: the parsed options and a way to answer in text or JSON.
struct CliContext
{
    QString databasePath;
    ModeChoice mode = ModeChoice::Automatic;
    bool json = false;
    bool yes = false;
    QString to;                                 // backup --to
    QString dir;                                // backups --dir
    QStringList arguments;                      // positional arguments after the command
    const QCommandLineParser* parser = nullptr; // for the options of one command

    QString option(const QString& name) const { return parser->value(name); }
    QStringList options(const QString& name) const { return parser->values(name); }
    bool has(const QString& name) const { return parser->isSet(name); }

    // Prints `document` with --json, else `text`. Returns the exit code 0.
    int answer(const QString& text, const QJsonValue& document) const;
    // Prints the error on stderr. Returns the exit code 1.
    int fail(const Error& error) const;
    int fail(const QString& message) const;
};

int runInit(const CliContext& context);
int runPaths(const CliContext& context);
int runCheck(const CliContext& context);
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

} // namespace kartoteka::cli
