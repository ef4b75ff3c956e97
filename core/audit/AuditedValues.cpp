#include "audit/AuditedValues.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"

#include "clients/Client.h"
#include "clients/ClientSettings.h"
#include "clients/PhoneNumbers.h"
#include "language/Formats.h"
#include "money/Money.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// The record's columns by name, as one map; empty when there is no such row.
Result<QVariantMap> oneRow(QSqlDatabase& db, const QString& statement, qint64 id)
{
    Result<QList<QSqlRecord>> rows = sql::rows(db, statement, {id});
    if (!rows)
        return rows.error();
    QVariantMap values;
    if (rows->isEmpty())
        return values;
    const QSqlRecord& r = rows->first();
    for (int i = 0; i < r.count(); ++i)
        values.insert(r.fieldName(i), r.value(i).isNull() ? QVariant(QString()) : r.value(i));
    return values;
}

// Each row's first column (and the second after ": " when there is one), joined.
Result<QString> joined(QSqlDatabase& db, const QString& statement, qint64 id,
                       const std::function<QString(const QSqlRecord&)>& text)
{
    Result<QList<QSqlRecord>> rows = sql::rows(db, statement, {id});
    if (!rows)
        return rows.error();
    QStringList parts;
    for (const QSqlRecord& r : *rows)
        parts.append(text(r));
    return parts.join(u"; "_s);
}

QString labelled(const QString& label, const QString& value)
{
    return label.isEmpty() ? value : label + u": "_s + value;
}

QString amount(const QVariant& minor, const QVariant& currency)
{
    if (minor.toString().isEmpty())
        return {};
    // Written as every amount on screen is (recorded as text: the audit keeps
    // what the person saw).
    return currency.toString().isEmpty() ? formatMajor(minor.toLongLong())
                                         : formatMoney(minor.toLongLong(), currency.toString());
}

QString localTime(const QVariant& utc)
{
    const QDateTime at = QDateTime::fromString(utc.toString(), Qt::ISODateWithMs);
    return at.isValid() ? formatDateTime(at) : QString();
}

QString yesNo(const QVariant& flag)
{
    return flag.toInt() ? u"yes"_s : u"no"_s;
}

} // namespace

Result<QVariantMap> auditedClient(QSqlDatabase& db, qint64 clientId)
{
    Result<QVariantMap> row = oneRow(
        db,
        u"SELECT c.kind, c.last_name, c.first_name, c.middle_name, "
        u"COALESCE((SELECT co.display_name FROM clients co WHERE co.id = c.company_id), "
        u"c.company_name) AS company, c.birthday, c.gender, c.occupation, c.job_title, c.tax_id, "
        u"c.bank_name, c.bank_account, c.bank_code, ct.name AS contact_type, st.name AS status, "
        u"so.name AS source, c.preferred_channel, u.name AS manager, c.delivery_address, "
        u"c.actual_address, c.comment, c.archived "
        u"FROM clients c LEFT JOIN list_items ct ON ct.id = c.contact_type_id "
        u"LEFT JOIN list_items st ON st.id = c.status_id "
        u"LEFT JOIN list_items so ON so.id = c.source_id "
        u"LEFT JOIN users u ON u.id = c.manager_id WHERE c.id = ?"_s,
        clientId);
    if (!row || row->isEmpty())
        return row;
    QVariantMap values = *row;
    values.insert(u"archived"_s, yesNo(values.value(u"archived"_s)));
    const QString region = phoneRegion(db);
    Result<QString> phones = joined(
        db, u"SELECT label, raw, e164 FROM client_phones WHERE client_id = ? ORDER BY position"_s,
        clientId, [&](const QSqlRecord& r) {
            const QString e164 = r.value(2).toString();
            return labelled(r.value(0).toString(),
                            e164.isEmpty() ? r.value(1).toString() : formatPhone(e164, region));
        });
    Result<QString> emails = joined(
        db, u"SELECT label, email FROM client_emails WHERE client_id = ? ORDER BY position"_s,
        clientId,
        [](const QSqlRecord& r) { return labelled(r.value(0).toString(), r.value(1).toString()); });
    Result<QString> links =
        joined(db, u"SELECT kind, value FROM client_links WHERE client_id = ? ORDER BY position"_s,
               clientId, [](const QSqlRecord& r) {
                   return labelled(r.value(0).toString(), r.value(1).toString());
               });
    Result<QString> tags =
        joined(db,
               u"SELECT t.name FROM client_tags ct JOIN tags t ON t.id = ct.tag_id "
               u"WHERE ct.client_id = ? ORDER BY t.name"_s,
               clientId, [](const QSqlRecord& r) { return r.value(0).toString(); });
    if (!phones || !emails || !links || !tags)
        return (!phones ? phones : !emails ? emails : !links ? links : tags).error();
    values.insert(u"phones"_s, *phones);
    values.insert(u"emails"_s, *emails);
    values.insert(u"links"_s, *links);
    values.insert(u"tags"_s, *tags);
    Result<QList<QSqlRecord>> custom =
        sql::rows(db,
                  u"SELECT f.name, v.value FROM client_field_values v JOIN custom_fields f "
                  u"ON f.id = v.field_id WHERE v.client_id = ?"_s,
                  {clientId});
    if (!custom)
        return custom.error();
    for (const QSqlRecord& r : *custom)
        values.insert(u"custom:"_s + r.value(0).toString(), r.value(1).toString());
    return values;
}

