#include "clients/CustomFieldsEditor.h"

#include "main/DialogKeys.h"
#include "main/ListActions.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

void CustomFieldListModel::setFields(const QList<CustomField>& fields)
{
    beginResetModel();
    m_fields = fields;
    endResetModel();
}

int CustomFieldListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant CustomFieldListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const CustomField& f = m_fields.at(index.row());
    QString text = f.name + u" — "_s + fieldTypeDisplayName(f.type);
    if (f.type == FieldType::Choice)
        text += u": "_s + f.choices.join(u", "_s);
    return text;
}

CustomFieldsEditor::CustomFieldsEditor(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_repository(db), m_model(new CustomFieldListModel(this)),
      m_view(new QListView(this))
{
    m_view->setModel(m_model);
    connect(m_view, &QListView::doubleClicked, this,
            [this](const QModelIndex& index) { editField(index.row()); });
    const QList<ListAction> actions{
        {tr("Add field…"), [this] { addField(); }},
        {tr("Change…"), [this] { editField(m_view->currentIndex().row()); }},
        {tr("Remove…"), [this] { removeField(m_view->currentIndex().row()); }}};
    layOutListEditor(this, nullptr, m_view, actions);
    reload();
}

void CustomFieldsEditor::reload()
{
    Result<QList<CustomField>> fields = m_repository.fields();
    m_model->setFields(fields ? *fields : QList<CustomField>{});
}

bool CustomFieldsEditor::askForField(CustomField& field, const QString& title)
{
    GuardedDialog dialog(this);
    dialog.setWindowTitle(title);
    auto* name = new QLineEdit(field.name, &dialog);
    auto* type = new QComboBox(&dialog);
    for (FieldType t :
         {FieldType::Text, FieldType::Number, FieldType::Date, FieldType::YesNo, FieldType::Choice})
        type->addItem(fieldTypeDisplayName(t), int(t));
    type->setCurrentIndex(type->findData(int(field.type)));
    auto* choices = new QPlainTextEdit(field.choices.join(u'\n'), &dialog);
    choices->setPlaceholderText(tr("One choice per line"));
    auto* choicesLabel = new QLabel(tr("Choices:"), &dialog);
    auto showChoices = [=] {
        const bool choice = FieldType(type->currentData().toInt()) == FieldType::Choice;
        choices->setVisible(choice);
        choicesLabel->setVisible(choice);
    };
    connect(type, &QComboBox::currentIndexChanged, &dialog, showChoices);
    showChoices();
    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    saveOnCtrlEnter(&dialog, buttons);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Holds:"), type);
    form->addRow(choicesLabel, choices);
    form->addRow(buttons);
    while (dialog.exec() == QDialog::Accepted) {
        CustomField changed = field;
        changed.name = name->text().trimmed();
        changed.type = FieldType(type->currentData().toInt());
        changed.choices.clear();
        if (changed.type == FieldType::Choice) {
            for (const QString& line : choices->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
                if (!line.trimmed().isEmpty())
                    changed.choices.append(line.trimmed());
            }
        }
        const Status s =
            changed.id == 0 ? m_repository.create(changed) : m_repository.update(changed);
        if (s) {
            field = changed;
            return true;
        }
        QMessageBox::warning(&dialog, title, s.error().message);
        if (s.error().kind == ErrorKind::Conflict && changed.id != 0)
            return false;
    }
    return false;
}

void CustomFieldsEditor::addField()
{
    CustomField field;
    if (askForField(field, tr("New client field")))
        reload();
}

void CustomFieldsEditor::editField(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    CustomField field = m_model->fieldAt(row);
    askForField(field, tr("Change the field %1").arg(field.name));
    reload();
}

void CustomFieldsEditor::removeField(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const CustomField field = m_model->fieldAt(row);
    if (QMessageBox::question(this, tr("Remove a field"),
                              tr("Remove the field \"%1\" from every client card? The values "
                                 "stay in the database and come back if a field of the same "
                                 "name is added again.")
                                  .arg(field.name)) != QMessageBox::Yes)
        return;
    if (Status s = m_repository.remove(field); !s)
        QMessageBox::warning(this, tr("Remove a field"), s.error().message);
    reload();
}

} // namespace kartoteka::ui
