#include "tasks/BirthdayTasks.h"

#include "accounts/Access.h"
#include "clients/Lists.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "tasks/TaskRepository.h"

#include <QCoreApplication>
#include <QSqlRecord>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::BirthdayTasks)
};

// The longest a greeting is set before the birthday (ContactHabits).
constexpr int kLongestLead = 30;

// The birthday of someone born on `born` in the year of `from` or the next,
// whichever comes first on or after `from`; 29 February is kept on the 28th
// in other years.
QDate nextBirthday(const QDate& born, const QDate& from)
{
    for (int year = from.year(); year <= from.year() + 1; ++year) {
        QDate day(year, born.month(), born.day());
        if (!day.isValid())
            day = QDate(year, 2, 28);
        if (day >= from)
            return day;
    }
    return {};
}

} // namespace

Result<int> makeBirthdayTasks(Database& db, const QDate& today)
{
    // The month-days of the coming month, read by the birthday index.
    QStringList marks;
    QVariantList args;
    for (int i = 0; i <= kLongestLead; ++i) {
        const QDate day = today.addDays(i);
        args << day.toString(u"MM-dd"_s);
        if (day.month() == 2 && day.day() == 28 && !QDate::isLeapYear(day.year()))
            args << u"02-29"_s;
    }
    for (qsizetype i = 0; i < args.size(); ++i)
        marks << u"?"_s;
    const ScopeSql reached = clientScope(db.principal(), u"c"_s);
    Result<QList<QSqlRecord>> rows = sql::rows(
        db.connection(),
        u"SELECT c.id, c.display_name, c.birthday, c.manager_id, h.birthday_days_before FROM "
        u"clients c JOIN contact_type_habits h ON h.type_id = c.contact_type_id WHERE "
        u"+c.archived = 0 AND c.birthday IS NOT NULL AND substr(c.birthday, 6, 5) IN ("_s +
            marks.join(u", "_s) + u") AND h.birthday_days_before IS NOT NULL AND "_s + reached.sql,
        args + reached.args);
    if (!rows)
        return rows.error();
    struct Greeting
    {
        Task task;
        QString origin;
    };
    QList<Greeting> due;
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
        greet.responsibleId = r.value(3).toLongLong();
        greet.dueDate = std::max(birthday.addDays(-lead), today);
        greet.origin = u"birthday:"_s + QString::number(birthday.year());
        due.append({greet, greet.origin});
    }
    if (due.isEmpty())
        return 0;
    Result<qint64> kind = Lists(db).idByMeaning(kTaskKinds, u"message"_s);
    int made = 0;
    Status s = db.write([&](Transaction& tx) -> Status {
        TaskRepository tasks(db);
        for (Greeting& g : due) {
            Result<QVariant> have = sql::scalar(
                tx.db(), u"SELECT count(*) FROM tasks WHERE client_id = ? AND origin = ?"_s,
                {g.task.clientId, g.origin});
            if (!have)
                return have.error();
            if (have->toInt() > 0)
                continue;
            if (kind)
                g.task.kindId = *kind;
            Status written = tasks.createIn(tx, g.task);
            if (!written && g.task.responsibleId > 0 &&
                (written.error().kind == ErrorKind::Forbidden ||
                 written.error().kind == ErrorKind::Invalid)) {
                // Someone else's client's manager is not ours to task, or
                // their account is closed: whoever runs it greets.
                g.task.responsibleId = 0;
                written = tasks.createIn(tx, g.task);
            }
            if (!written)
                return written;
            ++made;
        }
        return Status::success();
    });
    if (!s)
        return s.error();
    return made;
}

} // namespace kartoteka
