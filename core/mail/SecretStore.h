#pragma once

#include "storage/Result.h"

#include <QString>

#include <optional>

namespace kartoteka {

// Where a secret of this PC's user (the shop's mail password) is kept: never
// in the database, which every PC and every backup shares.
enum class SecretPlace
{
    // The operating system's keychain (Windows Credential Manager, macOS
    // Keychain, the Secret Service of a Linux desktop), through QtKeychain.
    Keychain,
    // No keychain answered: encrypted (libsodium secretbox) in this user's
    // program data, with the key in a file beside it that only this user may
    // read. Safe from the database, its backups and a glance; not from
    // someone who can read this user's files.
    EncryptedFile,
};

struct KeptSecret
{
    QString secret;
    SecretPlace place = SecretPlace::Keychain;
};

// Keeps `secret` under `key` (the keychain first, unless KARTOTEKA_KEYCHAIN
// is "off"; a keychain that does not answer within a while counts as none
// for the rest of the process) and says where it went. Blocking: the
// keychain may ask the person to unlock it.
Result<SecretPlace> keepSecret(const QString& key, const QString& secret);

// The secret kept under `key`, from wherever it was kept; nothing if none.
Result<std::optional<KeptSecret>> readSecret(const QString& key);

// Removes the secret from both places.
Status forgetSecret(const QString& key);

// Where keepSecret put the secret under `key` on this PC, as it remembered
// (without asking the keychain, which may prompt): for screens that say so.
std::optional<SecretPlace> keptSecretPlace(const QString& key);

} // namespace kartoteka
