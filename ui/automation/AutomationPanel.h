#pragma once

#include "accounts/Access.h"
#include "automation/Rule.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// Administration → Automation: the shop's rules, each with when it runs,
// what it does, how often it ran and why it last failed; new, edit, switch
// on or off, remove. Core checks the rights; without the Settings
// capability the list is read only.
class AutomationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AutomationPanel(Database& db, QWidget* parent = nullptr);

    static bool shownTo(const Principal& who);

    void reload();
    QTreeWidget* view() const { return m_rules; }
    void newRule();
    void editRule();
    void removeRule();

private:
    void switchRule(QTreeWidgetItem* item);
    // Under the list: the chosen rule's number and its last failure in full.
    void showDetails();
    QString detailsOf(const Rule& rule) const;
    void updateButtons();
    qint64 selectedId() const;
    void showProblem(const QString& message);

    Database& m_db;
    QTreeWidget* m_rules;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QLabel* m_details;
    QLabel* m_problem;
    bool m_filling = false;
};

} // namespace kartoteka::ui
