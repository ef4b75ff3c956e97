#include "workspace/NewDatabase.h"

#include "accounts/Access.h"
#include "audit/AuditLog.h"
#include "clients/Lists.h"
#include "deals/PipelineRepository.h"
#include "settings/SharedSettings.h"
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
    Q_DECLARE_TR_FUNCTIONS(kartoteka::NewDatabase)
};

// A row the migrations seed, by its English name, and its names in the
// other languages. Data, not interface text: a database keeps the words it
// was made with whatever language a PC shows later, so these are not in
// the .ts files.
struct Seeded
{
    const char16_t* table; // list_items (by list), stages, pipelines
    const char16_t* list;
    const char16_t* english;
    const char16_t* ukrainian;
    const char16_t* russian;
};

constexpr Seeded kSeeded[] = {
    {u"list_items", u"contact_type", u"Private person", u"Приватна особа", u"Частное лицо"},
    {u"list_items", u"contact_type", u"Designer", u"Дизайнер", u"Дизайнер"},
    {u"list_items", u"contact_type", u"Wholesaler", u"Оптовий покупець", u"Оптовый покупатель"},
    {u"list_items", u"contact_type", u"Builder", u"Будівельник", u"Строитель"},
    {u"list_items", u"contact_type", u"Shop", u"Магазин", u"Магазин"},
    {u"list_items", u"status", u"Lead", u"Потенційний", u"Потенциальный"},
    {u"list_items", u"status", u"Active", u"Активний", u"Активный"},
    {u"list_items", u"status", u"Regular", u"Постійний", u"Постоянный"},
    {u"list_items", u"status", u"Lost", u"Втрачений", u"Потерянный"},
    {u"list_items", u"source", u"Website", u"Сайт", u"Сайт"},
    {u"list_items", u"source", u"Ads", u"Реклама", u"Реклама"},
    {u"list_items", u"source", u"Cold call", u"Холодний дзвінок", u"Холодный звонок"},
    {u"list_items", u"source", u"Referral", u"Рекомендація", u"Рекомендация"},
    {u"list_items", u"source", u"Walk-in", u"Прийшов у магазин", u"Пришел в магазин"},
    {u"list_items", u"loss_reason", u"Too expensive", u"Висока ціна", u"Высокая цена"},
    {u"list_items", u"loss_reason", u"Chose a competitor", u"Обрав конкурента",
     u"Выбрал конкурента"},
    {u"list_items", u"loss_reason", u"Client unreachable", u"Не вдалося зв'язатися",
     u"Не удалось связаться"},
    {u"list_items", u"loss_reason", u"No longer needed", u"Більше не потрібно", u"Больше не нужно"},
    {u"list_items", u"delivery_type", u"Pickup", u"Самовивіз", u"Самовывоз"},
    {u"list_items", u"delivery_type", u"Courier", u"Кур'єр", u"Курьер"},
    {u"list_items", u"delivery_type", u"Carrier to a branch", u"У відділення перевізника",
     u"В отделение перевозчика"},
    {u"list_items", u"task_kind", u"Call", u"Дзвінок", u"Звонок"},
    {u"list_items", u"task_kind", u"Meeting", u"Зустріч", u"Встреча"},
    {u"list_items", u"task_kind", u"E-mail", u"Лист", u"Письмо"},
    {u"list_items", u"task_kind", u"Message", u"Повідомлення", u"Сообщение"},
    {u"list_items", u"task_kind", u"To-do", u"Справа", u"Дело"},
    {u"list_items", u"task_kind", u"Delivery", u"Доставка", u"Доставка"},
    {u"pipelines", nullptr, u"Sales", u"Продажі", u"Продажи"},
    {u"stages", nullptr, u"Request received", u"Новий запит", u"Новый запрос"},
    {u"stages", nullptr, u"Negotiations held", u"Переговори проведено", u"Переговоры проведены"},
    {u"stages", nullptr, u"Invoice issued", u"Рахунок виставлено", u"Счет выставлен"},
    {u"stages", nullptr, u"Invoice paid", u"Рахунок оплачено", u"Счет оплачен"},
    {u"stages", nullptr, u"Goods shipped", u"Товар відвантажено", u"Товар отгружен"},
    {u"stages", nullptr, u"Won", u"Виграна", u"Выиграна"},
    {u"stages", nullptr, u"Lost", u"Програна", u"Проиграна"},
};

