#include "admin/ListsEditor.h"

#include "admin/ContactHabitsForm.h"

#include "main/DialogKeys.h"
#include "main/ListActions.h"

#include "accounts/Access.h"
#include "storage/Database.h"
#include "workspace/NewDatabase.h"

#include <QComboBox>
#include <QLineEdit>

#include <algorithm>
#include <functional>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace kartoteka::ui {

void ListItemsModel::setItems(const QList<ListItem>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int ListItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ListItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    return m_items.at(index.row()).name;
}

namespace {

// The language the interface speaks now (the default locale follows it).
Language interfaceLanguage()
{
    switch (QLocale().language()) {
    case QLocale::Ukrainian:
        return Language::Ukrainian;
    case QLocale::Russian:
        return Language::Russian;
    default:
        return Language::English;
    }
}

} // namespace

ListsEditor::ListsEditor(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_lists(db), m_relabelBar(new QWidget(this)),
      m_relabelText(new QLabel(m_relabelBar)), m_relabelButton(new QPushButton(m_relabelBar)),
      m_list(new QComboBox(this)), m_model(new ListItemsModel(this)), m_view(new QListView(this)),
      m_habits(new ContactHabitsForm(db, this))
{
    // A database made in another language (an English one from `init` under
    // LANG=C) keeps its ready-made names until someone translates them: the
    // lists are where an admin looks for them, so the offer waits here
    // instead of interrupting anyone's start.
    auto* bar = new QHBoxLayout(m_relabelBar);
    bar->setContentsMargins(0, 0, 0, 0);
    m_relabelText->setWordWrap(true);
    bar->addWidget(m_relabelText, 1);
    bar->addWidget(m_relabelButton);
    connect(m_relabelButton, &QPushButton::clicked, this, &ListsEditor::relabel);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_relabelBar);
    topLayout->addWidget(m_list);

    for (const QString& list : editableLists())
        m_list->addItem(listDisplayName(list), list);
    connect(m_list, &QComboBox::currentIndexChanged, this, &ListsEditor::reload);
    m_view->setModel(m_model);
    connect(m_view, &QListView::doubleClicked, this,
            [this](const QModelIndex& i) { renameItem(i.row()); });

    auto row = [this] { return m_view->currentIndex().row(); };
    const QList<ListAction> actions{{tr("Add…"), [this] { addItem(); }},
                                    {tr("Rename…"), [this, row] { renameItem(row()); }},
                                    {tr("Up"), [this, row] { moveItem(row(), -1); }},
                                    {tr("Down"), [this, row] { moveItem(row(), 1); }},
                                    {tr("Remove…"), [this, row] { removeItem(row()); }}};
    // The chosen contact type's habits under the list of types.
    auto* listAndHabits = new QWidget(this);
    auto* below = new QVBoxLayout(listAndHabits);
    below->setContentsMargins(0, 0, 0, 0);
    below->addWidget(m_view, 1);
    below->addWidget(m_habits);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ListsEditor::showHabits);
    layOutListEditor(this, top, listAndHabits, actions);
    reload();
    updateRelabelOffer();
}

void ListsEditor::updateRelabelOffer()
{
    const Principal& who = m_db.principal();
    const Language to = interfaceLanguage();
    const bool may = who.can(Capability::Lists) && who.can(Capability::Pipelines) &&
                     who.can(Capability::Settings);
    const Result<int> pending = may ? seededNamesToRelabel(m_db, to) : Result<int>(0);
    const bool offer = pending && *pending > 0;
    if (offer) {
        m_relabelText->setText(
            seededNamesLanguageText(databaseLanguage(m_db).value_or(Language::English)) + u' ' +
            tr("Names your shop changed or added stay as they are."));
        m_relabelButton->setText(relabelIntoText(to));
    }
    m_relabelBar->setVisible(offer);
}

void ListsEditor::relabel()
{
    Result<Relabelling> done = relabelSeededNames(m_db, interfaceLanguage());
    if (!done)
        QMessageBox::warning(this, m_relabelButton->text(), done.error().message);
    reload();
    updateRelabelOffer();
}

QString ListsEditor::currentList() const
{
    return m_list->currentData().toString();
}

void ListsEditor::reload()
{
    Result<QList<ListItem>> items = m_lists.items(currentList());
    m_model->setItems(items ? *items : QList<ListItem>{});
    showHabits();
}

void ListsEditor::showHabits()
{
    const bool types = currentList() == kContactTypes;
    m_habits->setVisible(types);
    const int row = m_view->currentIndex().row();
    if (!types || row < 0 || row >= m_model->rowCount()) {
        m_habits->showType(0, {});
        return;
    }
    const ListItem type = m_model->itemAt(row);
    m_habits->showType(type.id, type.name);
}

void ListsEditor::report(const Status& status)
{
    if (!status)
        QMessageBox::warning(this, m_list->currentText(), status.error().message);
    reload();
}

void ListsEditor::addItem()
{
    if (const std::optional<QString> name = askText(this, m_list->currentText(), tr("New item:")))
        report(m_lists.add(currentList(), *name));
}

void ListsEditor::renameItem(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const ListItem item = m_model->itemAt(row);
    const std::optional<QString> name =
        askText(this, m_list->currentText(), tr("Name:"), item.name);
    if (name && *name != item.name)
        report(m_lists.rename(item, *name));
}

void ListsEditor::removeItem(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const ListItem item = m_model->itemAt(row);
    if (QMessageBox::question(this, m_list->currentText(),
                              tr("Remove \"%1\" from the list? Clients and deals that have it keep "
                                 "it; it is just no longer offered.")
                                  .arg(item.name)) == QMessageBox::Yes)
        report(m_lists.remove(item));
}

void ListsEditor::moveItem(int row, int step)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    report(m_lists.move(currentList(), m_model->itemAt(row), step));
    m_view->setCurrentIndex(m_model->index(std::clamp(row + step, 0, m_model->rowCount() - 1)));
}

} // namespace kartoteka::ui
