#include "admin/RolesPanel.h"

#include "accounts/Accounts.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

void RolesModel::setCapabilities(const QHash<Role, QSet<Capability>>& byRole)
{
    beginResetModel();
    m_byRole = byRole;
    m_byRole.insert(Role::Owner, defaultCapabilities(Role::Owner));
    m_saved = m_byRole;
    endResetModel();
}

void RolesModel::setDraft(const QHash<Role, QSet<Capability>>& byRole)
{
    beginResetModel();
    m_byRole = byRole;
    m_byRole.insert(Role::Owner, defaultCapabilities(Role::Owner));
    endResetModel();
}

void RolesModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int RolesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(allCapabilities().size());
}

int RolesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(allRoles().size());
}

QVariant RolesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || role != Qt::CheckStateRole)
        return {};
    return m_byRole.value(roleAt(index.column())).contains(capabilityAt(index.row()))
               ? Qt::Checked
               : Qt::Unchecked;
}

bool RolesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    QSet<Capability>& set = m_byRole[roleAt(index.column())];
    if (value.value<Qt::CheckState>() == Qt::Checked)
        set.insert(capabilityAt(index.row()));
    else
        set.remove(capabilityAt(index.row()));
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags RolesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // The owner can always do everything: shown checked, never editable.
    if (roleAt(index.column()) == Role::Owner)
        return Qt::NoItemFlags;
    return m_editable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::NoItemFlags;
}

QVariant RolesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole) {
        if (orientation == Qt::Horizontal && section >= 0 && section < columnCount())
            return roleTitle(roleAt(section));
        if (orientation == Qt::Vertical && section >= 0 && section < rowCount())
            return capabilityTitle(capabilityAt(section));
    }
    if (role == Qt::ToolTipRole && orientation == Qt::Vertical && section >= 0 &&
        section < rowCount())
        return capabilityName(capabilityAt(section));
    return {};
}

RolesPanel::RolesPanel(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_model(new RolesModel(this)), m_view(new QTableView(this)),
      m_message(new QLabel(this)), m_save(new QPushButton(tr("Save"), this)),
      m_defaults(new QPushButton(tr("Reset to defaults"), this)),
      m_revert(new QPushButton(tr("Undo changes"), this))
{
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setStyleSheet(u"QTableView::indicator { subcontrol-position: center; }"_s);

    auto* note = new QLabel(
        tr("What each role may do. <b>The owner can always do everything</b>: that column "
           "cannot be changed, and there is always at least one owner. A change applies to "
           "each person from their next sign-in, and is kept in the audit."),
        this);
    note->setWordWrap(true);
    m_message->setWordWrap(true);

    connect(m_save, &QPushButton::clicked, this, &RolesPanel::save);
    connect(m_defaults, &QPushButton::clicked, this, &RolesPanel::resetToDefaults);
    connect(m_revert, &QPushButton::clicked, this, &RolesPanel::reload);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RolesPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RolesPanel::updateButtons);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_defaults);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    reload();
}

bool RolesPanel::shownTo(const Principal& who)
{
    return who.isSystem() || who.role == Role::Owner;
}

void RolesPanel::reload()
{
    Accounts accounts(m_db);
    QHash<Role, QSet<Capability>> byRole;
    for (Role role : allRoles()) {
        Result<QSet<Capability>> caps = accounts.capabilitiesOf(role);
        if (!caps) {
            showMessage(caps.error().message, true);
            return;
        }
        byRole.insert(role, *caps);
    }
    m_model->setCapabilities(byRole);
    // The screen follows core's rule; core refuses anyone else's save anyway.
    m_model->setEditable(shownTo(m_db.principal()) && !m_db.isReadOnly());
    showMessage(m_model->isEditable() ? QString()
                                      : tr("Only an owner can change what the roles may do."));
    updateButtons();
}

bool RolesPanel::save()
{
    QHash<Role, QSet<Capability>> byRole = m_model->capabilities();
    byRole.remove(Role::Owner);
    if (Status s = Accounts(m_db).setCapabilities(byRole); !s) {
        showMessage(s.error().message, true);
        return false;
    }
    m_model->markSaved();
    updateButtons();
    showMessage(tr("Saved. The new rights apply to each person from their next sign-in."));
    return true;
}

void RolesPanel::resetToDefaults()
{
    if (!m_model->isEditable())
        return;
    QHash<Role, QSet<Capability>> defaults;
    for (Role role : allRoles())
        defaults.insert(role, defaultCapabilities(role));
    m_model->setDraft(defaults);
    showMessage(m_model->isModified()
                    ? tr("The built-in rights are in the table. Save to keep them.")
                    : tr("The roles already have the built-in rights."));
    updateButtons();
}

QString RolesPanel::message() const
{
    return m_message->text();
}

void RolesPanel::updateButtons()
{
    const bool editable = m_model->isEditable();
    m_save->setEnabled(editable && m_model->isModified());
    m_revert->setEnabled(editable && m_model->isModified());
    m_defaults->setEnabled(editable);
}

void RolesPanel::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? u"color: #b3261e;"_s : QString());
    m_message->setText(text);
}

} // namespace kartoteka::ui
