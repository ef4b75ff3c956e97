#pragma once

#include "accounts/Access.h"
#include "accounts/Roles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// What each role may do: capabilities as rows, roles as columns, a checkbox
// in each cell. The owner's column is all checked and cannot be changed.
class RolesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setCapabilities(const QHash<Role, QSet<Capability>>& byRole);
    // Changes the table without changing what counts as saved.
    void setDraft(const QHash<Role, QSet<Capability>>& byRole);
    QHash<Role, QSet<Capability>> capabilities() const { return m_byRole; }
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    bool isModified() const { return m_byRole != m_saved; }
    void markSaved() { m_saved = m_byRole; }

    static Role roleAt(int column) { return allRoles().at(column); }
    static Capability capabilityAt(int row) { return allCapabilities().at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QHash<Role, QSet<Capability>> m_byRole;
    QHash<Role, QSet<Capability>> m_saved;
    bool m_editable = false;
};

// Administration → Roles: the owner adjusts what each role may do.
class RolesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RolesPanel(Database& db, QWidget* parent = nullptr);

    // Whether the page is shown to `who`: owners only.
    static bool shownTo(const Principal& who);

    void reload();
    // Saves the table in one change; false (and the reason shown) when refused.
    bool save();
    // Puts the built-in defaults in the table; Save stores them.
    void resetToDefaults();
    RolesModel* model() const { return m_model; }
    QString message() const;

private:
    void updateButtons();
    void showMessage(const QString& text, bool error = false);

    Database& m_db;
    RolesModel* m_model;
    QTableView* m_view;
    QLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_defaults;
    QPushButton* m_revert;
};

} // namespace kartoteka::ui
