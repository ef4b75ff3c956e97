#include "demo/DemoData.h"

#include "accounts/Access.h"
#include "accounts/Accounts.h"

#include "catalog/CatalogImport.h"
#include "catalog/Product.h"
#include "clients/ClientRepository.h"
#include "clients/ContactHabits.h"
#include "clients/InteractionRepository.h"
#include "clients/Lists.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "demo/DemoMark.h"
#include "settings/SharedSettings.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "tasks/Recurrence.h"
#include "tasks/TaskRepository.h"
#include "workspace/NewDatabase.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimeZone>

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
};

QStringList words(const char16_t* text)
{
    return QString::fromUtf16(text).split(u' ', Qt::SkipEmptyParts);
}

// Items separated by '|', for those with spaces inside.
QStringList items(const char16_t* text)
{
    return QString::fromUtf16(text).split(u'|', Qt::SkipEmptyParts);
}

const NamePool& ukrainian()
{
    // Most Ukrainian surnames are the same for men and women; -ський ones are not.
    static const QStringList common =
        words(u"Шевченко Коваленко Бондаренко Ткаченко Кравченко Олійник Шевчук Коваль Поліщук "
              u"Бондар Ткачук Мельник Марченко Лисенко Руденко Савченко Петренко Іваненко "
              u"Гнатюк Ґудзь Євтушенко Яковенко Кравчук Мороз Павленко Литвиненко Захарченко");
    static const NamePool pool{
        common + words(u"Левицький Ковальський Грушевський Вишневський Старицький"),
        common + words(u"Левицька Ковальська Грушевська Вишневська Старицька"),
        words(u"Олександр Андрій Дмитро Сергій Іван Максим Богдан Тарас Ярослав Василь Микола "
              u"Олег Юрій Віктор Євген Григорій Степан Остап"),
        words(u"Олена Ірина Наталія Оксана Тетяна Марія Анна Юлія Катерина Ольга Софія Ганна "
              u"Людмила Христина Ярослава Соломія Олександра Вікторія"),
        words(u"Олександрович Андрійович Дмитрович Сергійович Іванович Миколайович Васильович "
              u"Петрович Богданович Ярославович Тарасович Степанович"),
        words(u"Олександрівна Андріївна Дмитрівна Сергіївна Іванівна Миколаївна Василівна "
              u"Петрівна Богданівна Ярославівна Тарасівна Степанівна")};
    return pool;
}

// People of a shop in Ukraine written in Russian: Ukrainian surnames as
// Russian speakers write them, and Russian first names and patronymics.
const NamePool& russian()
{
    static const QStringList common =
        words(u"Шевченко Коваленко Бондаренко Ткаченко Кравченко Олейник Шевчук Коваль Полищук "
              u"Бондарь Ткачук Мельник Марченко Лысенко Руденко Савченко Петренко Иваненко "
              u"Гнатюк Евтушенко Яковенко Кравчук Мороз Павленко Литвиненко Захарченко");
    static const NamePool pool{
        common + words(u"Иванов Смирнов Кузнецов Попов Соколов Волков Морозов Левицкий"),
        common + words(u"Иванова Смирнова Кузнецова Попова Соколова Волкова Морозова Левицкая"),
        words(u"Александр Сергей Дмитрий Андрей Алексей Максим Евгений Иван Михаил Артем Николай "
              u"Владимир Павел Роман Олег Петр Георгий Константин Юрий Виктор"),
        words(u"Елена Ольга Наталья Анна Мария Татьяна Ирина Екатерина Светлана Юлия Дарья "
              u"Алена Ксения Марина Людмила Вера Галина Полина Софья Виктория Оксана"),
        words(u"Александрович Сергеевич Дмитриевич Андреевич Алексеевич Иванович Михайлович "
              u"Николаевич Владимирович Петрович Юрьевич Викторович"),
        words(u"Александровна Сергеевна Дмитриевна Андреевна Алексеевна Ивановна Михайловна "
              u"Николаевна Владимировна Петровна Юрьевна Викторовна")};
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
        {}};
    return pool;
}

struct Place
{
    QString city;
    QStringList streets; // with their kind: "вул. Зелена", "High Street"
};

