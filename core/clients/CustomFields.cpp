#include "clients/CustomFields.h"
#include "accounts/Access.h"
#include "language/Formats.h"

#include "audit/AuditLog.h"

#include "money/Money.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::CustomFields)
};

constexpr FieldType kTypes[] = {FieldType::Text, FieldType::Number, FieldType::Date,
                                FieldType::YesNo, FieldType::Choice};

} // namespace

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return u"text"_s;
    case FieldType::Number:
        return u"number"_s;
    case FieldType::Date:
        return u"date"_s;
    case FieldType::YesNo:
        return u"yesno"_s;
    case FieldType::Choice:
        return u"choice"_s;
    }
    return {};
}

std::optional<FieldType> fieldTypeFromName(const QString& name)
{
    for (FieldType type : kTypes) {
        if (fieldTypeName(type) == name)
            return type;
    }
    return std::nullopt;
}

QString fieldTypeDisplayName(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return Tr::tr("text");
    case FieldType::Number:
        return Tr::tr("number");
    case FieldType::Date:
        return Tr::tr("date");
    case FieldType::YesNo:
        return Tr::tr("yes/no");
    case FieldType::Choice:
        return Tr::tr("choice from a list");
    }
    return {};
}

Result<QString> CustomField::normalize(const QString& input) const
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return QString();
    switch (type) {
    case FieldType::Text:
        return text;
    case FieldType::Number: {
        // Strict: "1e3", "0x10", "nan" and "inf" are typing mistakes, not numbers.
        const Result<double> value = parsePlainNumber(text);
        if (!value)
            return makeError(ErrorKind::Invalid, Tr::tr("%1: %2").arg(name, value.error().message));
        return QString::number(*value, 'g', 15);
    }
    case FieldType::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return makeError(ErrorKind::Invalid,
                             Tr::tr("%1 takes a date as YYYY-MM-DD, not \"%2\".").arg(name, text));
        return date.toString(Qt::ISODate);
    }
    case FieldType::YesNo:
        if (text == u"1" || text == u"0")
            return text;
        return makeError(ErrorKind::Invalid, Tr::tr("%1 is yes or no.").arg(name));
    case FieldType::Choice:
        if (choices.contains(text))
            return text;
        return makeError(ErrorKind::Invalid,
                         Tr::tr("%1 is one of: %2.").arg(name, choices.join(u", "_s)));
    }
    return text;
}

QString CustomField::display(const QString& stored) const
{
    if (stored.isEmpty())
        return {};
    switch (type) {
    case FieldType::Number:
        return QLocale().toString(stored.toDouble(), 'g', 15);
    case FieldType::Date:
        return formatDate(QDate::fromString(stored, Qt::ISODate));
    case FieldType::YesNo:
        return stored == u"1" ? Tr::tr("yes") : Tr::tr("no");
    case FieldType::Text:
    case FieldType::Choice:
        break;
    }
    return stored;
}

