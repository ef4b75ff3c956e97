#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace kartoteka::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

class TempDir;

// The environment of a kartoteka-cli run: its default folders under `home`,
// never the real home, and LANG=C.UTF-8 (English answers) whatever the
// developer's own language.
QProcessEnvironment cliEnvironment(const QString& home);

// Runs kartoteka-cli with its default folders under `home`, and the
// variables of `environment` set (KARTOTEKA_PASSWORD...).
CliRun runCli(const QStringList& arguments, const QString& home,
              const QMap<QString, QString>& environment = {});

// A new database "shop.sqlite" in `home` without accounts yet (as one from
// before accounts, its commands run without signing in), with a client of
// each of `clients`' names. Returns its path.
QString newShop(const TempDir& home, const QStringList& clients = {});

// The error kind of a --json failure, from {"error": ..., "kind": ...} on stderr.
QString cliErrorKind(const CliRun& run);

// Starts a kartoteka-test-writer process.
std::unique_ptr<QProcess> startWriter(const QStringList& arguments);

// The numbers N of the "committed N" lines a writer printed.
QList<int> committedSequences(const QByteArray& output);

// How long each save of a "rows" writer took in ms ("committed N MS" lines), waits included.
QList<qint64> saveDurations(const QByteArray& output);

} // namespace kartoteka::test
