#include "automation/AutomationPanel.h"

#include "automation/RuleDialog.h"
#include "automation/RuleRepository.h"
#include "automation/RuleText.h"
#include "language/Formats.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

enum Column
{
    Name,
    What, // when it runs, and on the next line what it does
    Ran,
    ColumnCount
};

constexpr int kIdRole = Qt::UserRole;
constexpr int kDetailsRole = Qt::UserRole + 1;

} // namespace

AutomationPanel::AutomationPanel(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_rules(new QTreeWidget(this)),
      m_new(new QPushButton(tr("New rule…"), this)), m_edit(new QPushButton(tr("Edit…"), this)),
      m_remove(new QPushButton(tr("Remove…"), this)), m_details(new QLabel(this)),
      m_problem(new QLabel(this))
{
    auto* intro = new QLabel(
        tr("Rules do the routine when something happens: a call two days after an invoice, a "
           "status after a win, a greeting before a birthday. A rule runs once per event, on "
           "the PC where the change was made; the daily ones as the day begins. Tick a rule to "
           "switch it on."),
        this);
    intro->setWordWrap(true);
    m_rules->setColumnCount(ColumnCount);
    m_rules->setHeaderLabels({tr("Rule"), tr("When it runs and what it does"), tr("Ran")});
    m_rules->setRootIsDecorated(false);
    m_rules->setUniformRowHeights(false);
    m_rules->setAlternatingRowColors(true);
    m_rules->header()->setStretchLastSection(false);
    m_rules->header()->setSectionResizeMode(Name, QHeaderView::Interactive);
    m_rules->header()->setSectionResizeMode(What, QHeaderView::Stretch);
    m_rules->header()->setSectionResizeMode(Ran, QHeaderView::Interactive);
    m_rules->setColumnWidth(Name, 230);
    m_rules->setColumnWidth(Ran, 260);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020"_s);
    m_problem->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_rules, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, &AutomationPanel::newRule);
    connect(m_edit, &QPushButton::clicked, this, &AutomationPanel::editRule);
    connect(m_remove, &QPushButton::clicked, this, &AutomationPanel::removeRule);
    connect(m_rules, &QTreeWidget::itemActivated, this, &AutomationPanel::editRule);
    connect(m_rules, &QTreeWidget::itemSelectionChanged, this, &AutomationPanel::updateButtons);
    connect(m_rules, &QTreeWidget::itemSelectionChanged, this, &AutomationPanel::showDetails);
    connect(m_rules, &QTreeWidget::itemChanged, this, &AutomationPanel::switchRule);
    auto* remove = new QShortcut(QKeySequence::Delete, m_rules);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &AutomationPanel::removeRule);
    reload();
}

bool AutomationPanel::shownTo(const Principal& who)
{
    return who.can(Capability::Settings);
}

void AutomationPanel::reload()
{
    const qint64 selected = selectedId();
    m_filling = true;
    m_rules->clear();
    Result<QList<Rule>> rules = RuleRepository(m_db).list();
    Result<RuleNames> names = readRuleNames(m_db);
    if (!rules || !names) {
        showProblem(rules ? names.error().message : rules.error().message);
        m_filling = false;
        return;
    }
    m_problem->hide();
    const bool mayChange = shownTo(m_db.principal()) && !m_db.isReadOnly();
    for (const Rule& rule : *rules) {
        auto* item = new QTreeWidgetItem(m_rules);
        item->setData(Name, kIdRole, rule.id);
        item->setData(Name, kDetailsRole, detailsOf(rule));
        item->setText(Name, rule.name);
        item->setCheckState(Name, rule.enabled ? Qt::Checked : Qt::Unchecked);
        if (!mayChange)
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        const QString what = tr("When: %1").arg(ruleWhenText(rule, *names)) + u'\n' +
                             tr("Then: %1").arg(ruleActionsText(rule, *names));
        item->setText(What, what);
        item->setToolTip(What, what);
        item->setToolTip(Name, rule.name);
        QString ran =
            rule.runs == 0
                ? tr("not yet")
                : tr("%n time(s), last %1", nullptr, rule.runs).arg(formatDateTime(rule.lastRunAt));
        if (!rule.lastFailure.isEmpty()) {
            ran += u"\n"_s +
                   tr("Failed %1: %2").arg(formatDateTime(rule.lastFailureAt), rule.lastFailure);
            item->setForeground(Ran, QColor(0xb0, 0x00, 0x20));
        }
        item->setText(Ran, ran);
        item->setToolTip(Ran, ran);
        if (!rule.enabled) {
            for (int c = What; c < ColumnCount; ++c)
                item->setForeground(c, m_rules->palette().color(QPalette::PlaceholderText));
        }
        if (rule.id == selected)
            m_rules->setCurrentItem(item);
    }
    m_filling = false;
    updateButtons();
    showDetails();
}

