#pragma once

#include "storage/Database.h"
#include "storage/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace kartoteka {

// Accounts on a PostgreSQL server are the server's login roles
// (postgresql/0020_server_roles.sql): the server checks every password, so
// a manager's limits hold in any tool they connect with. A file keeps its
// Argon2id hashes (Passwords.h) instead.

// What users.password_hash holds for a server's account: the server checks
// the password; the program keeps none.
inline const QString kServerChecksPassword = QStringLiteral("server");

// The SCRAM-SHA-256 verifier the server stores for `password`, made here so
// that the plain password never travels to the server or its logs. A new
// random salt each time; `salt` and `iterations` only for tests.
QString scramVerifier(const QString& password);
QString scramVerifier(const QString& password, const QByteArray& salt, int iterations);

// Makes or updates the login role of `login` (folded) in the transaction of
// `db`: its password (kept when `password` is empty) and whether it may log
// in. The server refuses unless the session may manage accounts, or it is
// one's own password.
Status setServerLogin(QSqlDatabase& db, const QString& login, const QString& password,
                      bool enabled);
// Renames the login role of an account whose login changes; its password stays.
Status renameServerLogin(QSqlDatabase& db, const QString& from, const QString& to);

// Whether the server accepts `password` for the account `login` (folded) of
// the database `db` is connected to: a connection of its own is opened as
// that login role and closed. ErrorKind::SignInFailed when refused.
Status checkServerPassword(const Database& db, const QString& login, const QString& password);

// `options` to open a server database as the account `login` with
// `password` (the sign-in of the window or of kartoteka-cli --user).
OpenOptions serverSignInOptions(OpenOptions options, const QString& login, const QString& password);

} // namespace kartoteka