// The seeded pipeline is the first row the migrations insert: relabelling
// touches its stages only, never a stage of a pipeline the shop made that
// happens to be called "Won" too.
constexpr qint64 kSeededPipelineId = 1;

QString seededName(const Seeded& row, Language language)
{
    switch (language) {
    case Language::Ukrainian:
        return QString::fromUtf16(row.ukrainian);
    case Language::Russian:
        return QString::fromUtf16(row.russian);
    case Language::English:
        break;
    }
    return QString::fromUtf16(row.english);
}

// One ready-made name still as seeded, and what it becomes.
struct Rename
{
    const Seeded* row;
    qint64 id;
    qint64 pipelineId; // stages: the pipeline whose change the board hears
    QString before;
    QString after;
};

struct Plan
{
    QList<Rename> renames;
    int kept = 0;
};

// Reads which seeded names are still exactly their text in `from` and are
// free to become their text in `to` (a list or pipeline cannot hold one name
// twice: a translation the shop already added keeps the seeded row as it is).
Result<Plan> planRelabel(QSqlDatabase& db, Language from, Language to)
{
    Plan plan;
    for (const Seeded& row : kSeeded) {
        const QString before = seededName(row, from);
        const QString after = seededName(row, to);
        if (before == after) // "Дизайнер", "Сайт": the same word in both
            continue;
        const QString table = QString::fromUtf16(row.table);
        // Table names are our own constants above, never user text.
        QString find;
        QVariantList args;
        if (row.list) {
            find = u"SELECT id, 0 FROM list_items WHERE list = ? AND name = ?"_s;
            args = {QString::fromUtf16(row.list)};
        } else if (table == u"stages") {
            find = u"SELECT id, pipeline_id FROM stages WHERE pipeline_id = ? AND name = ?"_s;
            args = {kSeededPipelineId};
        } else {
            find = u"SELECT id, id FROM pipelines WHERE id = ? AND name = ?"_s;
            args = {kSeededPipelineId};
        }
        Result<QList<QSqlRecord>> found = sql::rows(db, find, args + QVariantList{before});
        if (!found)
            return found.error();
        Result<QList<QSqlRecord>> taken = sql::rows(db, find, args + QVariantList{after});
        if (!taken)
            return taken.error();
        if (found->isEmpty() || !taken->isEmpty()) {
            ++plan.kept;
            continue;
        }
        const QSqlRecord& r = found->first();
        plan.renames.append(
            {&row, r.value(0).toLongLong(), r.value(1).toLongLong(), before, after});
    }
    return plan;
}

// The language the ready-made names are in: the one recorded, else English
// (what the migrations seed, and all a database made before recording had).
Result<Language> seedLanguageIn(Transaction& tx)
{
    Result<SettingValue> value = SharedSettings::get(tx, kDatabaseLanguageKey);
    if (!value)
        return value.error();
    return languageFromCode(value->value).value_or(Language::English);
}

} // namespace

QString defaultPhoneRegion(Language language)
{
    // Kartoteka's shops are in Ukraine whichever of its languages the staff
    // read: an English interface does not make a Kyiv shop's "050 123 45 67"
    // a British number. A shop elsewhere sets its country in the settings.
    Q_UNUSED(language);
    return u"UA"_s;
}

