#pragma once

#include "clients/ClientMerges.h"
#include "clients/CustomFields.h"
#include "clients/DuplicateGroups.h"

#include <QDialog>
#include <QHash>
#include <QMap>
#include <QSet>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

class BackgroundJob;

// Clients > Find duplicates…: the groups of clients that look like one
// (findDuplicateGroups, read off the screen's thread), most certain first;
// the chosen group's cards side by side with the card a merge would make.
// A click on a card's value takes that value; "Merge" keeps the chosen card
// (ClientMerges::merge, undone from the merge history); "Not duplicates"
// remembers the group so that it is not shown again.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DuplicatesDialog(Database& db, QWidget* parent = nullptr);

    // For tests: the groups found (once the search ended), the comparison,
    // and the actions without their questions.
    bool isSearching() const;
    QListWidget* groups() const { return m_groups; }
    QTableWidget* comparison() const { return m_table; }
    QComboBox* keptChoice() const { return m_kept; }
    // Takes `field` (a card field's or custom field's name) from card `clientId`.
    void take(const QString& field, qint64 clientId);
    // Leaves card `clientId` out of the merge (and, for "Not duplicates",
    // marks it as different from the others), or puts it back.
    void leaveOut(qint64 clientId, bool out = true);
    bool mergeShown(bool ask = true);
    bool markShownNotDuplicates(bool ask = true);

signals:
    void merged();
    void openClientRequested(qint64 id);

private:
    void search();
    void showGroups(const Result<QList<DuplicateGroup>>& found);
    void showGroup();
    // The groups' count in the status line, or `none` in the middle when there are none.
    void showCount(const QString& none);
    void fillTable();
    void cellClicked(int row, int column);
    void dropShownGroup();
    void updateButtons();
    QString shownValue(const Client& card, const QString& field) const;
    QList<MergeTake> takes() const;

    Database& m_db;
    BackgroundJob* m_job;
    QLabel* m_status;
    QStackedWidget* m_pages; // the groups and their comparison, or why there are none
    QLabel* m_none;
    QListWidget* m_groups;
    QComboBox* m_kept;
    QTableWidget* m_table;
    QLabel* m_hint;
    QPushButton* m_merge;
    QPushButton* m_notDuplicates;
    QPushButton* m_open;
    QList<DuplicateGroup> m_found;
    QList<MergeCandidate> m_cards; // the shown group's
    QList<CustomField> m_customFields;
    QMap<QString, qint64> m_takes;                  // field name -> the card it comes from
    QSet<qint64> m_leftOut;                         // cards of the group not in the merge
    QString m_region;                               // phones are shown formatted
    QHash<QString, QHash<qint64, QString>> m_names; // list field -> id -> name
};

} // namespace kartoteka::ui
