#include "workspace/NewDatabase.h"

#include "settings/SharedSettings.h"
#include "storage/Database.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

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
    {u"pipelines", nullptr, u"Sales", u"Продажі", u"Продажи"},
    {u"stages", nullptr, u"Request received", u"Новий запит", u"Новый запрос"},
    {u"stages", nullptr, u"Negotiations held", u"Переговори проведено", u"Переговоры проведены"},
    {u"stages", nullptr, u"Invoice issued", u"Рахунок виставлено", u"Счет выставлен"},
    {u"stages", nullptr, u"Invoice paid", u"Рахунок оплачено", u"Счет оплачен"},
    {u"stages", nullptr, u"Goods shipped", u"Товар відвантажено", u"Товар отгружен"},
    {u"stages", nullptr, u"Won", u"Виграна", u"Выиграна"},
    {u"stages", nullptr, u"Lost", u"Програна", u"Проиграна"},
};

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

} // namespace kartoteka