Status seedInLanguage(Transaction& tx, Language language)
{
    if (language != Language::English) {
        for (const Seeded& row : kSeeded) {
            const QString name =
                QString::fromUtf16(language == Language::Ukrainian ? row.ukrainian : row.russian);
            const QString table = QString::fromUtf16(row.table);
            // Table names are our own constants above, never user text.
            const QString statement =
                row.list ? u"UPDATE list_items SET name = ? WHERE list = ? AND name = ?"_s
                         : u"UPDATE %1 SET name = ? WHERE name = ?"_s.arg(table);
            const QVariantList values = row.list
                                            ? QVariantList{name, QString::fromUtf16(row.list),
                                                           QString::fromUtf16(row.english)}
                                            : QVariantList{name, QString::fromUtf16(row.english)};
            if (Status s = sql::exec(tx.db(), statement, values); !s)
                return s;
        }
    }
    if (Status s = SharedSettings::put(tx, kDatabaseLanguageKey, languageCode(language), {}); !s)
        return s;
    return SharedSettings::put(tx, kPhoneRegionKey, defaultPhoneRegion(language), {});
}

std::optional<Language> databaseLanguage(Database& db)
{
    Result<SettingValue> value = SharedSettings(db).get(kDatabaseLanguageKey);
    if (!value)
        return std::nullopt;
    return languageFromCode(value->value);
}

Result<int> seededNamesToRelabel(Database& db, Language to)
{
    const Language from = databaseLanguage(db).value_or(Language::English);
    if (from == to)
        return 0;
    Result<Plan> plan = planRelabel(db.connection(), from, to);
    if (!plan)
        return plan.error();
    return int(plan->renames.size());
}

Result<Relabelling> relabelSeededNames(Database& db, Language to)
{
    // Lists, stages and a shop-wide setting change together: the rights of
    // all three, which the owner and admins have and a manager has not.
    for (const Capability needed : {Capability::Lists, Capability::Pipelines, Capability::Settings})
        if (Status s = require(db.principal(), needed); !s)
            return s.error();
    Relabelling done;
    done.to = to;
    Status written = db.write([&](Transaction& tx) -> Status {
        // Read again under the write lock: another PC may have just done it.
        Result<Language> from = seedLanguageIn(tx);
        if (!from)
            return from.error();
        done.from = *from;
        if (*from == to)
            return Status::success();
        Result<Plan> plan = planRelabel(tx.db(), *from, to);
        if (!plan)
            return plan.error();
        QList<FieldChange> fields{{kDatabaseLanguageKey, languageCode(*from), languageCode(to)}};
        for (const Rename& r : plan->renames) {
            const QString table = QString::fromUtf16(r.row->table);
            // Each row's version steps, so an editor open on the old name
            // meets a conflict instead of writing it back.
            if (Status s = sql::exec(
                    tx.db(),
                    u"UPDATE %1 SET name = ?, version = version + 1 WHERE id = ?"_s.arg(table),
                    {r.after, r.id});
                !s)
                return s;
            if (r.row->list)
                tx.recordChange(Lists::kItemEntity, r.id, ChangeOp::Update);
            else
                tx.recordChange(PipelineRepository::kEntity, r.pipelineId, ChangeOp::Update);
            fields.append({u"name"_s, r.before, r.after});
        }
        done.renamed = int(plan->renames.size());
        done.kept = plan->kept;
        if (Status s = SharedSettings::put(tx, kDatabaseLanguageKey, languageCode(to), db.actor());
            !s)
            return s;
        return recordAudit(tx, {auditAction::changeAction(SharedSettings::kEntity, u"update"_s),
                                SharedSettings::kEntity, 0, 0, fields,
                                QJsonObject{{u"renamed"_s, done.renamed}}});
    });
    if (!written)
        return written.error();
    return done;
}

QString seededNamesLanguageText(Language language)
{
    // Whole sentences per language: "in English" is a different ending of
    // the word in Ukrainian and Russian, not a name to insert.
    switch (language) {
    case Language::Ukrainian:
        return Tr::tr("The ready-made names of the lists and stages are in Ukrainian.");
    case Language::Russian:
        return Tr::tr("The ready-made names of the lists and stages are in Russian.");
    case Language::English:
        break;
    }
    return Tr::tr("The ready-made names of the lists and stages are in English.");
}

QString relabelIntoText(Language language)
{
    switch (language) {
    case Language::Ukrainian:
        return Tr::tr("Translate them into Ukrainian");
    case Language::Russian:
        return Tr::tr("Translate them into Russian");
    case Language::English:
        break;
    }
    return Tr::tr("Translate them into English");
}

} // namespace kartoteka
