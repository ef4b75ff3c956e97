#include "clients/ContactHabits.h"

#include "accounts/Access.h"
#include "audit/AuditLog.h"
#include "clients/ClientChecks.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ContactHabits)
};

std::optional<int> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QVariant nullable(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant();
}

ContactHabits habitsFrom(const QSqlRecord& r)
{
    return {r.value(0).toLongLong(), optionalInt(r.value(1)), optionalInt(r.value(2)),
            optionalInt(r.value(3)), r.value(4).toLongLong()};
}

const QString kSelect = u"SELECT type_id, contact_every_days, repeat_sale_days, "
                        u"birthday_days_before, version FROM contact_type_habits"_s;

Status check(const ContactHabits& h)
{
    const auto within = [](const std::optional<int>& days, int least, int most) {
        return !days || (*days >= least && *days <= most);
    };
    if (!within(h.contactEveryDays, 1, kLongestContactInterval))
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("Keep in touch at least every 1 to %1 days.").arg(kLongestContactInterval));
    if (!within(h.repeatSaleDays, 1, kLongestContactInterval))
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The next sale comes 1 to %1 days after a won deal.")
                             .arg(kLongestContactInterval));
    if (!within(h.birthdayDaysBefore, 0, 30))
        return makeError(ErrorKind::Invalid,
                         Tr::tr("A birthday greeting is set on the day or up to 30 days before."));
    return Status::success();
}

} // namespace

Result<QHash<qint64, ContactHabits>> ContactHabitsRepository::all()
{
    Result<QList<QSqlRecord>> rows = sql::rows(m_db.connection(), kSelect);
    if (!rows)
        return rows.error();
    QHash<qint64, ContactHabits> byType;
    for (const QSqlRecord& r : *rows) {
        const ContactHabits h = habitsFrom(r);
        byType.insert(h.typeId, h);
    }
    return byType;
}

Result<ContactHabits> ContactHabitsRepository::of(qint64 typeId)
{
    Result<QList<QSqlRecord>> rows =
        sql::rows(m_db.connection(), kSelect + u" WHERE type_id = ?"_s, {typeId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty()) {
        ContactHabits none;
        none.typeId = typeId;
        return none;
    }
    return habitsFrom(rows->first());
}

Status ContactHabitsRepository::save(ContactHabits& habits)
{
    if (Status s = require(m_db.principal(), Capability::Lists); !s)
        return s;
    if (Status s = check(habits); !s)
        return s;
    return m_db.write([&](Transaction& tx) -> Status {
        Result<int> changed =
            habits.version == 0
                ? sql::change(tx.db(),
                              u"INSERT INTO contact_type_habits (type_id, contact_every_days, "
                              u"repeat_sale_days, birthday_days_before) VALUES (?, ?, ?, ?) "
                              u"ON CONFLICT (type_id) DO NOTHING"_s,
                              {habits.typeId, nullable(habits.contactEveryDays),
                               nullable(habits.repeatSaleDays),
                               nullable(habits.birthdayDaysBefore)})
                : sql::change(tx.db(),
                              u"UPDATE contact_type_habits SET contact_every_days = ?, "
                              u"repeat_sale_days = ?, birthday_days_before = ?, version = version "
                              u"+ 1 WHERE type_id = ? AND version = ?"_s,
                              {nullable(habits.contactEveryDays), nullable(habits.repeatSaleDays),
                               nullable(habits.birthdayDaysBefore), habits.typeId, habits.version});
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return makeError(ErrorKind::Conflict,
                             Tr::tr("Someone changed this type's habits meanwhile. Look at them "
                                    "again and make your change once more."));
        tx.recordChange(kEntity, habits.typeId, ChangeOp::Update);
        habits.version = habits.version == 0 ? 1 : habits.version + 1;
        const auto shown = [](const std::optional<int>& days) {
            return days ? QJsonValue(*days) : QJsonValue();
        };
        return recordAudit(
            tx, {auditAction::changeAction(kEntity, u"update"_s),
                 kEntity,
                 habits.typeId,
                 0,
                 {},
                 QJsonObject{{u"contact_every_days"_s, shown(habits.contactEveryDays)},
                             {u"repeat_sale_days"_s, shown(habits.repeatSaleDays)},
                             {u"birthday_days_before"_s, shown(habits.birthdayDaysBefore)}}});
    });
}

} // namespace kartoteka
