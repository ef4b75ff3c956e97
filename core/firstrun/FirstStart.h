#pragma once

#include "accounts/Access.h"
#include "firstrun/ShopProfile.h"
#include "language/Language.h"
#include "storage/Result.h"

#include <QString>

#include <optional>

namespace kartoteka {

class Database;

// The owner's account as the first-start assistant asks for it.
struct OwnerChoice
{
    QString login;
    QString name;
    QString password;
    QString repeat;
};

enum class StartWith
{
    Empty, // the shop's own, empty database
    Demo,  // a demo database to look around in first
};

// Everything a new shop chooses at its first start.
struct FirstStartChoices
{
    Language language = Language::Ukrainian;
    ShopProfile shop;
    OwnerChoice owner;
    QString backupFolder; // empty: the default folder (defaultBackupFolder())
    StartWith start = StartWith::Empty;
};

// The login, name and passwords as Accounts::createOwner will want them,
// checked before any database exists: the assistant stays on the page.
std::optional<SetupProblem> checkOwnerChoice(const OwnerChoice& owner);

// Where the demo of a first start goes: beside the shop's own database, so
// that the shop's file name stays free for its real data.
QString demoDatabasePathFor(const QString& databasePath);

// Applies the choices to the database just made for them, each step in its
// own transaction: the owner's account (Accounts::createOwner; for a demo,
// the demo's owner becomes the person, with their login, name and
// password), the sign-in as the owner (the database then carries the
// principal, and every later step is recorded under the owner's name), the
// shop's profile, the backup folder. The language is kept on this PC
// (setChosenLanguage). Returns the owner, signed in.
Result<Principal> applyFirstStart(Database& db, const FirstStartChoices& choices);

} // namespace kartoteka