QString AutomationPanel::detailsOf(const Rule& rule) const
{
    QString text =
        tr("Rule number %1 (kartoteka-cli rules enable|disable|remove %1).").arg(rule.id);
    if (!rule.lastFailure.isEmpty())
        text +=
            u' ' +
            tr("It last failed %1: %2").arg(formatDateTime(rule.lastFailureAt), rule.lastFailure);
    return text;
}

void AutomationPanel::showDetails()
{
    if (m_rules->topLevelItemCount() == 0) {
        m_details->setText(shownTo(m_db.principal())
                               ? tr("No rules yet: «New rule…» makes the first.")
                               : tr("No rules yet."));
        return;
    }
    const QTreeWidgetItem* item = m_rules->currentItem();
    m_details->setText(item && item->isSelected()
                           ? item->data(Name, kDetailsRole).toString()
                           : tr("Choose a rule to see its number and why it last failed."));
}

qint64 AutomationPanel::selectedId() const
{
    const QTreeWidgetItem* item = m_rules->currentItem();
    return item && item->isSelected() ? item->data(Name, kIdRole).toLongLong() : 0;
}

void AutomationPanel::updateButtons()
{
    const bool mayChange = shownTo(m_db.principal()) && !m_db.isReadOnly();
    m_new->setEnabled(mayChange);
    m_edit->setEnabled(mayChange && selectedId() > 0);
    m_remove->setEnabled(mayChange && selectedId() > 0);
}

void AutomationPanel::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

void AutomationPanel::newRule()
{
    Rule rule;
    RuleDialog dialog(m_db, rule, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    for (int i = 0; i < m_rules->topLevelItemCount(); ++i) {
        if (m_rules->topLevelItem(i)->data(Name, kIdRole).toLongLong() == dialog.rule().id)
            m_rules->setCurrentItem(m_rules->topLevelItem(i));
    }
}

void AutomationPanel::editRule()
{
    const qint64 id = selectedId();
    if (id <= 0 || !m_edit->isEnabled())
        return;
    Result<Rule> rule = RuleRepository(m_db).load(id);
    if (!rule) {
        showProblem(rule.error().message);
        return;
    }
    RuleDialog dialog(m_db, *rule, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void AutomationPanel::removeRule()
{
    const qint64 id = selectedId();
    if (id <= 0 || !m_remove->isEnabled())
        return;
    const QString name = m_rules->currentItem()->text(Name);
    if (QMessageBox::question(this, tr("Remove the rule"),
                              tr("Remove the rule «%1»? What it has already done stays; it will "
                                 "do nothing more. To pause it instead, untick it.")
                                  .arg(name)) != QMessageBox::Yes)
        return;
    if (Status s = RuleRepository(m_db).remove(id); !s)
        showProblem(s.error().message);
    reload();
}

void AutomationPanel::switchRule(QTreeWidgetItem* item)
{
    if (m_filling)
        return;
    const bool on = item->checkState(Name) == Qt::Checked;
    if (Status s = RuleRepository(m_db).setEnabled(item->data(Name, kIdRole).toLongLong(), on); !s)
        showProblem(s.error().message);
    // Not from inside the item's own signal: reloading deletes it.
    QMetaObject::invokeMethod(this, &AutomationPanel::reload, Qt::QueuedConnection);
}

} // namespace kartoteka::ui