// Everything of a demo shop that is written in its language or belongs to its
// country: a Ukrainian shop, the same shop in Russian, an English-speaking one.
struct Flavour
{
    const NamePool* names;
    QString region;   // phone numbers typed without a country code
    QString currency; // the shop's
    int pricePerUnit; // how many of the currency a hryvnia price is divided by
    QStringList mobileCodes;
    bool english;
    QStringList companyForms; // "ТОВ «...»" or "... Ltd"; "ФОП" takes a person's name
    QStringList companyWords;
    QList<Place> places;
    QString flat; // "кв. 5", "Flat 5"
    QStringList notes, results, purchases, tags, jobTitles, banks, domains;
    QString comment;
    QString mobile, work, personal, office; // labels
    QString companyDomain;
    QStringList categories; // the first three are sold by the square metre
    QStringList styles;
    QString squareMetre, piece;
    QString timeZone;
};

const Flavour& flavourOf(Language language)
{
    static const QStringList uaCodes{u"050"_s, u"066"_s, u"067"_s, u"068"_s, u"073"_s,
                                     u"093"_s, u"095"_s, u"097"_s, u"098"_s, u"099"_s};
    static const Flavour ukrainianShop{
        &ukrainian(),
        u"UA"_s,
        u"UAH"_s,
        1,
        uaCodes,
        false,
        {u"ТОВ"_s, u"ТОВ"_s, u"ФОП"_s, u"ПП"_s},
        words(u"Будмайстер Декор Інтер'єр Стиль Комфорт Оселя Майстерня Ремонт Плюс Арт Дизайн "
              u"Граніт Мозаїка Світло Дім Сад Будпостач Оздоблення Еталон Ламінат Паркет Кераміка"),
        {{u"Київ"_s, items(u"вул. Хрещатик|вул. Саксаганського|вул. Володимирська|"
                           u"вул. Антоновича|бульв. Лесі Українки|просп. Перемоги")},
         {u"Львів"_s, items(u"вул. Городоцька|вул. Зелена|вул. Личаківська|просп. Шевченка|"
                            u"вул. Стрийська")},
         {u"Харків"_s, items(u"вул. Сумська|вул. Пушкінська|просп. Науки|вул. Полтавський Шлях")},
         {u"Одеса"_s, items(u"вул. Дерибасівська|вул. Канатна|Французький бульв.|"
                            u"вул. Велика Арнаутська")},
         {u"Дніпро"_s, items(u"просп. Яворницького|вул. Титова|вул. Глінки|вул. Робоча")},
         {u"Вінниця"_s, items(u"вул. Соборна|вул. Келецька|просп. Коцюбинського")},
         {u"Полтава"_s, items(u"вул. Соборності|вул. Європейська|вул. Шевченка")}},
        u"кв. %1"_s,
        items(u"Просила передзвонити після обіду|Цікавиться плиткою для ванної|"
              u"Попросив осінній каталог|Хоче знижку на опт|Надіслали прайс, чекає на рахунок|"
              u"Зручніше доставка в суботу|Уточнити наявність ламінату «Дуб»|"
              u"Замовлення на об'єкт, потрібні документи для ТОВ"),
        items(u"Домовилися про зустріч|Не відповів|Передзвонить|Замовлення підтверджено|Думає"),
        items(u"Плитка, затирка|Ламінат і підкладка|Клей для плитки|Змішувач і сифон|"
              u"Фарба, валики"),
        words(u"VIP опт дизайнер постійний новий доставка"),
        items(u"Менеджер із закупівель|Директор|Виконроб"),
        items(u"ПриватБанк|Ощадбанк|monobank|Райффайзен Банк"),
        words(u"gmail.com ukr.net i.ua meta.ua outlook.com"),
        u"Зручніше зв'язок у месенджері"_s,
        u"мобільний"_s,
        u"робочий"_s,
        u"особистий"_s,
        u"офіс"_s,
        u".com.ua"_s,
        words(u"Плитка Ламінат Паркет Клей Затирка Сантехніка Шпалери Фарба Інструменти"),
        words(u"Мармур Дуб Бетон Граніт Лофт Класик Нордік Терра"),
        u"м²"_s,
        u"шт"_s,
        u"Europe/Kyiv"_s};
    static const Flavour russianShop{
        &russian(),
        u"UA"_s,
        u"UAH"_s,
        1,
        uaCodes,
        false,
        {u"ТОВ"_s, u"ТОВ"_s, u"ФОП"_s, u"ЧП"_s},
        words(u"Стройснаб Декор Интерьер Стиль Комфорт Уют Мастерская Ремонт Плюс Арт Дизайн "
              u"Гранит Мозаика Свет Дом Сад Отделка Эталон Ламинат Паркет Керамика"),
        {{u"Киев"_s, items(u"ул. Крещатик|ул. Саксаганского|ул. Владимирская|ул. Антоновича|"
                           u"бульв. Леси Украинки|просп. Победы")},
         {u"Львов"_s, items(u"ул. Городоцкая|ул. Зеленая|ул. Лычаковская|просп. Шевченко")},
         {u"Харьков"_s, items(u"ул. Сумская|ул. Пушкинская|просп. Науки|ул. Полтавский Шлях")},
         {u"Одесса"_s, items(u"ул. Дерибасовская|ул. Канатная|Французский бульв.|"
                             u"ул. Большая Арнаутская")},
         {u"Днепр"_s, items(u"просп. Яворницкого|ул. Титова|ул. Глинки|ул. Рабочая")},
         {u"Запорожье"_s, items(u"Соборный просп.|ул. Победы|ул. Независимой Украины")}},
        u"кв. %1"_s,
        items(u"Просила перезвонить после обеда|Интересуется плиткой для ванной|"
              u"Попросил осенний каталог|Хочет скидку на опт|Отправили прайс, ждет счет|"
              u"Удобнее доставка в субботу|Уточнить наличие ламината «Дуб»|"
              u"Заказ на объект, нужны документы для ТОВ"),
        items(u"Договорились о встрече|Не ответил|Перезвонит|Заказ подтвержден|Думает"),
        items(u"Плитка, затирка|Ламинат и подложка|Клей для плитки|Смеситель и сифон|"
              u"Краска, валики"),
        words(u"VIP опт дизайнер постоянный новый доставка"),
        items(u"Менеджер по закупкам|Директор|Прораб"),
        items(u"ПриватБанк|Ощадбанк|monobank|Райффайзен Банк"),
        words(u"gmail.com ukr.net i.ua meta.ua outlook.com"),
        u"Предпочитает связь в мессенджере"_s,
        u"мобильный"_s,
        u"рабочий"_s,
        u"личный"_s,
        u"офис"_s,
        u".com.ua"_s,
        words(u"Плитка Ламинат Паркет Клей Затирка Сантехника Обои Краска Инструменты"),
        words(u"Мрамор Дуб Бетон Гранит Лофт Классик Нордик Терра"),
        u"м²"_s,
        u"шт"_s,
        u"Europe/Kyiv"_s};
    static const Flavour englishShop{
        &english(),
        u"GB"_s,
        u"GBP"_s,
        40,
        // UK mobile ranges libphonenumber knows as valid.
        {u"07712"_s, u"07400"_s, u"07520"_s, u"07831"_s, u"07960"_s},
        true,
        {u"Ltd"_s, u"Ltd"_s, u"& Sons"_s, u"Trading"_s},
        words(u"Home Build Craft Stone Tile Interior Studio Design Floor Bath Kitchen Decor "
              u"Granite Oak Heritage"),
        {{u"London"_s, items(u"High Street|Station Road|Church Lane|Baker Street")},
         {u"Manchester"_s, items(u"Deansgate|Oxford Road|Market Street")},
         {u"Birmingham"_s, items(u"Broad Street|New Street|Corporation Street")},
         {u"Leeds"_s, items(u"Briggate|Park Row|Kirkstall Road")},
         {u"Bristol"_s, items(u"Park Street|Gloucester Road|Whiteladies Road")}},
        u"Flat %1"_s,
        items(u"Asked to call back after lunch|Interested in bathroom tiles|"
              u"Asked for the autumn catalogue|Wants a trade discount|"
              u"Price list sent, waiting for the invoice|Prefers delivery on Saturdays|"
              u"Check stock of the oak laminate|Order for a building site, needs a VAT invoice"),
        items(u"Meeting arranged|No answer|Will call back|Order confirmed|Thinking it over"),
        items(u"Tiles and grout|Laminate and underlay|Tile adhesive|Mixer tap and trap|"
              u"Paint and rollers"),
        words(u"VIP trade designer regular new delivery"),
        items(u"Purchasing manager|Director|Site manager"),
        items(u"Barclays|Lloyds Bank|HSBC UK|NatWest"),
        words(u"gmail.com outlook.com yahoo.co.uk btinternet.com"),
        u"Prefers to be contacted by messenger"_s,
        u"mobile"_s,
        u"work"_s,
        u"personal"_s,
        u"office"_s,
        u".co.uk"_s,
        words(u"Tiles Laminate Parquet Adhesive Grout Plumbing Wallpaper Paint Tools"),
        words(u"Marble Oak Concrete Granite Loft Classic Nordic Terra"),
        u"m²"_s,
        u"pcs"_s,
        u"Europe/London"_s};
    switch (language) {
    case Language::Russian:
        return russianShop;
    case Language::English:
        return englishShop;
    case Language::Ukrainian:
        break;
    }
    return ukrainianShop;
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
    Generator(const Flavour& flavour, quint32 seed, qint64 statusIds[4],
              const QList<ListItem>& types, const QList<ListItem>& sources,
              const QList<qint64>& managers)
        : f(flavour), m_random(seed), m_zone(QTimeZone(flavour.timeZone.toUtf8())), m_types(types),
          m_sources(sources), m_managers(managers)
    {
        if (!m_zone.isValid() && flavour.timeZone == u"Europe/Kyiv")
            m_zone = QTimeZone("Europe/Kiev"); // its name before tzdata 2022b
        for (int i = 0; i < 4; ++i)
            m_statuses[i] = statusIds[i];
    }

    const Flavour& f;

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

    Phone phone(bool first)
    {
        // Written the way people of the country type them, valid for libphonenumber.
        const QString label = first || chance(50) ? f.mobile : f.work;
        const QString n = digits(f.english ? 6 : 7);
        if (f.english)
            return {label, pick(f.mobileCodes) + u' ' + n, {}};
        return {label,
                pick(f.mobileCodes) + u' ' + n.left(3) + u' ' + n.mid(3, 2) + u' ' + n.mid(5),
                {}};
    }

    // A moment in the shop's working hours, Monday to Saturday 9:00-19:00
    // its own time, on some day from `from` up to `to`.
    QDateTime instantWithin(const QDateTime& from, const QDateTime& to)
    {
        const qint64 days = std::max<qint64>(1, from.daysTo(to));
        QDate day = from.date().addDays(qint64(m_random.bounded(quint64(days))));
        if (day.dayOfWeek() == Qt::Sunday) // the Saturday before: never past `to`
            day = day.addDays(-1);
        return opening(day).addSecs(below(10 * 3600));
    }

    // A moment in working hours on `day`, or on the Monday after when it is a
    // Sunday: never before the day, so a deal's moves stay in order.
    QDateTime workingMoment(QDate day)
    {
        if (day.dayOfWeek() == Qt::Sunday)
            day = day.addDays(1);
        return opening(day).addSecs(below(10 * 3600));
    }

    Client person()
    {
        const NamePool& pool = *f.names;
        Client c;
        const bool female = chance(55);
        c.gender = female ? u"female"_s : u"male"_s;
        c.lastName = pick(female ? pool.femaleLast : pool.maleLast);
        c.firstName = pick(female ? pool.femaleFirst : pool.maleFirst);
        const QStringList& middles = female ? pool.femaleMiddle : pool.maleMiddle;
        if (!middles.isEmpty() && chance(70))
            c.middleName = pick(middles);
        if (chance(70))
            c.birthday = QDate(1950 + below(56), 1 + below(12), 1 + below(28));
        fillCommon(c);
        if (chance(65))
            c.emails.append(
                {f.personal, latin(c.firstName) + u'.' + latin(c.lastName) +
                                 (chance(50) ? QString::number(below(100)) : QString()) + u'@' +
                                 pick(f.domains)});
        return c;
    }

    Client company()
    {
        Client c;
        c.kind = ClientKind::Company;
        const QString form = pick(f.companyForms);
        const QString name =
            pick(f.companyWords) + (chance(50) ? u' ' + pick(f.companyWords) : QString());
        if (f.english) {
            c.companyName = name + u' ' + form;
            c.taxId = u"GB"_s + digits(9); // VAT number
        } else if (form == u"ФОП") {
            // A sole trader trades under their own name.
            const NamePool& pool = *f.names;
            const bool female = chance(50);
            c.companyName = form + u' ' + pick(female ? pool.femaleLast : pool.maleLast) + u' ' +
                            pick(female ? pool.femaleFirst : pool.maleFirst) + u' ' +
                            pick(female ? pool.femaleMiddle : pool.maleMiddle);
            c.taxId = digits(10);
        } else {
            c.companyName = form + u" «"_s + name + u"»"_s;
            c.taxId = digits(8);
        }
        c.bankName = pick(f.banks);
        if (f.english) {
            c.bankAccount = u"GB"_s + digits(2);
            c.bankAccount += u"BARC"_s + digits(14);
        } else {
            c.bankAccount = u"UA"_s + digits(27);
        }
        fillCommon(c);
        const QString site = latin(name).left(12) + f.companyDomain;
        c.emails.append({f.office, u"office@"_s + site});
        c.links.append({u"website"_s, u"https://"_s + site});
        return c;
    }

    QString address()
    {
        const Place& place = pick(f.places);
        const QString street = pick(place.streets);
        const QString number = QString::number(1 + below(120));
        const QString flat = chance(60) ? f.flat.arg(1 + below(200)) : QString();
        if (f.english)
            return (flat.isEmpty() ? QString() : flat + u", "_s) + number + u' ' + street +
                   u", "_s + place.city;
        return place.city + u", "_s + street + u", "_s + number +
               (flat.isEmpty() ? QString() : u", "_s + flat);
    }

    Interaction interaction(qint64 clientId, const QDateTime& from, const QDateTime& to)
    {
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
            i.amountMinor = (qint64(200 + below(20000)) * 100 + below(100)) / f.pricePerUnit;
            i.currency = f.currency;
            i.text = pick(f.purchases);
        } else {
            if (i.kind == InteractionKind::Call || i.kind == InteractionKind::Message)
                i.direction = chance(50) ? u"in"_s : u"out"_s;
            if (i.kind == InteractionKind::Call) {
                i.durationSeconds = 20 + below(900);
                i.result = pick(f.results);
            }
            i.text = pick(f.notes);
        }
        return i;
    }

