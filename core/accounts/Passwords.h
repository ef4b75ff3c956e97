#pragma once

#include "storage/Result.h"

#include <QString>

namespace kartoteka {

// Passwords are kept only as Argon2id hashes in libsodium's string format
// (crypto_pwhash_str: algorithm, limits and salt travel with the hash), at
// libsodium's "interactive" limits. The password itself is never stored,
// logged or kept longer than the call.
inline constexpr int kMinPasswordLength = 8;

// ErrorKind::Invalid with what is wrong, unless `password` may be used.
Status checkNewPassword(const QString& password);
Result<QString> hashPassword(const QString& password);
bool verifyPassword(const QString& hash, const QString& password);
// Spends the time of one verification, so that an unknown login takes as
// long to refuse as a wrong password.
void spendVerificationTime(const QString& password);
// A random temporary password the owner reads out to a new colleague:
// 10 characters without look-alikes (no 0/O, 1/l/I).
QString temporaryPassword();

} // namespace kartoteka
