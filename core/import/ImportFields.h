#pragma once

#include "clients/CustomFields.h"

#include <QList>
#include <QString>

#include <optional>

namespace kartoteka {

// What a column of an imported file goes into on the client's card.
enum class ImportField
{
    None,     // the column is not imported
    FullName, // "Петренко Олена Іванівна": split into last, first and middle name
    LastName,
    FirstName,
    MiddleName,
    Company,
    JobTitle,
    Occupation,
    Phone,     // several columns may be phones
    PhoneType, // the kind of the nearest phone column to its left ("cell", "work")
    Email,     // several columns may be e-mails
    Birthday,
    Gender,
    TaxId,
    ActualAddress,
    DeliveryAddress,
    Website,
    Comment,
    Tags, // separated by ',' or ';'
    ContactType,
    Status,
    Source,
    Manager,
    BankName,
    BankAccount,
    BankCode,
    Custom, // a custom field: ColumnTarget::customFieldId says which
};

// Where one column goes.
struct ColumnTarget
{
    ImportField field = ImportField::None;
    qint64 customFieldId = 0; // for ImportField::Custom

    bool operator==(const ColumnTarget& other) const
    {
        return field == other.field && customFieldId == other.customFieldId;
    }
    bool operator!=(const ColumnTarget& other) const { return !(*this == other); }
};

// Every field a column can go into, in the order the mapping screen offers them.
const QList<ImportField>& importFields();
// Stable names, for the CLI's --map and saved mappings: "last_name", "phone"...;
// a custom field is "custom:ID" or, given the fields, "custom:NAME".
QString importFieldName(ImportField field);
std::optional<ColumnTarget> columnTargetNamed(const QString& name,
                                              const QList<CustomField>& customFields);
QString columnTargetName(const ColumnTarget& target);
// The list a list field (contact type, status, source) names its values in
// (clients/Lists.h); empty for the manager (the staff) and any other field.
QString importListOf(ImportField field);
// Translated, for people: "Last name", "Phone".
QString importFieldTitle(ImportField field);
// Whether several columns may go into the field (phones, e-mails, tags,
// comments); any other field takes one column.
bool fieldTakesManyColumns(ImportField field);

// The field a header names, in Ukrainian, Russian or English ("ПІБ",
// "Прізвище", "ФИО", "Моб. телефон", "E-mail", "Ел. пошта", "ЄДРПОУ", "ИНН",
// "Дата народження"...), or a custom field of the same name; None when it
// names nothing known.
ColumnTarget guessColumnTarget(const QString& header, const QList<CustomField>& customFields);
// The kind a phone column's header gives its numbers ("Моб." a mobile,
// "Телефон робочий" a work phone), in the running language; empty when none.
QString phoneLabelOfHeader(const QString& header);
// The field of a column the file names itself (a vCard's "last_name",
// "phone_2", "phone_2_type", "address_1"...).
ColumnTarget columnTargetOfKey(const QString& key);

} // namespace kartoteka
