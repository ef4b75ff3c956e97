#include "mail/SecretStore.h"

#include "storage/LiveFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <qt6keychain/keychain.h>
#include <sodium.h>

#include <atomic>
#include <functional>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::SecretStore)
};

const QString kService = u"Kartoteka"_s;
// A keychain that does not answer in this time (a Linux session without a
// Secret Service, a prompt nobody answers) is taken for none.
constexpr int kKeychainWaitMs = 20000;
std::atomic_bool g_keychainSilent{false};

bool keychainWanted()
{
    return qgetenv("KARTOTEKA_KEYCHAIN") != "off" && !g_keychainSilent.load();
}

enum class KeychainAnswer
{
    Done,
    NotFound,
    Unavailable, // no keychain, or it refused: the file is used instead
};

// Runs `job` to its end (or the time limit) in a loop of its own, so that it
// works from the screen's thread, a worker thread or the command line; `done`
// reads what a job that succeeded in time has to say.
KeychainAnswer runJob(QKeychain::Job* job, const std::function<void(QKeychain::Job*)>& done = {})
{
    job->setAutoDelete(false);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(kKeychainWaitMs);
    job->start();
    loop.exec();
    if (timer.isActive()) {
        const QKeychain::Error error = job->error();
        if (error == QKeychain::NoError && done)
            done(job);
        delete job;
        if (error == QKeychain::NoError)
            return KeychainAnswer::Done;
        return error == QKeychain::EntryNotFound ? KeychainAnswer::NotFound
                                                 : KeychainAnswer::Unavailable;
    }
    // Still running: it deletes itself once it ends, and is not asked again.
    g_keychainSilent = true;
    job->setAutoDelete(true);
    return KeychainAnswer::Unavailable;
}

QString folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString keyFilePath()
{
    return folder() + u"/secret.key"_s;
}

QString secretsFilePath()
{
    return folder() + u"/secrets.ini"_s;
}

QString entryName(const QString& key)
{
    return u"secrets/"_s +
           QString::fromLatin1(
               QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Error fileError(const QString& path, const QString& detail)
{
    return makeError(ErrorKind::Io,
                     Tr::tr("The password could not be kept on this computer (%1): check that "
                            "the folder can be written to.")
                         .arg(QDir::toNativeSeparators(path)),
                     detail);
}

// This user's key for the encrypted file, made on first use; only its owner
// may read it.
Result<QByteArray> fileKey(bool create)
{
    if (sodium_init() < 0)
        return makeError(ErrorKind::Failed, Tr::tr("Encryption is not available."), u"sodium"_s);
    const QString path = keyFilePath();
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray key = file.readAll();
        if (key.size() == crypto_secretbox_KEYBYTES)
            return key;
        if (!create)
            return QByteArray();
    } else if (!create) {
        return QByteArray();
    }
    if (!QDir().mkpath(folder()))
        return fileError(folder(), u"mkpath"_s);
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        out.write(key) != key.size() || !out.commit())
        return fileError(path, out.errorString());
    return key;
}

QSettings secretsFile()
{
    return QSettings(secretsFilePath(), QSettings::IniFormat);
}

// The two files sit beside the default database: neither is opened while a
// database (or its -wal/-shm/-journal) of that name is open in this process
// — closing a descriptor on it would drop the process's SQLite locks.
Status refuseLiveFiles()
{
    for (const QString& path : {keyFilePath(), secretsFilePath()}) {
        if (Status s = refuseLiveDatabaseFile(path); !s)
            return s;
    }
    return {};
}

Status keepInFile(const QString& key, const QString& secret)
{
    Result<QByteArray> k = fileKey(true);
    if (!k)
        return k.error();
    const QByteArray plain = secret.toUtf8();
    QByteArray sealed(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(),
                      Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char*>(plain.constData()),
                          quint64(plain.size()), nonce,
                          reinterpret_cast<const unsigned char*>(k->constData()));
    QSettings file = secretsFile();
    file.setValue(entryName(key), QString::fromLatin1(sealed.toBase64()));
    file.sync();
    if (file.status() != QSettings::NoError)
        return fileError(file.fileName(), u"QSettings"_s);
    return {};
}

