#include "Catch.h"
#include "ProcessHelpers.h"
#include "TestSupport.h"

#include "backup/OwnerCopy.h"
#include "clients/ClientRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

// kartoteka-cli with the owner's passphrase in KARTOTEKA_PASSPHRASE (none
// when empty) and stdin not a terminal, so nothing can be asked.
CliRun runWithPassphrase(const QStringList& arguments, const QString& home,
                         const QString& passphrase)
{
    QProcess process;
    QProcessEnvironment env = cliEnvironment(home);
    env.remove(u"KARTOTEKA_PASSPHRASE"_s);
    if (!passphrase.isEmpty())
        env.insert(u"KARTOTEKA_PASSPHRASE"_s, passphrase);
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(KARTOTEKA_CLI), arguments);
    REQUIRE(process.waitForFinished(120000));
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

qint64 addClient(const QString& path, const QString& lastName)
{
    auto db = openTestDatabase(path);
    Client client;
    client.lastName = lastName;
    client.firstName = u"Олег"_s;
    requireOk(ClientRepository(*db).create(client));
    return client.id;
}

bool hasClient(const QString& path, qint64 id)
{
    auto db = openTestDatabase(path);
    return ClientRepository(*db).load(id).ok();
}

} // namespace

TEST_CASE("kartoteka-cli writes the owner's copy and verifies and restores it with the passphrase",
          "[integration][cli][ownercopy]")
{
    TempDir home;
    const QString db = home.path(u"shop.sqlite"_s);
    const QString stick = home.path(u"stick"_s);
    const QString passphrase = u"the owner's own words"_s;
    addClient(db, u"Zzyzxmarker"_s);
    auto cli = [&](QStringList arguments, const QString& secret = {}) {
        arguments.prepend(db);
        arguments.prepend(u"--db"_s);
        return runWithPassphrase(arguments, home.path(), secret);
    };

    REQUIRE(cli({u"backups"_s, u"owner-folder"_s, stick}).exitCode == 0);
    // No key yet: the backup is made, the owner's copy is not, and the exit code says so.
    CliRun noKey = cli({u"backup"_s, u"--json"_s});
    CHECK(noKey.exitCode == 1);
    CHECK(cli({u"backups"_s, u"--json"_s}).json().array().size() == 1);
    CHECK(QDir(stick).isEmpty());
    // Without the variable and without a terminal nothing can be asked.
    CHECK(cli({u"backups"_s, u"owner-key"_s}).exitCode == 1);

    CliRun key = cli({u"backups"_s, u"owner-key"_s}, passphrase);
    INFO(key.err.toStdString());
    REQUIRE(key.exitCode == 0);
    {
        auto opened = openTestDatabase(db);
        const std::optional<OwnerKey> stored = requireValue(loadOwnerKey(*opened));
        REQUIRE(stored);
        CHECK(stored->limits.memLimit == defaultOwnerKeyLimits().memLimit);
        // The same passphrase at Argon2id's cheapest keeps the four openings
        // below fast; a copy carries its key's limits, so the path is the same.
        requireOk(setOwnerPassphrase(*opened, passphrase,
                                     {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}));
    }
    CliRun backup = cli({u"backup"_s, u"--json"_s});
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    const QStringList copies = QDir(stick).entryList({u"*."_s + kOwnerCopySuffix}, QDir::Files);
    REQUIRE(copies.size() == 1);
    const QString copy = QDir(stick).absoluteFilePath(copies.first());
    CHECK_FALSE(fileBytes(copy).contains("Zzyzxmarker"));

    // `backups` lists it as an owner's copy.
    CliRun list = cli({u"backups"_s, u"--json"_s});
    bool listed = false;
    for (const QJsonValue& entry : list.json().array())
        listed = listed || entry.toObject().value(u"owner_copy"_s).toBool();
    CHECK(listed);

    CliRun wrong = cli({u"verify"_s, copy, u"--json"_s}, u"not the passphrase"_s);
    CHECK(wrong.exitCode == 1);
    CHECK(QJsonDocument::fromJson(wrong.err).object().value(u"kind"_s).toString() ==
          u"sign_in_failed");
    CliRun good = cli({u"verify"_s, copy, u"--json"_s}, passphrase);
    INFO(good.err.toStdString());
    REQUIRE(good.exitCode == 0);
    CHECK(good.json().object().value(u"owner_copy"_s).toBool());
    CHECK(good.json().object().value(u"verified"_s).toBool());

    const qint64 later = addClient(db, u"Added after the backup"_s);
    CliRun refused = cli({u"restore"_s, copy, u"--yes"_s}, u"not the passphrase"_s);
    CHECK(refused.exitCode == 1);
    CHECK(hasClient(db, later));
    CliRun restored = cli({u"restore"_s, copy, u"--yes"_s, u"--json"_s}, passphrase);
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.json().object().value(u"restored_from"_s).toString() ==
          QDir::toNativeSeparators(copy));
    CHECK_FALSE(hasClient(db, later));
}
