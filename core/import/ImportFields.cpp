#include "import/ImportFields.h"

#include "import/ImportValues.h"

#include "clients/Lists.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct FieldInfo
{
    ImportField field;
    QString name;
    const char* title;
};

const QList<FieldInfo>& fieldTable()
{
    static const QList<FieldInfo> table{
        {ImportField::None, u"none"_s,
         QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Do not import")},
        {ImportField::FullName, u"full_name"_s,
         QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Full name (last, first, middle)")},
        {ImportField::LastName, u"last_name"_s,
         QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Last name")},
        {ImportField::FirstName, u"first_name"_s,
         QT_TRANSLATE_NOOP("kartoteka::ImportFields", "First name")},
        {ImportField::MiddleName, u"middle_name"_s,
         QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Middle name")},
        {ImportField::Company, u"company"_s,
         QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Company")},
        {ImportField::JobTitle, u"job_title"_s,
         QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Job title")},
        {ImportField::Occupation, u"occupation"_s,
         QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Occupation")},
        {ImportField::Phone, u"phone"_s, QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Phone")},
        {ImportField::PhoneType, u"phone_type"_s,
         QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Kind of the phone to the left")},
        {ImportField::Email, u"email"_s, QT_TRANSLATE_NOOP("kartoteka::ImportFields", "E-mail")},
        {ImportField::Birthday, u"birthday"_s,
         QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Birthday")},
        {ImportField::Gender, u"gender"_s, QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Gender")},
        {ImportField::TaxId, u"tax_id"_s,
         QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Tax ID (EDRPOU, INN)")},
        {ImportField::ActualAddress, u"address"_s,
         QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Address")},
        {ImportField::DeliveryAddress, u"delivery_address"_s,
         QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Delivery address")},
        {ImportField::Website, u"website"_s,
         QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Website")},
        {ImportField::Comment, u"comment"_s,
         QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Comment")},
        {ImportField::Tags, u"tags"_s, QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Tags")},
        {ImportField::ContactType, u"contact_type"_s,
         QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Contact type")},
        {ImportField::Status, u"status"_s, QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Status")},
        {ImportField::Source, u"source"_s, QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Source")},
        {ImportField::Manager, u"manager"_s,
         QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Manager")},
        {ImportField::BankName, u"bank_name"_s,
         QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Bank")},
        {ImportField::BankAccount, u"bank_account"_s,
         QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Bank account (IBAN)")},
        {ImportField::BankCode, u"bank_code"_s,
         QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Bank code (MFO)")},
        {ImportField::Custom, u"custom"_s,
         QT_TRANSLATE_NOOP("kartoteka::ImportFields", "Custom field")},
    };
    return table;
}

const FieldInfo* infoOf(ImportField field)
{
    for (const FieldInfo& info : fieldTable()) {
        if (info.field == field)
            return &info;
    }
    return nullptr;
}

// Lower case, ё = е, і/ї/є kept, everything but letters and digits dropped:
// "Моб. телефон" and "моб телефон" are one header.
QString foldHeader(const QString& header)
{
    QString folded;
    for (QChar c : header.toLower()) {
        if (c == u'ё')
            c = u'е';
        if (c.isLetterOrNumber())
            folded.append(c);
    }
    return folded;
}

struct Synonyms
{
    ImportField field;
    QStringList exact;    // folded headers that name the field
    QStringList prefixes; // folded headers that start so ("телефон2", "phonemobile")
};

const QList<Synonyms>& synonymTable()
{
    // Folded (foldHeader): lower case, no spaces or punctuation.
    static const QList<Synonyms> table{
        {ImportField::FullName,
         {u"піб"_s, u"фио"_s, u"прізвищеімяпобатькові"_s, u"фамилияимяотчество"_s, u"fullname"_s,
          u"name"_s, u"клієнт"_s, u"клиент"_s, u"контакт"_s, u"контактнаособа"_s,
          u"контактноелицо"_s, u"покупець"_s, u"покупатель"_s, u"displayname"_s, u"contact"_s,
          // Kartoteka's own export: "Назва / ПІБ", "Название / ФИО".
          u"назвапіб"_s, u"названиефио"_s, u"client"_s, u"customer"_s},
         {u"прізвищеім"_s, u"фамилияим"_s}},
        {ImportField::LastName,
         {u"прізвище"_s, u"фамилия"_s, u"lastname"_s, u"surname"_s, u"familyname"_s},
         {}},
        {ImportField::FirstName, {u"імя"_s, u"имя"_s, u"firstname"_s, u"givenname"_s}, {}},
        {ImportField::MiddleName,
         {u"побатькові"_s, u"отчество"_s, u"middlename"_s, u"patronymic"_s, u"поб"_s},
         {}},
        {ImportField::Company,
         {u"компанія"_s, u"компания"_s, u"організація"_s, u"организация"_s, u"фірма"_s, u"фирма"_s,
          u"company"_s, u"organization"_s, u"organisation"_s, u"контрагент"_s, u"підприємство"_s,
          u"предприятие"_s, u"назва"_s, u"название"_s},
         {u"companyname"_s, u"назвакомпан"_s, u"названиекомпан"_s}},
        {ImportField::JobTitle,
         {u"посада"_s, u"должность"_s, u"jobtitle"_s, u"title"_s, u"position"_s},
         {}},
        {ImportField::Occupation,
         {u"рідзанять"_s, u"родзанятий"_s, u"професія"_s, u"профессия"_s, u"occupation"_s,
          u"сфера"_s},
         {}},
        {ImportField::PhoneType,
         {u"типтелефону"_s, u"типтелефона"_s, u"phonetype"_s, u"видтелефону"_s, u"типителефонів"_s,
          u"типытелефонов"_s, u"phonetypes"_s},
         {}},
        {ImportField::Phone,
         {u"тел"_s, u"моб"_s, u"mobile"_s, u"cell"_s},
         {u"телефон"_s, u"мобільн"_s, u"мобильн"_s, u"моб"_s, u"тел"_s, u"phone"_s, u"mobile"_s,
          u"cell"_s, u"tel"_s, u"номертел"_s, u"контактнийтел"_s, u"контактныйтел"_s}},
        {ImportField::Email,
         {u"email"_s, u"mail"_s, u"пошта"_s, u"почта"_s, u"елпошта"_s, u"элпочта"_s,
          u"електроннапошта"_s, u"электроннаяпочта"_s, u"емейл"_s, u"имейл"_s},
         {u"email"_s, u"mail"_s, u"елпошт"_s, u"элпочт"_s, u"електроннапошт"_s,
          u"электроннаяпочт"_s}},
        {ImportField::Birthday,
         {u"датанародження"_s, u"датарождения"_s, u"деньнародження"_s, u"деньрождения"_s,
          u"birthday"_s, u"birthdate"_s, u"dateofbirth"_s, u"др"_s, u"dob"_s, u"народився"_s},
         {u"датанарод"_s, u"датарожд"_s}},
        {ImportField::Gender, {u"стать"_s, u"пол"_s, u"gender"_s, u"sex"_s}, {}},
        {ImportField::TaxId,
         {u"єдрпоу"_s, u"едрпоу"_s, u"інн"_s, u"инн"_s, u"іпн"_s, u"ипн"_s, u"рнокпп"_s,
          u"кодєдрпоу"_s, u"кодедрпоу"_s, u"taxid"_s, u"vat"_s, u"ідентифікаційнийкод"_s,
          u"идентификационныйкод"_s, u"податковийномер"_s, u"налоговыйномер"_s, u"код"_s},
         {u"єдрпоу"_s, u"едрпоу"_s}},
        {ImportField::DeliveryAddress,
         {u"адресадоставки"_s, u"адресдоставки"_s, u"deliveryaddress"_s, u"shippingaddress"_s,
          u"доставка"_s},
         {}},
        {ImportField::ActualAddress,
         {u"адреса"_s, u"адрес"_s, u"address"_s, u"місто"_s, u"город"_s, u"city"_s,
          u"фактичнаадреса"_s, u"фактическийадрес"_s},
         {u"адрес"_s, u"address"_s}},
        {ImportField::Website,
         {u"сайт"_s, u"вебсайт"_s, u"website"_s, u"url"_s, u"www"_s, u"web"_s},
         {}},
        {ImportField::Comment,
         {u"коментар"_s, u"комментарий"_s, u"примітка"_s, u"примітки"_s, u"примечание"_s,
          u"примечания"_s, u"нотатки"_s, u"заметки"_s, u"comment"_s, u"comments"_s, u"note"_s,
          u"notes"_s, u"опис"_s, u"описание"_s},
         {}},
        {ImportField::Tags,
         {u"теги"_s, u"мітки"_s, u"метки"_s, u"tags"_s, u"labels"_s, u"групи"_s, u"группы"_s,
          u"група"_s, u"группа"_s},
         {}},
        {ImportField::ContactType,
         {u"типконтакту"_s, u"типконтакта"_s, u"тип"_s, u"типклієнта"_s, u"типклиента"_s,
          u"contacttype"_s, u"type"_s, u"категорія"_s, u"категория"_s},
         {}},
        {ImportField::Status, {u"статус"_s, u"status"_s, u"стан"_s}, {}},
        {ImportField::Source,
         {u"джерело"_s, u"источник"_s, u"source"_s, u"канал"_s, u"звідки"_s, u"откуда"_s},
         {}},
        {ImportField::Manager,
         {u"менеджер"_s, u"відповідальний"_s, u"ответственный"_s, u"manager"_s, u"owner"_s,
          u"продавець"_s, u"продавец"_s},
         {}},
        {ImportField::BankName, {u"банк"_s, u"bank"_s, u"bankname"_s}, {}},
        {ImportField::BankAccount,
         {u"рахунок"_s, u"счет"_s, u"розрахунковийрахунок"_s, u"расчетныйсчет"_s, u"iban"_s,
          u"bankaccount"_s, u"рр"_s},
         {u"iban"_s}},
        {ImportField::BankCode, {u"мфо"_s, u"bik"_s, u"бик"_s, u"bankcode"_s, u"swift"_s}, {}},
    };
    return table;
}

} // namespace

const QList<ImportField>& importFields()
{
    static const QList<ImportField> fields = [] {
        QList<ImportField> all;
        for (const FieldInfo& info : fieldTable())
            all.append(info.field);
        return all;
    }();
    return fields;
}

QString importFieldName(ImportField field)
{
    const FieldInfo* info = infoOf(field);
    return info ? info->name : QString();
}

QString importFieldTitle(ImportField field)
{
    const FieldInfo* info = infoOf(field);
    return info ? QCoreApplication::translate("kartoteka::ImportFields", info->title) : QString();
}

QString importListOf(ImportField field)
{
    switch (field) {
    case ImportField::ContactType:
        return kContactTypes;
    case ImportField::Status:
        return kStatuses;
    case ImportField::Source:
        return kSources;
    default:
        return {};
    }
}

bool fieldTakesManyColumns(ImportField field)
{
    switch (field) {
    case ImportField::None:
    case ImportField::Phone:
    case ImportField::PhoneType:
    case ImportField::Email:
    case ImportField::Tags:
    case ImportField::Comment:
    case ImportField::Custom: // one column per custom field; checked by field id
        return true;
    default:
        return false;
    }
}

std::optional<ColumnTarget> columnTargetNamed(const QString& name,
                                              const QList<CustomField>& customFields)
{
    const QString trimmed = name.trimmed();
    if (trimmed.startsWith(u"custom:"_s, Qt::CaseInsensitive)) {
        const QString which = trimmed.mid(7).trimmed();
        bool isNumber = false;
        const qint64 id = which.toLongLong(&isNumber);
        for (const CustomField& field : customFields) {
            if ((isNumber && field.id == id) || field.name.compare(which, Qt::CaseInsensitive) == 0)
                return ColumnTarget{ImportField::Custom, field.id};
        }
        return std::nullopt;
    }
    for (const FieldInfo& info : fieldTable()) {
        if (info.field != ImportField::Custom &&
            info.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return ColumnTarget{info.field, 0};
    }
    return std::nullopt;
}

QString columnTargetName(const ColumnTarget& target)
{
    if (target.field == ImportField::Custom)
        return u"custom:%1"_s.arg(target.customFieldId);
    return importFieldName(target.field);
}

ColumnTarget guessColumnTarget(const QString& header, const QList<CustomField>& customFields)
{
    const QString folded = foldHeader(header);
    if (folded.isEmpty())
        return {};
    // The shop's own fields first: a column named as one of them is meant for it.
    for (const CustomField& field : customFields) {
        if (foldHeader(field.name) == folded)
            return {ImportField::Custom, field.id};
    }
    for (const Synonyms& synonyms : synonymTable()) {
        if (synonyms.exact.contains(folded))
            return {synonyms.field, 0};
    }
    // Prefixes last, and the longest wins: "телефонробочий" is a phone,
    // "адресадоставки" (exact above) is not the plain address.
    ColumnTarget best;
    qsizetype bestLength = 0;
    for (const Synonyms& synonyms : synonymTable()) {
        for (const QString& prefix : synonyms.prefixes) {
            if (prefix.size() > bestLength && folded.startsWith(prefix)) {
                best = {synonyms.field, 0};
                bestLength = prefix.size();
            }
        }
    }
    return best;
}

QString phoneLabelOfHeader(const QString& header)
{
    const QString folded = foldHeader(header);
    for (const auto& [kind, words] :
         {std::pair{u"mobile"_s, QStringList{u"моб"_s, u"mobile"_s, u"cell"_s}},
          std::pair{u"work"_s, QStringList{u"робоч"_s, u"рабоч"_s, u"work"_s}},
          std::pair{u"home"_s, QStringList{u"домашн"_s, u"home"_s}}}) {
        for (const QString& word : words) {
            if (folded.contains(word))
                return importPhoneLabel(kind);
        }
    }
    return {};
}

ColumnTarget columnTargetOfKey(const QString& key)
{
    static const QHash<QString, ImportField> exact{
        {u"last_name"_s, ImportField::LastName},
        {u"first_name"_s, ImportField::FirstName},
        {u"middle_name"_s, ImportField::MiddleName},
        {u"full_name"_s, ImportField::FullName},
        {u"company"_s, ImportField::Company},
        {u"title"_s, ImportField::JobTitle},
        {u"birthday"_s, ImportField::Birthday},
        {u"note"_s, ImportField::Comment},
        {u"url"_s, ImportField::Website},
        {u"categories"_s, ImportField::Tags},
    };
    if (const auto it = exact.constFind(key); it != exact.cend())
        return {*it, 0};
    static const QRegularExpression numbered(u"^(phone|email|address)_\\d+(_type)?$"_s);
    const QRegularExpressionMatch match = numbered.match(key);
    if (!match.hasMatch())
        return {};
    const QString kind = match.captured(1);
    const bool isType = !match.captured(2).isEmpty();
    if (kind == u"phone"_s)
        return {isType ? ImportField::PhoneType : ImportField::Phone, 0};
    if (isType)
        return {};
    return {kind == u"email"_s ? ImportField::Email : ImportField::ActualAddress, 0};
}

} // namespace kartoteka
