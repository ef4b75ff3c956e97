#include "clients/CardFields.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kartoteka {

const QList<CardField>& cardFields()
{
    static const QList<CardField> fields{
        {"last_name"_L1, "last_name"_L1, QT_TRANSLATE_NOOP("kartoteka::CardFields", "Last name"),
         &Client::lastName},
        {"first_name"_L1, "first_name"_L1, QT_TRANSLATE_NOOP("kartoteka::CardFields", "First name"),
         &Client::firstName},
        {"middle_name"_L1, "middle_name"_L1,
         QT_TRANSLATE_NOOP("kartoteka::CardFields", "Middle name"), &Client::middleName},
        {"company_name"_L1, "company_name"_L1,
         QT_TRANSLATE_NOOP("kartoteka::CardFields", "Company"), &Client::companyName},
        {"company"_L1, "company_id"_L1,
         QT_TRANSLATE_NOOP("kartoteka::CardFields", "Linked company"), nullptr, &Client::companyId},
        {"job_title"_L1, "job_title"_L1, QT_TRANSLATE_NOOP("kartoteka::CardFields", "Job title"),
         &Client::jobTitle},
        {"occupation"_L1, "occupation"_L1, QT_TRANSLATE_NOOP("kartoteka::CardFields", "Occupation"),
         &Client::occupation},
        {"birthday"_L1, "birthday"_L1, QT_TRANSLATE_NOOP("kartoteka::CardFields", "Birthday")},
        {"gender"_L1, "gender"_L1, QT_TRANSLATE_NOOP("kartoteka::CardFields", "Gender"),
         &Client::gender},
        {"tax_id"_L1, "tax_id"_L1, QT_TRANSLATE_NOOP("kartoteka::CardFields", "Tax ID"),
         &Client::taxId},
        {"contact_type"_L1, "contact_type_id"_L1,
         QT_TRANSLATE_NOOP("kartoteka::CardFields", "Contact type"), nullptr,
         &Client::contactTypeId},
        {"status"_L1, "status_id"_L1, QT_TRANSLATE_NOOP("kartoteka::CardFields", "Status"), nullptr,
         &Client::statusId},
        {"source"_L1, "source_id"_L1, QT_TRANSLATE_NOOP("kartoteka::CardFields", "Source"), nullptr,
         &Client::sourceId},
        {"manager"_L1, "manager_id"_L1, QT_TRANSLATE_NOOP("kartoteka::CardFields", "Manager"),
         nullptr, &Client::managerId},
        {"preferred_channel"_L1, "preferred_channel"_L1,
         QT_TRANSLATE_NOOP("kartoteka::CardFields", "Preferred channel"),
         &Client::preferredChannel},
        {"actual_address"_L1, "actual_address"_L1,
         QT_TRANSLATE_NOOP("kartoteka::CardFields", "Address"), &Client::actualAddress},
        {"delivery_address"_L1, "delivery_address"_L1,
         QT_TRANSLATE_NOOP("kartoteka::CardFields", "Delivery address"), &Client::deliveryAddress},
        {"bank_name"_L1, "bank_name"_L1, QT_TRANSLATE_NOOP("kartoteka::CardFields", "Bank"),
         &Client::bankName},
        {"bank_account"_L1, "bank_account"_L1,
         QT_TRANSLATE_NOOP("kartoteka::CardFields", "Bank account"), &Client::bankAccount},
        {"bank_code"_L1, "bank_code"_L1, QT_TRANSLATE_NOOP("kartoteka::CardFields", "Bank code"),
         &Client::bankCode},
        {"comment"_L1, "comment"_L1, QT_TRANSLATE_NOOP("kartoteka::CardFields", "Comment"),
         &Client::comment},
    };
    return fields;
}

const CardField* cardFieldNamed(const QString& name)
{
    for (const CardField& field : cardFields()) {
        if (field.name == name.trimmed())
            return &field;
    }
    return nullptr;
}

QString cardFieldTitle(const CardField& field)
{
    return QCoreApplication::translate("kartoteka::CardFields", field.title);
}

QString cardFieldValue(const Client& client, const CardField& field)
{
    if (field.text)
        return client.*field.text;
    if (field.id)
        return client.*field.id == 0 ? QString() : QString::number(client.*field.id);
    return client.birthday.isValid() ? client.birthday.toString(Qt::ISODate) : QString();
}

void setCardFieldValue(Client& client, const CardField& field, const QString& value)
{
    if (field.text)
        client.*field.text = value;
    else if (field.id)
        client.*field.id = value.toLongLong();
    else
        client.birthday = QDate::fromString(value, Qt::ISODate);
}

bool cardFieldEmpty(const Client& client, const CardField& field)
{
    return cardFieldValue(client, field).trimmed().isEmpty();
}

} // namespace kartoteka
