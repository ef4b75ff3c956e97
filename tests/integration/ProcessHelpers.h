#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
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

// Runs kartoteka-cli with its default folders under `home`, never the real home.
CliRun runCli(const QStringList& arguments, const QString& home);

// Starts a kartoteka-test-writer process.
std::unique_ptr<QProcess> startWriter(const QStringList& arguments);

// The numbers N of the "committed N" lines a writer printed.
QList<int> committedSequences(const QByteArray& output);

} // namespace kartoteka::test
