#include "demo/DemoData.h"

#include "accounts/Accounts.h"

#include "catalog/CatalogImport.h"
#include "catalog/Product.h"
#include "clients/ClientRepository.h"
#include "clients/InteractionRepository.h"
#include "clients/Lists.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "demo/DemoMark.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {
// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Demo)
};
} // namespace

namespace {

constexpr int kBatch = 2000;

struct NamePool
{
    QStringList maleLast, femaleLast, maleFirst, femaleFirst, maleMiddle, femaleMiddle;
    QString region; // for phone numbers
};

QStringList words(const char16_t* text)
{
    return QString::fromUtf16(text).split(u' ', Qt::SkipEmptyParts);
}

const NamePool& russian()
{
    static const NamePool pool{
        words(u"Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров "
              u"Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев "
              u"Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев"),
        words(u"Иванова Смирнова Кузнецова Попова Васильева Петрова Соколова Михайлова Новикова "
              u"Фёдорова Морозова Волкова Алексеева Лебедева Семёнова Егорова Павлова Козлова "
              u"Степанова Николаева Орлова Андреева Макарова Никитина Захарова Зайцева Ёлкина"),
        words(u"Александр Сергей Дмитрий Андрей Алексей Максим Евгений Иван Михаил Артём Николай "
              u"Владимир Павел Роман Олег Пётр Георгий Константин Юрий Виктор"),
        words(u"Елена Ольга Наталья Анна Мария Татьяна Ирина Екатерина Светлана Юлия Дарья "
              u"Алёна Ксения Марина Людмила Вера Галина Полина Софья Виктория"),
        words(u"Александрович Сергеевич Дмитриевич Андреевич Алексеевич Иванович Михайлович "
              u"Николаевич Владимирович Петрович Юрьевич Викторович"),
        words(u"Александровна Сергеевна Дмитриевна Андреевна Алексеевна Ивановна Михайловна "
              u"Николаевна Владимировна Петровна Юрьевна Викторовна"),
        u"RU"_s};
    return pool;
}

const NamePool& ukrainian()
{
    // These surnames are the same for men and women.
    static const QStringList surnames =
        words(u"Шевченко Коваленко Бондаренко Ткаченко Кравченко Олійник Шевчук Коваль Поліщук "
              u"Бондар Ткачук Мельник Марченко Лисенко Руденко Савченко Петренко Іваненко "
              u"Гнатюк Ґудзь Євтушенко Яковенко Кравчук Мороз Павленко Литвиненко Захарченко");
    static const NamePool pool{
        surnames,
        surnames,
        words(u"Олександр Андрій Дмитро Сергій Іван Максим Богдан Тарас Ярослав Василь Микола "
              u"Олег Юрій Віктор Євген Григорій Степан Остап"),
        words(u"Олена Ірина Наталія Оксана Тетяна Марія Анна Юлія Катерина Ольга Софія Ганна "
              u"Людмила Христина Ярослава Соломія Олександра Вікторія"),
        words(u"Олександрович Андрійович Дмитрович Сергійович Іванович Миколайович Васильович "
              u"Петрович Богданович Ярославович Тарасович Степанович"),
        words(u"Олександрівна Андріївна Дмитрівна Сергіївна Іванівна Миколаївна Василівна "
              u"Петрівна Богданівна Ярославівна Тарасівна Степанівна"),
        u"UA"_s};
    return pool;
}

const NamePool& english()
{
    static const QStringList surnames =
        words(u"Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Thomas "
              u"Moore Martin Jackson Thompson White Harris Clark Lewis Walker Hall Young");
    static const NamePool pool{
        surnames,
        surnames,
        words(u"James John Robert Michael William David Richard Joseph Thomas Daniel Matthew "
              u"George Oliver Harry Jack"),
        words(u"Mary Patricia Jennifer Linda Elizabeth Susan Jessica Sarah Karen Emily Olivia "
              u"Emma Sophie Grace Chloe"),
        {},
        {},
        u"GB"_s};
    return pool;
}

const QStringList& companyWords()
{
    static const QStringList w = words(
        u"Будмайстер Декор Інтер'єр Стиль Комфорт Оселя Майстерня Ремонт Плюс Арт Дизайн Граніт "
        u"Мозаїка Світло Дім Сад Стройснаб Отделка Эталон Ламинат Паркет Керамика Home Build "
        u"Craft Stone Tile Interior Studio");
    return w;
}

const QStringList& companyForms()
{
    static const QStringList w{u"ТОВ"_s, u"ФОП"_s, u"ООО"_s, u"ПП"_s, u"Ltd"_s, u"ИП"_s};
    return w;
}

struct Place
{
    QString city;
    QStringList streets;
};

const QList<Place>& places()
{
    static const QList<Place> p{
        {u"Київ"_s, words(u"Хрещатик Саксаганського Володимирська Антоновича Лесі_Українки")},
        {u"Львів"_s, words(u"Городоцька Зелена Личаківська Шевченка Стрийська")},
        {u"Одеса"_s, words(u"Дерибасівська Пушкінська Французький_бульвар Канатна")},
        {u"Харків"_s, words(u"Сумська Пушкінська Героїв_Праці Полтавський_Шлях")},
        {u"Москва"_s, words(u"Тверская Арбат Профсоюзная Ленинский_проспект")},
        {u"Санкт-Петербург"_s, words(u"Невский_проспект Садовая Гороховая Лиговский_проспект")},
        {u"London"_s, words(u"High_Street Station_Road Church_Lane Baker_Street")},
        {u"Warszawa"_s, words(u"Marszałkowska Puławska Grójecka Nowy_Świat")}};
    return p;
}

QString latin(const QString& text)
{
    static const QHash<QChar, QString> map = [] {
        QHash<QChar, QString> m;
        const QString from = QString::fromUtf16(u"абвгґдеєёжзиіїйклмнопрстуфхцчшщьюяыэъ'");
        const QStringList to{
            u"a"_s,    u"b"_s, u"v"_s,  u"h"_s,  u"g"_s, u"d"_s, u"e"_s,  u"ye"_s, u"yo"_s, u"zh"_s,
            u"z"_s,    u"y"_s, u"i"_s,  u"yi"_s, u"y"_s, u"k"_s, u"l"_s,  u"m"_s,  u"n"_s,  u"o"_s,
            u"p"_s,    u"r"_s, u"s"_s,  u"t"_s,  u"u"_s, u"f"_s, u"kh"_s, u"ts"_s, u"ch"_s, u"sh"_s,
            u"shch"_s, u""_s,  u"yu"_s, u"ya"_s, u"y"_s, u"e"_s, u""_s,   u""_s};
        for (int i = 0; i < from.size(); ++i)
            m.insert(from[i], to.value(i));
        return m;
    }();
    QString out;
    for (QChar c : text.toLower())
        out += map.contains(c) ? map.value(c) : (c.isLetterOrNumber() ? QString(c) : QString());
    return out;
}

class Generator
{
public:
    Generator(quint32 seed, qint64 statusIds[4], const QList<ListItem>& types,
              const QList<ListItem>& sources, const QList<qint64>& managers)
        : m_random(seed), m_types(types), m_sources(sources), m_managers(managers)
    {
        for (int i = 0; i < 4; ++i)
            m_statuses[i] = statusIds[i];
    }

