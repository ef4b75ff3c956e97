#include "mail/Outbox.h"

#include "mail/Letters.h"
#include "storage/Database.h"

namespace kartoteka::ui {

namespace {

constexpr int kFirstAfterMs = 5'000;
constexpr int kEveryMs = 60'000;
// After the server refused this PC's password or key: a mail provider locks
// a mailbox after a few refused sign-ins in a row.
constexpr int kAfterRefusalMs = 60 * 60'000;
constexpr int kRefused = -1;

} // namespace

Outbox::Outbox(Database& db, QObject* parent) : QObject(parent), m_db(db), m_job(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Outbox::sendNow);
}

void Outbox::start()
{
    m_timer.start(kFirstAfterMs);
}

void Outbox::sendNow()
{
    if (m_job.isRunning()) {
        m_timer.start(kEveryMs);
        return;
    }
    m_job.run(
        [options = m_db.reopenOptions()]() -> int {
            Result<std::unique_ptr<Database>> db = Database::open(options);
            if (!db)
                return 0;
            Result<OutboxReport> report = sendRuleLetters(**db, keptSenders(**db));
            if (report && report->signInRefused)
                return kRefused;
            return report ? report->sent + report->failed : 0;
        },
        [this](int ended) {
            if (ended > 0)
                emit lettersSent();
            m_timer.start(ended == kRefused ? kAfterRefusalMs : kEveryMs);
        });
}

} // namespace kartoteka::ui
