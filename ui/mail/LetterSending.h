#pragma once

#include "mail/LetterRepository.h"
#include "mail/MailAccount.h"

#include <optional>

class QWidget;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// Keeps `secret` under `key` on this PC (mail/SecretStore) off the screen's
// thread — the keychain may ask the person to unlock it — while a busy note
// over `parent` says `busy`.
Result<SecretPlace> keepSecretWaiting(QWidget* parent, const QString& title, const QString& busy,
                                      const QString& key, const QString& secret);

// This PC's password for the shop's mail `account`: kept, or asked for now
// (and kept); nothing when the person gave none or it could not be read
// (said in a message box over `parent`).
std::optional<QString> mailPasswordFor(const MailAccount& account, QWidget* parent);

// Sends the kept letter `letterId` from a screen: the shop's account and
// this PC's password (asked for, and kept, when this PC has none), the letter
// claimed, the server asked on a thread of its own while the window waits,
// the outcome written. A failure is told in the person's words, with the
// letter kept on the timeline to send again. Returns the letter as it ended;
// nothing when it could not even be taken (not set up, sent meanwhile).
std::optional<Letter> sendKeptLetter(Database& db, qint64 letterId, QWidget* parent);

} // namespace kartoteka::ui