Result<std::optional<QString>> readFromFile(const QString& key)
{
    const QByteArray sealed =
        QByteArray::fromBase64(secretsFile().value(entryName(key)).toString().toLatin1());
    if (sealed.isEmpty())
        return std::optional<QString>();
    Result<QByteArray> k = fileKey(false);
    if (!k)
        return k.error();
    const qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    QByteArray plain(std::max<qsizetype>(sealed.size() - overhead, 0), Qt::Uninitialized);
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.constData());
    if (k->isEmpty() || sealed.size() < overhead ||
        crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()),
                                   nonce + crypto_secretbox_NONCEBYTES,
                                   quint64(sealed.size() - crypto_secretbox_NONCEBYTES), nonce,
                                   reinterpret_cast<const unsigned char*>(k->constData())) != 0)
        // The key file was lost or replaced: the password must be entered again.
        return std::optional<QString>();
    return std::optional<QString>(QString::fromUtf8(plain));
}

void forgetInFile(const QString& key)
{
    QSettings file = secretsFile();
    if (file.contains(entryName(key)))
        file.remove(entryName(key));
}

// Where the secret went, remembered beside the file's secrets (a name, not
// the secret), so that a screen can say it without asking the keychain.
QString placeName(const QString& key)
{
    return u"places/"_s + entryName(key).section(u'/', 1);
}

void rememberPlace(const QString& key, std::optional<SecretPlace> place)
{
    QSettings file = secretsFile();
    if (!place)
        file.remove(placeName(key));
    else
        file.setValue(placeName(key), *place == SecretPlace::Keychain ? u"keychain"_s : u"file"_s);
}

} // namespace

Result<SecretPlace> keepSecret(const QString& key, const QString& secret)
{
    if (Status s = refuseLiveFiles(); !s)
        return s.error();
    if (keychainWanted()) {
        auto* job = new QKeychain::WritePasswordJob(kService);
        job->setKey(key);
        job->setTextData(secret);
        if (runJob(job) == KeychainAnswer::Done) {
            forgetInFile(key);
            rememberPlace(key, SecretPlace::Keychain);
            return SecretPlace::Keychain;
        }
    }
    if (Status s = keepInFile(key, secret); !s)
        return s.error();
    rememberPlace(key, SecretPlace::EncryptedFile);
    return SecretPlace::EncryptedFile;
}

Result<std::optional<KeptSecret>> readSecret(const QString& key)
{
    if (Status s = refuseLiveFiles(); !s)
        return s.error();
    if (keychainWanted()) {
        auto* job = new QKeychain::ReadPasswordJob(kService);
        job->setKey(key);
        QString secret;
        const auto read = [&secret](QKeychain::Job* done) {
            secret = static_cast<QKeychain::ReadPasswordJob*>(done)->textData();
        };
        if (runJob(job, read) == KeychainAnswer::Done)
            return std::optional<KeptSecret>(KeptSecret{secret, SecretPlace::Keychain});
    }
    Result<std::optional<QString>> kept = readFromFile(key);
    if (!kept)
        return kept.error();
    if (!*kept)
        return std::optional<KeptSecret>();
    return std::optional<KeptSecret>(KeptSecret{**kept, SecretPlace::EncryptedFile});
}

Status forgetSecret(const QString& key)
{
    if (Status s = refuseLiveFiles(); !s)
        return s;
    if (keychainWanted()) {
        auto* job = new QKeychain::DeletePasswordJob(kService);
        job->setKey(key);
        runJob(job);
    }
    forgetInFile(key);
    rememberPlace(key, std::nullopt);
    return {};
}

std::optional<SecretPlace> keptSecretPlace(const QString& key)
{
    if (!refuseLiveFiles())
        return std::nullopt;
    const QString place = secretsFile().value(placeName(key)).toString();
    if (place == u"keychain"_s)
        return SecretPlace::Keychain;
    if (place == u"file"_s)
        return SecretPlace::EncryptedFile;
    return std::nullopt;
}

} // namespace kartoteka