Result<QVariantMap> auditedDeal(QSqlDatabase& db, qint64 dealId)
{
    Result<QVariantMap> row =
        oneRow(db,
               u"SELECT d.title, c.display_name AS client, p.name AS pipeline, s.name AS stage, "
               u"u.name AS manager, so.name AS source, d.amount_minor, d.currency, "
               u"d.expected_close, d.notes, lr.name AS loss_reason "
               u"FROM deals d LEFT JOIN clients c ON c.id = d.client_id "
               u"LEFT JOIN pipelines p ON p.id = d.pipeline_id "
               u"LEFT JOIN stages s ON s.id = d.stage_id LEFT JOIN users u ON u.id = d.manager_id "
               u"LEFT JOIN list_items so ON so.id = d.source_id "
               u"LEFT JOIN list_items lr ON lr.id = d.loss_reason_id WHERE d.id = ?"_s,
               dealId);
    if (!row || row->isEmpty())
        return row;
    QVariantMap values = *row;
    values.insert(u"amount"_s, amount(values.take(u"amount_minor"_s), values.take(u"currency"_s)));
    Result<QString> items = joined(
        db,
        u"SELECT name, quantity, price_minor, discount_percent FROM deal_items WHERE deal_id = ? "
        u"ORDER BY position"_s,
        dealId, [](const QSqlRecord& r) {
            QString line = u"%1 × %2 × %3"_s.arg(r.value(0).toString(),
                                                 QLocale().toString(r.value(1).toDouble()),
                                                 formatMajor(r.value(2).toLongLong()));
            if (r.value(3).toDouble() > 0)
                line += u" −%1 %"_s.arg(QLocale().toString(r.value(3).toDouble()));
            return line;
        });
    if (!items)
        return items.error();
    values.insert(u"items"_s, *items);
    return values;
}

Result<QVariantMap> auditedInteraction(QSqlDatabase& db, qint64 interactionId)
{
    Result<QVariantMap> row =
        oneRow(db,
               u"SELECT kind, occurred_at, direction, duration_s, result, text, amount_minor, "
               u"currency FROM interactions WHERE id = ?"_s,
               interactionId);
    if (!row || row->isEmpty())
        return row;
    QVariantMap values = *row;
    if (const auto kind = interactionKindFromName(values.value(u"kind"_s).toString()))
        values.insert(u"kind"_s, interactionKindDisplayName(*kind));
    values.insert(u"occurred_at"_s, localTime(values.value(u"occurred_at"_s)));
    values.insert(u"amount"_s, amount(values.take(u"amount_minor"_s), values.take(u"currency"_s)));
    return values;
}

Result<QVariantMap> auditedTask(QSqlDatabase& db, qint64 taskId)
{
    return oneRow(db,
                  u"SELECT t.title, k.name AS kind, t.client_id, t.deal_id, u.name AS "
                  u"responsible, t.due_date, t.due_time, t.duration_min, t.priority, t.notes, "
                  u"t.repeat_rule, t.state, t.result FROM tasks t LEFT JOIN list_items k ON k.id "
                  u"= t.kind_id LEFT JOIN users u ON u.id = t.responsible_id WHERE t.id = ?"_s,
                  taskId);
}

Result<QVariantMap> auditedStage(QSqlDatabase& db, qint64 stageId)
{
    return oneRow(db,
                  u"SELECT s.name, s.kind, s.position, s.probability, s.rotting_days, "
                  u"p.name AS pipeline FROM stages s JOIN pipelines p ON p.id = s.pipeline_id "
                  u"WHERE s.id = ?"_s,
                  stageId);
}

bool keepsAccounts(QSqlDatabase& db)
{
    constexpr int kAccountsSchema = 8;
    Result<int> version = sql::userVersion(db);
    return version && *version >= kAccountsSchema;
}

Status auditChange(Transaction& tx, const QString& entity, const QString& op, qint64 id,
                   qint64 clientId, const QVariantMap& before, AuditedReader read,
                   const QJsonObject& details)
{
    Result<QVariantMap> after = read(tx.db(), id);
    if (!after)
        return after.error();
    AuditRecord record{auditAction::changeAction(entity, op), entity, id, clientId,
                       changedFields(before, *after),         details};
    // Whether it was archived is a field of a client, not news on its creation.
    if (before.isEmpty())
        record.fields.removeIf([](const FieldChange& f) { return f.field == u"archived"; });
    const bool creates = before.isEmpty() || after->isEmpty();
    if (record.fields.isEmpty() && !creates && details.isEmpty())
        return Status::success();
    return recordAudit(tx, record);
}

Result<qint64> clientOfDeal(QSqlDatabase& db, qint64 dealId)
{
    Result<QVariant> client =
        sql::scalar(db, u"SELECT client_id FROM deals WHERE id = ?"_s, {dealId});
    if (!client)
        return client.error();
    return client->toLongLong();
}

} // namespace kartoteka
