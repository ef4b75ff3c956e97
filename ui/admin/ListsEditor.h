#pragma once

#include "clients/Lists.h"

#include <QAbstractListModel>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// The items of one admin-editable list.
class ListItemsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;
    void setItems(const QList<ListItem>& items);
    const ListItem& itemAt(int row) const { return m_items.at(row); }
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<ListItem> m_items;
};

// Contact types, statuses, sources, loss reasons, delivery types: add,
// rename, reorder, remove (hidden; what uses an item keeps it).
class ContactHabitsForm;

class ListsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ListsEditor(Database& db, QWidget* parent = nullptr);
    void reload();
    void addItem();
    void renameItem(int row);
    void removeItem(int row);
    void moveItem(int row, int step);
    QComboBox* listChooser() const { return m_list; }
    QListView* view() const { return m_view; }
    ContactHabitsForm* habitsForm() const { return m_habits; }
    ListItemsModel* model() const { return m_model; }
    // The offer to translate the ready-made names into the interface's
    // language, shown to whoever may, while there are some to translate.
    QPushButton* relabelButton() const { return m_relabelButton; }
    void relabel();

private:
    QString currentList() const;
    void report(const Status& status);
    void updateRelabelOffer();
    // The habits form follows the chosen contact type.
    void showHabits();

    Database& m_db;
    Lists m_lists;
    QWidget* m_relabelBar;
    QLabel* m_relabelText;
    QPushButton* m_relabelButton;
    QComboBox* m_list;
    ListItemsModel* m_model;
    QListView* m_view;
    ContactHabitsForm* m_habits; // under the contact types only
};

} // namespace kartoteka::ui
