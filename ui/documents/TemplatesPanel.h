#pragma once

#include "accounts/Access.h"
#include "documents/DocumentTemplate.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// Administration → Templates: the shipped templates (as shipped or
// as the shop edited them) and the shop's own; new, edit, remove (an edited
// shipped one goes back to as shipped).
class TemplatesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TemplatesPanel(Database& db, QWidget* parent = nullptr);

    static bool shownTo(const Principal& who);

    void reload();
    QTreeWidget* view() const { return m_list; }
    void newTemplate();
    void editTemplate();
    void removeTemplate();

private:
    const DocumentTemplate* selected() const;
    void updateButtons();
    void showProblem(const QString& message);

    Database& m_db;
    QList<DocumentTemplate> m_templates;
    QTreeWidget* m_list;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QLabel* m_problem;
};

} // namespace kartoteka::ui
