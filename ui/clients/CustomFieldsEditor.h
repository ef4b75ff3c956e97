#pragma once

#include "clients/CustomFields.h"

#include <QAbstractListModel>
#include <QWidget>

class QListView;
class QPushButton;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// The shop's own client fields, in order.
class CustomFieldListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;
    void setFields(const QList<CustomField>& fields);
    const CustomField& fieldAt(int row) const { return m_fields.at(row); }
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<CustomField> m_fields;
};

// Add, change and remove the fields every client card shows (Administration).
class CustomFieldsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CustomFieldsEditor(Database& db, QWidget* parent = nullptr);
    void reload();
    void addField();
    void editField(int row);
    void removeField(int row);

private:
    // Shows the field dialog; true when the person saved.
    bool askForField(CustomField& field, const QString& title);

    Database& m_db;
    CustomFieldRepository m_repository;
    CustomFieldListModel* m_model;
    QListView* m_view;
};

} // namespace kartoteka::ui