private:
    // 9:00 of the shop's day, as an instant. The offset is looked up once a
    // day: a million-client demo asks for tens of millions of moments.
    QDateTime opening(QDate day)
    {
        const qint64 key = day.toJulianDay();
        auto found = m_openings.constFind(key);
        if (found != m_openings.cend())
            return *found;
        const QDateTime at = m_zone.isValid() ? QDateTime(day, QTime(9, 0), m_zone).toUTC()
                                              : QDateTime(day, QTime(7, 0), Qt::UTC);
        m_openings.insert(key, at);
        return at;
    }

    void fillCommon(Client& c)
    {
        const int phones = chance(25) ? 2 : 1;
        for (int i = 0; i < phones; ++i)
            c.phones.append(phone(i == 0));
        c.actualAddress = address();
        if (chance(40))
            c.deliveryAddress = chance(50) ? c.actualAddress : address();
        c.contactTypeId = pick(m_types).id;
        const int roll = below(100);
        c.statusId = m_statuses[roll < 20 ? 0 : roll < 60 ? 1 : roll < 85 ? 2 : 3];
        c.sourceId = pick(m_sources).id;
        c.managerId = pick(m_managers);
        if (chance(15))
            c.tags.append(pick(f.tags));
        if (chance(10))
            c.comment = f.comment;
        c.preferredChannel = chance(50) ? u"phone"_s : u"telegram"_s;
    }

    QRandomGenerator m_random;
    QTimeZone m_zone;
    QHash<qint64, QDateTime> m_openings;
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
    const Flavour& f = gen.f;
    CatalogImportPlan catalog;
    const int productCount = std::clamp(options.clients / 50, 20, 2000);
    for (int i = 0; i < productCount; ++i) {
        Product p;
        p.sku = u"DEM-%1"_s.arg(i + 1, 5, 10, QChar(u'0'));
        const int category = gen.below(int(f.categories.size()));
        p.category = f.categories.at(category);
        p.name = p.category + u' ' + gen.pick(f.styles) + u' ' +
                 QString::number(10 * (1 + gen.below(12))) + u'x' +
                 QString::number(10 * (1 + gen.below(12)));
        p.unit = category < 3 ? f.squareMetre : f.piece;
        // 40-1,540 UAH: tiles per m², tools, glue; about the same in pounds.
        p.priceMinor = qint64(40 + gen.below(1500)) * 100 / f.pricePerUnit;
        p.currency = f.currency;
        p.vatPercent = 20;
        catalog.added.append(p);
    }
    if (Status s = applyCatalogImport(db, catalog); !s)
        return s;
    report.products = productCount;
    Result<QList<Product>> products = ProductRepository(db).list();
    Result<Pipeline> pipeline = PipelineRepository(db).pipelineNamed(QString());
    Result<QList<ListItem>> reasons = Lists(db).items(u"loss_reason"_s);
    if (!products || !pipeline || !reasons)
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
    // The clients in pages by id, never all at once: a million records
    // in memory would take more than the whole program ever should.
    qint64 afterId = 0;
    for (;;) {
        Result<QList<QSqlRecord>> clients =
            sql::rows(db.connection(),
                      u"SELECT id, manager_id, source_id, created_at FROM clients WHERE id > ? "
                      "ORDER BY id LIMIT 10000"_s,
                      {afterId});
        if (!clients)
            return makeError(ErrorKind::Failed, u"demo: cannot read back the data just written"_s);
        if (clients->isEmpty())
            break;
        afterId = clients->last().value(0).toLongLong();
        for (const QSqlRecord& client : std::as_const(*clients)) {
            const int roll = gen.below(100);
            // About three deals a client: 300,000 for the 100,000-client demo.
            const int count = roll < 15   ? 0
                              : roll < 35 ? 1
                              : roll < 55 ? 2
                              : roll < 75 ? 3
                                          : 4 + gen.below(6);
            // A client who came lately has had time for fewer deals, an old one for
            // more: about three a client on average still.
            const QDateTime came =
                QDateTime::fromString(client.value(3).toString(), Qt::ISODateWithMs);
            const double tenure = std::clamp(double(came.daysTo(end)) / 730.0, 0.05, 1.0);
            const int dealCount = int(std::lround(count * 2 * tenure));
            for (int k = 0; k < dealCount; ++k) {
                Deal d;
                d.pipelineId = pipeline->id;
                d.stageId = open.first()->id;
                d.clientId = client.value(0).toLongLong();
                d.sourceId = client.value(2).toLongLong();
                d.managerId = gen.chance(80) && !client.value(1).isNull()
                                  ? client.value(1).toLongLong()
                                  : gen.pick(managers);
                const int lines = 1 + gen.below(4);
                for (int l = 0; l < lines; ++l) {
                    const Product& p = gen.pick(*products);
                    d.items.append(
                        {p.id, p.name,
                         double(1 + gen.below(12)) * (p.unit == f.squareMetre ? 1.5 : 1.0),
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
                    // The next move is made in working hours, a day to ten days later.
                    at = gen.workingMoment(at.date().addDays(1 + gen.below(9)));
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
    for (const DemoAccount& staff : demoAccounts(options.language)) {
        if (staff.role == Role::Owner)
            continue;
        Result<qint64> id = lists.userIdOfOrAdd(staff.name);
        if (!id)
            return id.error();
        managers.append(*id);
    }
    // The seeded statuses in their order (lead, active, regular, lost),
    // whatever language the database named them in.
    Result<QList<ListItem>> statusItems = lists.items(kStatuses);
    if (!statusItems)
        return statusItems.error();
    if (statusItems->size() < 4)
        return makeError(ErrorKind::Invalid,
                         u"demo: the database has fewer than four client statuses"_s);
    qint64 statuses[4];
    for (int i = 0; i < 4; ++i)
        statuses[i] = statusItems->at(i).id;
    Result<QList<ListItem>> types = lists.items(kContactTypes);
    Result<QList<ListItem>> sources = lists.items(kSources);
    if (!types || !sources)
        return !types ? types.error() : sources.error();

    // The demo shop's country and currency: its phone numbers are read and
    // shown, and its amounts written, as that shop's.
    const Flavour& flavour = flavourOf(options.language);
    if (Status s = db.write([&](Transaction& tx) -> Status {
            if (Status s = SharedSettings::put(tx, kPhoneRegionKey, flavour.region, {}); !s)
                return s;
            return SharedSettings::put(tx, u"shop.currency"_s, flavour.currency, {});
        });
        !s)
        return s.error();

    Generator gen(flavour, options.seed, statuses, *types, *sources, managers);
    ClientRepository clients(db, flavour.region);
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
            if (gen.chance(12)) {
                batch.append(gen.company());
                continue;
            }
            Client c = gen.person();
            if (!companies.isEmpty() && gen.chance(15)) {
                c.companyId = gen.pick(companies);
                c.jobTitle = gen.pick(flavour.jobTitles);
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

const QList<DemoAccount>& demoAccounts(Language language)
{
    static const QList<DemoAccount> ukrainianStaff{
        {u"owner"_s, u"Марія Власенко"_s, Role::Owner},
        {u"olena"_s, u"Олена Коваль"_s, Role::Manager},
        {u"andrii"_s, u"Андрій Мельник"_s, Role::Manager},
        {u"iryna"_s, u"Ірина Соколенко"_s, Role::Senior},
        {u"dmytro"_s, u"Дмитро Орленко"_s, Role::Manager},
        {u"oksana"_s, u"Оксана Савчук"_s, Role::Manager},
    };
    static const QList<DemoAccount> russianStaff{
        {u"owner"_s, u"Мария Власенко"_s, Role::Owner},
        {u"elena"_s, u"Елена Коваль"_s, Role::Manager},
        {u"andrey"_s, u"Андрей Мельник"_s, Role::Manager},
        {u"irina"_s, u"Ирина Соколова"_s, Role::Senior},
        {u"dmitry"_s, u"Дмитрий Орлов"_s, Role::Manager},
        {u"oksana"_s, u"Оксана Савчук"_s, Role::Manager},
    };
    static const QList<DemoAccount> englishStaff{
        {u"owner"_s, u"Mary Walsh"_s, Role::Owner},
        {u"emma"_s, u"Emma Wilson"_s, Role::Manager},
        {u"james"_s, u"James Carter"_s, Role::Manager},
        {u"sarah"_s, u"Sarah Miller"_s, Role::Senior},
        {u"david"_s, u"David Brown"_s, Role::Manager},
        {u"olivia"_s, u"Olivia Clark"_s, Role::Manager},
    };
    switch (language) {
    case Language::Russian:
        return russianStaff;
    case Language::English:
        return englishStaff;
    case Language::Ukrainian:
        break;
    }
    return ukrainianStaff;
}

Status createDemoAccounts(Database& db, Language language)
{
    Accounts accounts(db);
    Lists lists(db);
    QList<qint64> ids;
    for (const DemoAccount& a : demoAccounts(language)) {
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

namespace {

struct DemoTask
{
    const char16_t* uk;
    const char16_t* ru;
    const char16_t* en;
    const char16_t* kind; // what it means (list_items.meaning); null: a to-do
    int day;              // from today
    int hour;             // -1: some time that day
    int remindBefore;     // minutes; -1: none
};

// One person's tasks, as a day at a tile shop goes.
constexpr DemoTask kDemoTasks[] = {
    {u"Передзвонити щодо замовлення", u"Перезвонить по заказу", u"Call back about the order",
     u"call", -3, -1, -1},
    {u"Надіслати рахунок", u"Отправить счёт", u"Send the invoice", u"email", -1, -1, -1},
    {u"Уточнити дату доставки", u"Уточнить дату доставки", u"Confirm the delivery date", u"call", 0,
     10, 15},
    {u"Зустріч у салоні: вибір плитки", u"Встреча в салоне: выбор плитки",
     u"Showroom meeting: choosing tiles", u"meeting", 0, 15, 60},
    {u"Підготувати комерційну пропозицію", u"Подготовить коммерческое предложение",
     u"Prepare a quotation", nullptr, 0, -1, -1},
    {u"Передзвонити: каталог отримано?", u"Перезвонить: каталог получен?",
     u"Call back: did the catalogue arrive?", u"call", 1, 11, 15},
    {u"Доставка на об'єкт", u"Доставка на объект", u"Delivery to the site", nullptr, 1, -1, -1},
    {u"Замір на об'єкті", u"Замер на объекте", u"Measuring on site", u"meeting", 6, 12, 24 * 60},
};

} // namespace

Status createDemoHabits(Database& db)
{
    // Designers hear from the shop monthly, buy again in about six weeks and
    // are greeted two days before their birthday; wholesalers, every fortnight.
    Result<QList<ListItem>> types = Lists(db).items(kContactTypes);
    if (!types)
        return types.error();
    ContactHabitsRepository habits(db);
    const auto set = [&](int position, std::optional<int> every, std::optional<int> repeat,
                         std::optional<int> birthday) -> Status {
        if (position >= types->size())
            return Status::success();
        Result<ContactHabits> h = habits.of(types->at(position).id);
        if (!h)
            return h.error();
        h->contactEveryDays = every;
        h->repeatSaleDays = repeat;
        h->birthdayDaysBefore = birthday;
        return habits.save(*h);
    };
    if (Status s = set(1, 30, 45, 2); !s)
        return s;
    return set(2, 14, std::nullopt, std::nullopt);
}

Status createDemoTasks(Database& db, Language language, const QDate& today)
{
    auto pick = [&](const DemoTask& t) {
        return QString::fromUtf16(language == Language::Russian   ? t.ru
                                  : language == Language::English ? t.en
                                                                  : t.uk);
    };
    Result<QList<QSqlRecord>> people =
        sql::rows(db.connection(), u"SELECT id FROM users WHERE active = 1 ORDER BY id"_s);
    if (!people)
        return people.error();
    Lists lists(db);
    TaskRepository tasks(db);
    for (const QSqlRecord& person : *people) {
        const qint64 id = person.value(0).toLongLong();
        // Their own clients, the newest first; of someone with none, those
        // they see (every client, for the owner): a task goes only to
        // someone who sees its client.
        Result<Principal> them = Accounts(db).principalOf(id);
        if (!them)
            return them.error();
        const ScopeSql seen = clientScope(*them, u"c"_s);
        Result<QList<QSqlRecord>> clients =
            sql::rows(db.connection(),
                      u"SELECT c.id FROM clients c WHERE "_s + seen.sql +
                          u" AND (c.manager_id = ? OR NOT EXISTS (SELECT 1 FROM clients m WHERE "
                          u"m.manager_id = ?)) ORDER BY c.id DESC LIMIT 16"_s,
                      seen.args + QVariantList{id, id});
        if (!clients)
            return clients.error();
        int n = 0;
        for (const DemoTask& t : kDemoTasks) {
            Task task;
            task.title = pick(t);
            if (t.kind) {
                Result<qint64> kind = lists.idByMeaning(kTaskKinds, QString::fromUtf16(t.kind));
                if (!kind)
                    return kind.error();
                task.kindId = *kind;
            }
            if (!clients->isEmpty())
                task.clientId = clients->at(n++ % clients->size()).value(0).toLongLong();
            task.responsibleId = id;
            task.dueDate = today.addDays(t.day);
            if (t.hour >= 0)
                task.dueTime = QTime(t.hour, 0);
            if (t.remindBefore >= 0)
                task.reminders = {TaskReminder{t.remindBefore, {}}};
            if (Status s = tasks.create(task); !s)
                return s;
        }
        Task meeting;
        meeting.title = language == Language::Russian   ? u"Планёрка"_s
                        : language == Language::English ? u"Weekly team meeting"_s
                                                        : u"Планірка"_s;
        meeting.responsibleId = id;
        meeting.dueDate = today.addDays(1 - today.dayOfWeek()); // this week's Monday
        meeting.dueTime = QTime(9, 0);
        meeting.durationMinutes = 30;
        meeting.repeatRule = repeatRuleFor(RepeatChoice::Weekly);
        if (Result<qint64> kind = lists.idByMeaning(kTaskKinds, u"meeting"_s))
            meeting.kindId = *kind;
        if (Status s = tasks.create(meeting); !s)
            return s;
    }
    return Status::success();
}

} // namespace kartoteka
