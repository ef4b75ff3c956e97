#include "clients/ClientFilterBar.h"

#include "clients/Lists.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

QSpinBox* ageBox(QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(-1, 120);
    box->setSpecialValueText(QCoreApplication::translate("kartoteka::ui::ClientFilterBar", "any"));
    box->setValue(-1);
    return box;
}

} // namespace

ClientFilterBar::ClientFilterBar(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_type(new QComboBox(this)), m_status(new QComboBox(this)),
      m_source(new QComboBox(this)), m_manager(new QComboBox(this)), m_tag(new QLineEdit(this)),
      m_gender(new QComboBox(this)), m_ageFrom(ageBox(this)), m_ageTo(ageBox(this)),
      m_birthday(new QCheckBox(tr("Birthday this month"), this)), m_silentDays(new QSpinBox(this)),
      m_field(new QComboBox(this)), m_fieldValue(new QComboBox(this))
{
    m_fieldValue->setEditable(true);
    m_fieldValue->setInsertPolicy(QComboBox::NoInsert);
    m_gender->addItem(tr("any"), QString());
    m_gender->addItem(tr("female"), u"female"_s);
    m_gender->addItem(tr("male"), u"male"_s);
    m_tag->setPlaceholderText(tr("tag"));
    m_silentDays->setRange(0, 3650);
    m_silentDays->setSpecialValueText(tr("any"));
    m_silentDays->setSuffix(tr(" days"));

    auto emitChange = [this] { emit filterChanged(filter()); };
    for (QComboBox* combo : {m_type, m_status, m_source, m_manager, m_gender})
        connect(combo, &QComboBox::currentIndexChanged, this, emitChange);
    for (QSpinBox* box : {m_ageFrom, m_ageTo, m_silentDays})
        connect(box, &QSpinBox::valueChanged, this, emitChange);
    connect(m_tag, &QLineEdit::editingFinished, this, emitChange);
    connect(m_birthday, &QCheckBox::toggled, this, emitChange);
    connect(m_field, &QComboBox::currentIndexChanged, this, [this, emitChange] {
        fillFieldValues();
        emitChange();
    });
    connect(m_fieldValue, &QComboBox::activated, this, emitChange);
    connect(m_fieldValue->lineEdit(), &QLineEdit::editingFinished, this, emitChange);
    auto* reset = new QPushButton(tr("Clear filters"), this);
    connect(reset, &QPushButton::clicked, this, &ClientFilterBar::clear);

    // Three label-field pairs a row, the shop's own field on a row of its
    // own: the panel sits above the list, half of a 1366-pixel screen, and
    // Ukrainian labels are a third longer than English ones.
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    int column = 0;
    auto add = [&](const QString& label, QWidget* widget, int row) {
        auto* shown = new QLabel(label, this);
        shown->setBuddy(widget);
        grid->addWidget(shown, row, column, Qt::AlignRight);
        grid->addWidget(widget, row, column + 1);
        return shown;
    };
    add(tr("Type:"), m_type, 0);
    add(tr("Status:"), m_status, 1);
    add(tr("Source:"), m_source, 2);
    column = 2;
    add(tr("Manager:"), m_manager, 0);
    add(tr("Tag:"), m_tag, 1);
    add(tr("Gender:"), m_gender, 2);
    column = 4;
    auto* ages = new QHBoxLayout;
    ages->addWidget(m_ageFrom);
    ages->addWidget(new QLabel(u"–"_s, this));
    ages->addWidget(m_ageTo);
    grid->addWidget(new QLabel(tr("Age:"), this), 0, column, Qt::AlignRight);
    grid->addLayout(ages, 0, column + 1);
    add(tr("No contact for:"), m_silentDays, 1);
    grid->addWidget(m_birthday, 2, column, 1, 2);
    column = 0;
    m_fieldLabel = add(tr("Field:"), m_field, 3);
    column = 2;
    m_fieldValueLabel = add(tr("Value:"), m_fieldValue, 3);
    grid->addWidget(reset, 3, 5, Qt::AlignRight);
    for (QComboBox* combo :
         {m_type, m_status, m_source, m_manager, m_gender, m_field, m_fieldValue}) {
        // A long list item must not widen the panel past the list.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);
    reloadLists();
}

void ClientFilterBar::fillCombo(QComboBox* combo, const QString& list)
{
    const QVariant current = combo->currentData();
    QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(tr("any"), 0);
    Result<QList<ListItem>> items = list.isEmpty() ? Lists(m_db).users() : Lists(m_db).items(list);
    if (items) {
        for (const ListItem& item : *items)
            combo->addItem(item.name, item.id);
    }
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void ClientFilterBar::reloadLists()
{
    fillCombo(m_type, kContactTypes);
    fillCombo(m_status, kStatuses);
    fillCombo(m_source, kSources);
    fillCombo(m_manager, QString());
    const qint64 current = m_field->currentData().toLongLong();
    QSignalBlocker block(m_field);
    m_field->clear();
    m_field->addItem(tr("any"), 0);
    if (Result<QList<CustomField>> fields = CustomFieldRepository(m_db).fields(); fields)
        m_fields = *fields;
    for (const CustomField& field : m_fields)
        m_field->addItem(field.name, field.id);
    m_field->setCurrentIndex(std::max(0, m_field->findData(current)));
    // No fields of the shop's own: no "Field:" and "Value:" either.
    for (QWidget* widget :
         {static_cast<QWidget*>(m_field), static_cast<QWidget*>(m_fieldValue),
          static_cast<QWidget*>(m_fieldLabel), static_cast<QWidget*>(m_fieldValueLabel)})
        widget->setVisible(!m_fields.isEmpty());
    fillFieldValues();
}

void ClientFilterBar::fillFieldValues()
{
    QSignalBlocker block(m_fieldValue);
    m_fieldValue->clear();
    const qint64 id = m_field->currentData().toLongLong();
    for (const CustomField& field : m_fields) {
        if (field.id != id)
            continue;
        if (field.type == FieldType::YesNo) {
            m_fieldValue->addItem(tr("yes"), u"1"_s);
            m_fieldValue->addItem(tr("no"), u"0"_s);
        }
        for (const QString& choice : field.choices)
            m_fieldValue->addItem(choice, choice);
    }
    m_fieldValue->setCurrentIndex(-1);
    m_fieldValue->setEnabled(id != 0);
}

ClientFilter ClientFilterBar::filter() const
{
    ClientFilter f;
    f.contactTypeId = m_type->currentData().toLongLong();
    f.statusId = m_status->currentData().toLongLong();
    f.sourceId = m_source->currentData().toLongLong();
    f.managerId = m_manager->currentData().toLongLong();
    f.tag = m_tag->text().trimmed();
    f.gender = m_gender->currentData().toString();
    f.ageFrom = m_ageFrom->value();
    f.ageTo = m_ageTo->value();
    f.birthdayThisMonth = m_birthday->isChecked();
    f.noContactDays = m_silentDays->value();
    f.customFieldId = m_field->currentData().toLongLong();
    // A listed value (yes/no, a choice) is stored as its data; typed text is
    // converted like a saved value ("12,5" -> "12.5").
    const int listed = m_fieldValue->findText(m_fieldValue->currentText());
    f.customValue = listed >= 0 ? m_fieldValue->itemData(listed).toString()
                                : m_fieldValue->currentText().trimmed();
    for (const CustomField& field : m_fields) {
        if (field.id == f.customFieldId && listed < 0) {
            Result<QString> stored = field.normalize(f.customValue);
            if (stored)
                f.customValue = *stored;
        }
    }
    return f;
}

void ClientFilterBar::clear()
{
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_type),    QSignalBlocker(m_status),     QSignalBlocker(m_source),
        QSignalBlocker(m_manager), QSignalBlocker(m_gender),     QSignalBlocker(m_ageFrom),
        QSignalBlocker(m_ageTo),   QSignalBlocker(m_silentDays), QSignalBlocker(m_birthday),
        QSignalBlocker(m_tag),     QSignalBlocker(m_field)};
    for (QComboBox* combo : {m_type, m_status, m_source, m_manager, m_gender})
        combo->setCurrentIndex(0);
    for (QSpinBox* box : {m_ageFrom, m_ageTo})
        box->setValue(-1);
    m_silentDays->setValue(0);
    m_birthday->setChecked(false);
    m_tag->clear();
    m_field->setCurrentIndex(0);
    fillFieldValues();
    emit filterChanged(filter());
}

} // namespace kartoteka::ui
