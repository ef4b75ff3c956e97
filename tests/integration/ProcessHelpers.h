#pragma once

#include <QByteArray>
#include <QJsonDocument>
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
// never the real home.
QProcessEnvironment cliEnvironment(const QString& home);

// Runs kartoteka-cli with its default folders under `home`.
CliRun runCli(const QStringList& arguments, const QString& home);

// A new database "shop.sqlite" in `home`, made with `init`, with a client of
// each of `clients`' names. Returns its path.
QString newShop(const TempDir& home, const QStringList& clients = {});

// Starts a kartoteka-test-writer process.
std::unique_ptr<QProcess> startWriter(const QStringList& arguments);

// The numbers N of the "committed N" lines a writer printed.
QList<int> committedSequences(const QByteArray& output);

} // namespace kartoteka::test
