#pragma once

#include "main/BackgroundJob.h"

#include <QObject>
#include <QTimer>

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// An open window sends the letters and SMS automation rules queued (mail/
// Letters sendRuleLetters), soon after it opens and then each minute, on a
// thread and a connection of its own. It never asks for a password: one this
// PC does not keep leaves those messages waiting for a PC that does (or for
// `kartoteka-cli mail outbox`). Several windows may run it: each message is
// claimed by one.
class Outbox : public QObject
{
    Q_OBJECT
public:
    explicit Outbox(Database& db, QObject* parent = nullptr);
    void start();

signals:
    // Messages went (or failed): the card shows how they ended.
    void lettersSent();

private:
    void sendNow();

    Database& m_db;
    QTimer m_timer;
    BackgroundJob m_job;
};

} // namespace kartoteka::ui
