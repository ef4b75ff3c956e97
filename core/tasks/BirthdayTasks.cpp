#include "tasks/BirthdayTasks.h"

#include "accounts/Access.h"
#include "clients/Birthdays.h"
#include "clients/Lists.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "tasks/TaskRepository.h"

#include <QCoreApplication>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::BirthdayTasks)
};

// The longest a greeting is set before the birthday (ContactHabits).
constexpr int kLongestLead = 30;

} // namespace

Result<int> makeBirthdayTasks(Database& db, const QDate& today)
{
    // The coming month's birthdays, by the birthday index.
    const BirthdayWindow window = birthdayWindow(today, kLongestLead + 1);
    const ScopeSql reached = clientScope(db.principal(), u"c"_s);
    Result<QList<QSqlRecord>> rows = sql::rows(
        db.connection(),
        u"SELECT c.id, c.display_name, c.birthday, c.manager_id, h.birthday_days_before FROM "
        u"clients c JOIN contact_type_habits h ON h.type_id = c.contact_type_id WHERE "
        u"+c.archived = 0 AND "_s +
            window.sql + u" AND h.birthday_days_before IS NOT NULL AND "_s + reached.sql,
        window.args + reached.args);
    if (!rows)
        return rows.error();
    QList<Task> due;
    QHash<qint64, qint64> managers; // each client's, who greets them
    for (const QSqlRecord& r : *rows) {
        const QDate born = QDate::fromString(r.value(2).toString(), Qt::ISODate);
        const QDate birthday = nextBirthday(born, today);
        const int lead = r.value(4).toInt();
        if (!birthday.isValid() || today.daysTo(birthday) > lead)
            continue;
        Task greet;
        greet.title = Tr::tr("Greet %1 on their birthday, %2")
                          .arg(r.value(1).toString(), birthday.toString(u"dd.MM"_s));
        greet.clientId = r.value(0).toLongLong();
        greet.dueDate = std::max(birthday.addDays(-lead), today);
        greet.origin = u"birthday:"_s + QString::number(birthday.year());
        managers.insert(greet.clientId, r.value(3).toLongLong());
        due.append(greet);
    }
    if (due.isEmpty())
        return 0;
    Result<qint64> kind = Lists(db).idByMeaning(kTaskKinds, u"message"_s);
    int made = 0;
    Status s = db.write([&](Transaction& tx) -> Status {
        TaskRepository tasks(db);
        for (Task& greet : due) {
            Result<QVariant> have = sql::scalar(
                tx.db(), u"SELECT count(*) FROM tasks WHERE client_id = ? AND origin = ?"_s,
                {greet.clientId, greet.origin});
            if (!have)
                return have.error();
            if (have->toInt() > 0)
                continue;
            if (kind)
                greet.kindId = *kind;
            if (Status s = tasks.createForShop(tx, greet, {managers.value(greet.clientId)}); !s)
                return s;
            ++made;
        }
        return Status::success();
    });
    if (!s)
        return s.error();
    return made;
}

} // namespace kartoteka