namespace {

// A field's definition as the audit records it.
QVariantMap auditedField(const CustomField& field)
{
    return {{u"name"_s, field.name.trimmed()},
            {u"type"_s, fieldTypeName(field.type)},
            {u"choices"_s, field.choices.join(u"; "_s)}};
}

Result<QVariantMap> storedField(QSqlDatabase& db, qint64 id)
{
    Result<QList<QSqlRecord>> rows =
        sql::rows(db, u"SELECT name, type, choices FROM custom_fields WHERE id = ?"_s, {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return QVariantMap{};
    const QSqlRecord& r = rows->first();
    return QVariantMap{
        {u"name"_s, r.value(0).toString()},
        {u"type"_s, r.value(1).toString()},
        {u"choices"_s, r.value(2).toString().split(u'\n', Qt::SkipEmptyParts).join(u"; "_s)}};
}

} // namespace

Status CustomFieldRepository::validate(const CustomField& field) const
{
    if (field.name.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("Give the field a name."));
    if (field.type == FieldType::Choice && field.choices.isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("A choice field needs at least one choice."));
    return Status::success();
}

Result<QList<CustomField>> CustomFieldRepository::fields()
{
    Result<QList<QSqlRecord>> rows =
        sql::rows(m_db.connection(),
                  u"SELECT id, version, name, type, choices FROM custom_fields WHERE active = 1 "
                  u"ORDER BY position, name"_s);
    if (!rows)
        return rows.error();
    QList<CustomField> result;
    for (const QSqlRecord& r : *rows) {
        CustomField f;
        f.id = r.value(0).toLongLong();
        f.version = r.value(1).toLongLong();
        f.name = r.value(2).toString();
        f.type = fieldTypeFromName(r.value(3).toString()).value_or(FieldType::Text);
        f.choices = r.value(4).toString().split(u'\n', Qt::SkipEmptyParts);
        result.append(f);
    }
    return result;
}

Status CustomFieldRepository::create(CustomField& field)
{
    if (Status s = require(m_db.principal(), Capability::Lists); !s)
        return s;
    if (Status s = validate(field); !s)
        return s;
    return m_db.write([&](Transaction& tx) -> Status {
        Result<int> changed = sql::change(
            tx.db(),
            u"INSERT INTO custom_fields (name, type, choices, position) VALUES (?, ?, ?, "
            u"(SELECT COALESCE(max(position), 0) + 1 FROM custom_fields)) "
            u"ON CONFLICT(name) DO UPDATE SET active = 1, type = excluded.type, "
            u"choices = excluded.choices, version = custom_fields.version + 1 WHERE custom_fields.active = 0"_s,
            {field.name.trimmed(), fieldTypeName(field.type), field.choices.join(u'\n')});
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return makeError(ErrorKind::Conflict,
                             Tr::tr("There is a field \"%1\" already.").arg(field.name));
        Result<QList<QSqlRecord>> saved =
            sql::rows(tx.db(), u"SELECT id, version FROM custom_fields WHERE name = ?"_s,
                      {field.name.trimmed()});
        if (!saved)
            return saved.error();
        field.id = saved->first().value(0).toLongLong();
        field.version = saved->first().value(1).toLongLong();
        tx.recordChange(kEntity, field.id, ChangeOp::Insert);
        return recordAudit(tx, {auditAction::changeAction(kEntity, u"insert"_s),
                                kEntity,
                                field.id,
                                0,
                                changedFields({}, auditedField(field)),
                                {}});
    });
}

Status CustomFieldRepository::update(CustomField& field)
{
    if (Status s = require(m_db.principal(), Capability::Lists); !s)
        return s;
    if (Status s = validate(field); !s)
        return s;
    return m_db.write([&](Transaction& tx) -> Status {
        Result<QVariantMap> before = storedField(tx.db(), field.id);
        if (!before)
            return before.error();
        Result<int> changed =
            sql::change(tx.db(),
                        u"UPDATE custom_fields SET name = ?, type = ?, choices = ?, "
                        u"version = version + 1 WHERE id = ? AND version = ?"_s,
                        {field.name.trimmed(), fieldTypeName(field.type), field.choices.join(u'\n'),
                         field.id, field.version});
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return makeError(
                ErrorKind::Conflict,
                Tr::tr("Someone else changed this field in the meantime. Open it again."));
        field.version += 1;
        tx.recordChange(kEntity, field.id, ChangeOp::Update);
        const QList<FieldChange> fields = changedFields(*before, auditedField(field));
        if (fields.isEmpty())
            return Status::success();
        return recordAudit(
            tx,
            {auditAction::changeAction(kEntity, u"update"_s), kEntity, field.id, 0, fields, {}});
    });
}

Status CustomFieldRepository::remove(const CustomField& field)
{
    if (Status s = require(m_db.principal(), Capability::Lists); !s)
        return s;
    return m_db.write([&](Transaction& tx) -> Status {
        Result<QVariantMap> before = storedField(tx.db(), field.id);
        if (!before)
            return before.error();
        Result<int> changed =
            sql::change(tx.db(),
                        u"UPDATE custom_fields SET active = 0, version = version + 1 "
                        u"WHERE id = ? AND version = ?"_s,
                        {field.id, field.version});
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return makeError(
                ErrorKind::Conflict,
                Tr::tr("Someone else changed this field in the meantime. Open it again."));
        tx.recordChange(kEntity, field.id, ChangeOp::Delete);
        return recordAudit(tx, {auditAction::changeAction(kEntity, u"delete"_s),
                                kEntity,
                                field.id,
                                0,
                                changedFields(*before, {}),
                                {}});
    });
}

} // namespace kartoteka
