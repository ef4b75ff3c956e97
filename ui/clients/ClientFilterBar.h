#pragma once

#include "clients/ClientRepository.h"
#include "clients/CustomFields.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// The list's filters: type, status, source, manager, tag, gender, age range,
// birthday this month, no contact for N days.
class ClientFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit ClientFilterBar(Database& db, QWidget* parent = nullptr);

    ClientFilter filter() const;
    void clear();
    // Re-reads the lists (an admin added a status...).
    void reloadLists();
    // The shop's own field and the value it must hold.
    QComboBox* fieldBox() const { return m_field; }
    QComboBox* fieldValueBox() const { return m_fieldValue; }

signals:
    void filterChanged(const kartoteka::ClientFilter& filter);

private:
    void fillCombo(QComboBox* combo, const QString& list);
    void fillFieldValues();

    Database& m_db;
    QComboBox* m_type;
    QComboBox* m_status;
    QComboBox* m_source;
    QComboBox* m_manager;
    QLineEdit* m_tag;
    QComboBox* m_gender;
    QSpinBox* m_ageFrom;
    QSpinBox* m_ageTo;
    QCheckBox* m_birthday;
    QSpinBox* m_silentDays;
    QComboBox* m_field;      // a custom field...
    QComboBox* m_fieldValue; // ...and the value it must hold (editable)
    QLabel* m_fieldLabel = nullptr;
    QLabel* m_fieldValueLabel = nullptr;
    QList<CustomField> m_fields;
};

} // namespace kartoteka::ui
