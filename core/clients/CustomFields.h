#pragma once

#include "storage/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kartoteka {

class Database;

enum class FieldType
{
    Text,
    Number,
    Date,
    YesNo,
    Choice
};
QString fieldTypeName(FieldType type); // "text", "number", "date", "yesno", "choice"
std::optional<FieldType> fieldTypeFromName(const QString& name);
QString fieldTypeDisplayName(FieldType type);

// A field the shop defined for its clients ("Discount card", "Floor area, m²").
struct CustomField
{
    qint64 id = 0;
    qint64 version = 0;
    QString name;
    FieldType type = FieldType::Text;
    QStringList choices; // for Choice

    // The stored form of `input` for this field ("12,5" -> "12.5"); an error
    // naming the field when it does not fit. Empty input is "no value".
    Result<QString> normalize(const QString& input) const;
    // How a stored value is shown.
    QString display(const QString& stored) const;
};

// Owns the SQL of the field definitions. Removing a field hides it; the
// values stay in the database.
class CustomFieldRepository
{
public:
    explicit CustomFieldRepository(Database& db) : m_db(db) {}

    Result<QList<CustomField>> fields();
    Status create(CustomField& field);
    Status update(CustomField& field);
    Status remove(const CustomField& field);

    static inline const QString kEntity = QStringLiteral("custom_field");

private:
    Status validate(const CustomField& field) const;
    Database& m_db;
};

} // namespace kartoteka