    int below(int n) { return int(m_random.bounded(quint32(n))); }
    double fraction() { return m_random.generateDouble(); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T> const T& pick(const QList<T>& list)
    {
        return list.at(below(int(list.size())));
    }

    QString digits(int count)
    {
        QString s;
        for (int i = 0; i < count; ++i)
            s += QChar(u'0' + below(10));
        return s;
    }

    Phone phone(const QString& region)
    {
        // Written the way people type them, valid for libphonenumber.
        if (region == u"RU") {
            static const QStringList codes{u"916"_s, u"903"_s, u"925"_s, u"985"_s, u"912"_s};
            const QString n = digits(7);
            return {u"mobile"_s,
                    u"+7 ("_s + pick(codes) + u") "_s + n.left(3) + u'-' + n.mid(3, 2) + u'-' +
                        n.mid(5),
                    {}};
        }
        if (region == u"GB") {
            const QString n = digits(6);
            return {u"mobile"_s, u"+44 7911 "_s + n, {}};
        }
        if (region == u"PL") {
            const QString n = digits(6);
            return {u"mobile"_s,
                    u"+48 50"_s + QString::number(below(10)) + u' ' + n.left(3) + u' ' + n.mid(3),
                    {}};
        }
        static const QStringList codes{u"050"_s, u"066"_s, u"067"_s, u"068"_s, u"073"_s,
                                       u"093"_s, u"095"_s, u"097"_s, u"098"_s, u"099"_s};
        const QString n = digits(7);
        return {chance(85) ? u"mobile"_s : u"work"_s,
                pick(codes) + u' ' + n.left(3) + u' ' + n.mid(3, 2) + u' ' + n.mid(5),
                {}};
    }

    // A moment in working hours (9:00-19:00 UTC+2) on some day between the two.
    QDateTime instantWithin(const QDateTime& from, const QDateTime& to)
    {
        const qint64 days = from.daysTo(to);
        const QDate day = from.date().addDays(qint64(m_random.bounded(quint64(days))));
        return QDateTime(day, QTime(7, 0), Qt::UTC).addSecs(below(10 * 3600));
    }

    Client person(const NamePool& pool)
    {
        Client c;
        const bool female = chance(55) && !pool.femaleFirst.isEmpty();
        c.gender = female ? u"female"_s : u"male"_s;
        c.lastName = pick(female ? pool.femaleLast : pool.maleLast);
        c.firstName = pick(female ? pool.femaleFirst : pool.maleFirst);
        const QStringList& middles = female ? pool.femaleMiddle : pool.maleMiddle;
        if (!middles.isEmpty() && chance(70))
            c.middleName = pick(middles);
        if (chance(70))
            c.birthday = QDate(1950 + below(56), 1 + below(12), 1 + below(28));
        fillCommon(c, pool);
        if (chance(65))
            c.emails.append(
                {u"personal"_s, latin(c.firstName) + u'.' + latin(c.lastName) +
                                    (chance(50) ? QString::number(below(100)) : QString()) + u'@' +
                                    pick(domains())});
        return c;
    }

    Client company()
    {
        Client c;
        c.kind = ClientKind::Company;
        c.companyName = pick(companyForms()) + u" «"_s + pick(companyWords()) +
                        (chance(50) ? u' ' + pick(companyWords()) : QString()) + u"»"_s;
        c.taxId = digits(8);
        c.bankName = chance(50) ? u"ПриватБанк"_s : u"Ощадбанк"_s;
        c.bankAccount = u"UA"_s + digits(27);
        fillCommon(c, ukrainian());
        c.emails.append({u"office"_s, u"office@"_s + latin(c.companyName).left(12) + u".com.ua"_s});
        c.links.append(
            {u"website"_s, u"https://"_s + latin(c.companyName).left(12) + u".com.ua"_s});
        return c;
    }

    QString address()
    {
        const Place& place = pick(places());
        return place.city + u", "_s + QString(pick(place.streets)).replace(u'_', u' ') + u", "_s +
               QString::number(1 + below(120)) +
               (chance(60) ? u", кв. "_s + QString::number(1 + below(200)) : QString());
    }

    Interaction interaction(qint64 clientId, const QDateTime& from, const QDateTime& to)
    {
        static const QStringList notes{
            u"Просила перезвонить после обеда"_s,   u"Цікавиться плиткою для ванної"_s,
            u"Asked for the autumn catalogue"_s,    u"Хочет скидку на опт"_s,
            u"Надіслали прайс, чекає на рахунок"_s, u"Prefers delivery on Saturdays"_s};
        static const QStringList results{u"Договорились о встрече"_s, u"Не відповів"_s,
                                         u"Will call back"_s, u"Заказ подтверждён"_s, u"Думає"_s};
        Interaction i;
        i.clientId = clientId;
        const int roll = below(100);
        i.kind = roll < 28   ? InteractionKind::Purchase
                 : roll < 55 ? InteractionKind::Call
                 : roll < 68 ? InteractionKind::Note
                 : roll < 80 ? InteractionKind::Message
                 : roll < 92 ? InteractionKind::Email
                             : InteractionKind::Meeting;
        i.occurredAt = instantWithin(from, to);
        if (i.kind == InteractionKind::Purchase) {
            i.amountMinor = qint64(200 + below(20000)) * 100 + below(100);
            i.currency = u"UAH"_s;
            i.text = chance(50) ? u"Плитка, затирка"_s : u"Tiles and adhesive"_s;
        } else {
            if (i.kind == InteractionKind::Call || i.kind == InteractionKind::Message)
                i.direction = chance(50) ? u"in"_s : u"out"_s;
            if (i.kind == InteractionKind::Call) {
                i.durationSeconds = 20 + below(900);
                i.result = pick(results);
            }
            i.text = pick(notes);
        }
        return i;
    }

private:
    static const QStringList& domains()
    {
        static const QStringList d{u"gmail.com"_s, u"ukr.net"_s,     u"i.ua"_s,
                                   u"mail.ru"_s,   u"outlook.com"_s, u"yahoo.com"_s};
        return d;
    }

    void fillCommon(Client& c, const NamePool& pool)
    {
        const int phones = chance(25) ? 2 : 1;
        for (int i = 0; i < phones; ++i)
            c.phones.append(phone(i == 0 ? pool.region : (chance(20) ? u"PL"_s : u"UA"_s)));
        c.actualAddress = address();
        if (chance(40))
            c.deliveryAddress = chance(50) ? c.actualAddress : address();
        c.contactTypeId = pick(m_types).id;
        const int roll = below(100);
        c.statusId = m_statuses[roll < 20 ? 0 : roll < 60 ? 1 : roll < 85 ? 2 : 3];
        c.sourceId = pick(m_sources).id;
        c.managerId = pick(m_managers);
        if (chance(15)) {
            static const QStringList tags{u"VIP"_s,        u"опт"_s,   u"дизайнер"_s,
                                          u"постоянный"_s, u"новий"_s, u"доставка"_s};
            c.tags.append(pick(tags));
        }
        if (chance(10))
            c.comment = u"Предпочитает связь в мессенджере"_s;
        c.preferredChannel = chance(50) ? u"phone"_s : u"telegram"_s;
    }

    QRandomGenerator m_random;
    qint64 m_statuses[4];
    QList<ListItem> m_types;
    QList<ListItem> m_sources;
    QList<qint64> m_managers;
};

} // namespace

namespace {

Status demoCatalogAndDeals(Database& db, Generator& gen, const DemoOptions& options,
                           DemoReport& report, const QList<qint64>& managers)
{
    // The catalog: as accounting would export it.
    static const QStringList categories{u"Плитка"_s,  u"Ламінат"_s, u"Паркет"_s,
                                        u"Клей"_s,    u"Затирка"_s, u"Сантехніка"_s,
                                        u"Шпалери"_s, u"Фарба"_s,   u"Інструменти"_s};
    static const QStringList styles{u"Мармур"_s, u"Дуб"_s,     u"Бетон"_s,  u"Граніт"_s,
                                    u"Loft"_s,   u"Classic"_s, u"Nordic"_s, u"Terra"_s};
    CatalogImportPlan catalog;
    const int productCount = std::clamp(options.clients / 50, 20, 2000);
    for (int i = 0; i < productCount; ++i) {
        Product p;
        p.sku = u"DEM-%1"_s.arg(i + 1, 5, 10, QChar(u'0'));
        p.category = gen.pick(categories);
        p.name = p.category + u' ' + gen.pick(styles) + u' ' +
                 QString::number(10 * (1 + gen.below(12))) + u'x' +
                 QString::number(10 * (1 + gen.below(12)));
        p.unit = p.category == u"Плитка" || p.category == u"Ламінат" || p.category == u"Паркет"
                     ? u"м²"_s
                     : u"шт"_s;
        p.priceMinor =
            qint64(40 + gen.below(1500)) * 100; // 40-1,540 UAH: tiles per m², tools, glue
        p.currency = u"UAH"_s;
        p.vatPercent = 20;
        catalog.added.append(p);
    }
    if (Status s = applyCatalogImport(db, catalog); !s)
        return s;
    report.products = productCount;
    Result<QList<Product>> products = ProductRepository(db).list();
    Result<Pipeline> pipeline = PipelineRepository(db).pipelineNamed(QString());
    Result<QList<ListItem>> reasons = Lists(db).items(u"loss_reason"_s);
    Result<QList<QSqlRecord>> clients =
        sql::rows(db.connection(),
                  u"SELECT id, manager_id, source_id, created_at FROM clients ORDER BY id"_s);
    if (!products || !pipeline || !reasons || !clients)
        return makeError(ErrorKind::Failed, u"demo: cannot read back the data just written"_s);

    QList<const Stage*> open;
    const Stage* won = nullptr;
    const Stage* lost = nullptr;
    for (const Stage& s : pipeline->stages) {
        if (s.kind == StageKind::Open)
            open.append(&s);
        else if (s.kind == StageKind::Won && !won)
            won = &s;
        else if (s.kind == StageKind::Lost && !lost)
            lost = &s;
    }
    const QDateTime end(QDate::currentDate(), QTime(7, 0), Qt::UTC);
    const QDateTime start = end.addYears(-2);
    DealRepository repo(db);
    QList<Deal> deals;
    QList<QList<StageMove>> histories;
    auto flush = [&]() -> Status {
        if (deals.isEmpty())
            return Status::success();
        if (Status s = repo.createMany(deals, histories); !s)
            return s;
        report.deals += int(deals.size());
        deals.clear();
        histories.clear();
        return Status::success();
    };
    for (const QSqlRecord& client : *clients) {
        const int roll = gen.below(100);
        // About three deals a client: 300,000 for the 100,000-client demo.
        const int count = roll < 15   ? 0
                          : roll < 35 ? 1
                          : roll < 55 ? 2
                          : roll < 75 ? 3
                                      : 4 + gen.below(6);
        // A client who came lately has had time for fewer deals, an old one for
        // more: about three a client on average still.
        const QDateTime came = QDateTime::fromString(client.value(3).toString(), Qt::ISODateWithMs);
        const double tenure = std::clamp(double(came.daysTo(end)) / 730.0, 0.05, 1.0);
        const int dealCount = int(std::lround(count * 2 * tenure));
        for (int k = 0; k < dealCount; ++k) {
            Deal d;
            d.pipelineId = pipeline->id;
            d.stageId = open.first()->id;
            d.clientId = client.value(0).toLongLong();
            d.sourceId = client.value(2).toLongLong();
            d.managerId = gen.chance(80) && !client.value(1).isNull() ? client.value(1).toLongLong()
                                                                      : gen.pick(managers);
            const int lines = 1 + gen.below(4);
            for (int l = 0; l < lines; ++l) {
                const Product& p = gen.pick(*products);
                d.items.append({p.id, p.name,
                                double(1 + gen.below(12)) * (p.unit == u"м²" ? 1.5 : 1.0),
                                p.priceMinor, double(gen.chance(30) ? 5 * (1 + gen.below(3)) : 0)});
            }
            d.title = d.items.first().name + (lines > 1 ? u" +%1"_s.arg(lines - 1) : QString());
            // Deals come after the client did.
            QDateTime at = gen.instantWithin(std::max(start, came), end);
            d.createdAt = at;
            QList<StageMove> moves;
            int stage = 0;
            bool finished = false;
            while (!finished) {
                at = at.addSecs(qint64(3600) * (12 + gen.below(24 * 9)));
                if (at > end)
                    break; // still open today
                const double luck = gen.fraction();
                if (luck < 0.08) { // lost from the middle, with a reason
                    moves.append({0, lost->id, at, {}});
                    d.lossReasonId = gen.pick(*reasons).id;
                    finished = true;
                } else if (luck < 0.16 && stage + 2 < open.size()) { // skips a stage
                    stage += 2;
                    moves.append({0, open[stage]->id, at, {}});
                } else if (stage + 1 < open.size()) {
                    stage += 1;
                    moves.append({0, open[stage]->id, at, {}});
                } else {
                    moves.append({0, won->id, at, {}});
                    d.closedAt = at;
                    finished = true;
                }
            }
            deals.append(d);
            histories.append(moves);
            if (deals.size() >= 5000) {
                if (Status s = flush(); !s)
                    return s;
            }
        }
    }
    return flush();
}

} // namespace

Result<DemoReport> generateDemo(Database& db, const DemoOptions& options,
                                const std::function<void(int, int)>& progress)
{
    Result<QVariant> existing = sql::scalar(db.connection(), u"SELECT count(*) FROM clients"_s);
    if (!existing)
        return existing.error();
    if (existing->toInt() > 0)
        return makeError(ErrorKind::Invalid, Tr::tr("This database already has %n client(s); demo "
                                                    "data goes into a new, empty database.",
                                                    nullptr, existing->toInt()));

    Lists lists(db);
    QList<qint64> managers;
    for (const DemoAccount& staff : demoAccounts()) {
        if (staff.role == Role::Owner)
            continue;
        Result<qint64> id = lists.userIdOfOrAdd(staff.name);
        if (!id)
            return id.error();
        managers.append(*id);
    }
    qint64 statuses[4];
    const QStringList statusNames{u"Lead"_s, u"Active"_s, u"Regular"_s, u"Lost"_s};
    for (int i = 0; i < 4; ++i) {
        Result<qint64> id = lists.idOfOrAdd(kStatuses, statusNames[i]);
        if (!id)
            return id.error();
        statuses[i] = *id;
    }
    Result<QList<ListItem>> types = lists.items(kContactTypes);
    Result<QList<ListItem>> sources = lists.items(kSources);
    if (!types || !sources)
        return !types ? types.error() : sources.error();

    Generator gen(options.seed, statuses, *types, *sources, managers);
    ClientRepository clients(db);
    InteractionRepository timeline(db);
    DemoReport report;
    // Two years up to today: the same seed gives the same data on the same day,
    // and the newest entries are always recent.
    const QDateTime to(QDate::currentDate(), QTime(7, 0), Qt::UTC);
    const QDateTime from = to.addYears(-2);
    QList<qint64> companies;

    for (int start = 0; start < options.clients; start += kBatch) {
        QList<Client> batch;
        const int count = std::min(kBatch, options.clients - start);
        for (int i = 0; i < count; ++i) {
            const int roll = gen.below(100);
            const NamePool& pool = roll < 45 ? ukrainian() : roll < 85 ? russian() : english();
            if (gen.chance(12)) {
                batch.append(gen.company());
                continue;
            }
            Client c = gen.person(pool);
            if (!companies.isEmpty() && gen.chance(15)) {
                c.companyId = gen.pick(companies);
                c.jobTitle = gen.chance(50) ? u"Менеджер з закупівель"_s : u"Директор"_s;
            }
            // A household: the same address as someone written just before.
            if (!batch.isEmpty() && gen.chance(6))
                c.actualAddress = batch.last().actualAddress;
            batch.append(c);
        }
        // Clients came over the two years.
        for (Client& c : batch)
            c.createdAt = gen.instantWithin(from, to);
        if (Status s = clients.createMany(batch); !s)
            return s.error();
        QList<Interaction> entries;
        for (const Client& c : batch) {
            if (c.kind == ClientKind::Company)
                companies.append(c.id);
            // Most clients have a handful of entries, regulars up to 40; fewer
            // for those who came lately.
            const double tenure = std::clamp(double(c.createdAt.daysTo(to)) / 730.0, 0.05, 1.0);
            const int n =
                int(std::lround((gen.chance(25) ? gen.below(41) : gen.below(13)) * 2 * tenure));
            for (int k = 0; k < n; ++k)
                entries.append(gen.interaction(c.id, c.createdAt, to));
        }
        if (Status s = timeline.addMany(entries); !s)
            return s.error();
        report.clients += int(batch.size());
        report.interactions += int(entries.size());
        if (progress)
            progress(report.clients, options.clients);
    }
    if (Status s = demoCatalogAndDeals(db, gen, options, report, managers); !s)
        return s.error();
    if (Status s = markDemoDatabase(db); !s)
        return s.error();
    return report;
}

const QList<DemoAccount>& demoAccounts()
{
    static const QList<DemoAccount> accounts{
        {u"owner"_s, u"Марія Власенко"_s, Role::Owner},
        {u"olena"_s, u"Олена Коваль"_s, Role::Manager},
        {u"andrii"_s, u"Андрій Мельник"_s, Role::Manager},
        {u"irina"_s, u"Ирина Соколова"_s, Role::Senior},
        {u"dmitry"_s, u"Дмитрий Орлов"_s, Role::Manager},
        {u"sarah"_s, u"Sarah Miller"_s, Role::Manager},
    };
    return accounts;
}

Status createDemoAccounts(Database& db)
{
    Accounts accounts(db);
    Lists lists(db);
    QList<qint64> ids;
    for (const DemoAccount& a : demoAccounts()) {
        if (a.role == Role::Owner) {
            Result<Account> owner = accounts.createOwner(a.login, a.name, kDemoPassword);
            if (!owner)
                return owner.error();
            ids.append(owner->id);
            continue;
        }
        Result<qint64> id = lists.userIdOfOrAdd(a.name);
        if (!id)
            return id.error();
        if (Status s = accounts.setLogin(*id, a.login); !s)
            return s;
        if (Status s = accounts.setRole(*id, a.role); !s)
            return s;
        if (Status s = accounts.setTemporaryPassword(*id, kDemoPassword); !s)
            return s;
        ids.append(*id);
    }
    // The demo's password is meant to stay: a newcomer who switches between
    // the roles should not be made to invent six passwords first.
    return db.write([&](Transaction& tx) -> Status {
        for (qint64 id : ids) {
            if (Status s = sql::exec(tx.db(),
                                     u"UPDATE users SET must_change_password = 0, "
                                     u"version = version + 1 WHERE id = ?"_s,
                                     {id});
                !s)
                return s;
            tx.recordChange(Accounts::kEntity, id, ChangeOp::Update);
        }
        return Status::success();
    });
}

} // namespace kartoteka
