#pragma once

#include "clients/Client.h"
#include "clients/DailyLoop.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTreeView;

namespace kartoteka {
class ClientRepository;
class Database;
class InteractionRepository;
} // namespace kartoteka

namespace kartoteka::ui {

class TimelineModel;
class ClientTasks;

// The selected client: who, how to reach them (phones open with tel:, e-mails
// with mailto:), the purchase figures, others at the same address, and the
// timeline with one-click buttons to log a call, a note, a purchase...
class ClientCard : public QWidget
{
    Q_OBJECT
public:
    ClientCard(Database& db, ClientRepository& clients, InteractionRepository& timeline,
               QWidget* parent = nullptr);

    void showClient(qint64 id);
    void reload();
    // The client shown and acted on; 0 when none is (nobody chosen, or the
    // chosen one could not be read).
    qint64 clientId() const { return m_client.id; }
    const Client& client() const { return m_client; }
    TimelineModel* timelineModel() const { return m_timelineModel; }
    // What the timeline shows (TimelineModel::Shown or a kind).
    QComboBox* timelineShown() const { return m_timelineShown; }
    QTreeView* timelineView() const { return m_timelineView; }
    // The client's deals, a row each: title, stage, amount, manager.
    QTableWidget* dealsTable() const { return m_dealsTable; }
    // The client's history of changes (who changed which field, when, from
    // what to what), read when its tab is shown.
    QListWidget* historyList() const { return m_history; }
    void showHistory();

    void edit();
    void toggleArchived();
    // Opens the dialog for a new entry of `kind`; saved when accepted.
    void addEntry(InteractionKind kind);
    void editEntry(int row);
    void removeEntry(int row);
    // What a timeline row offers on a right-click: a document opened, saved
    // or sent again, a letter or a deal opened, an entry edited or removed.
    QMenu* timelineMenu(int row);
    // How the card's client was reached: a call logged right after a search came in.
    CallOrigin& callOrigin() { return m_callOrigin; }
    // The Call, Note and Purchase buttons (Ctrl+Shift+C, M, P).
    QPushButton* addButton(InteractionKind kind) const;
    // A new deal for this client, from its card.
    void newDeal();
    // A document for this client (`dealId`: for that deal of theirs).
    void makeDocument(qint64 dealId);
    // A letter to this client (about `dealId`, with `documentId` attached).
    void writeLetter(qint64 dealId, qint64 documentId);
    void openDeal(qint64 dealId);

signals:
    void openClientRequested(qint64 id);
    // A save here changed the list (name, archive).
    void clientChanged(qint64 id);

private:
    void render();
    void sizeTimelineColumns();
    QString contactsHtml() const;
    QString relationsHtml();
    void fillDeals();
    void loadHistory();

    Database& m_db;
    ClientRepository& m_clients;
    InteractionRepository& m_timeline;
    qint64 m_requested = 0;
    Client m_client;
    QString m_emptyText;
    QLabel* m_empty;
    QWidget* m_body;
    QLabel* m_name;
    QLabel* m_subtitle;
    QLabel* m_stats;
    QLabel* m_contacts;
    QLabel* m_details;
    QLabel* m_relations;
    QLabel* m_deals;
    QTableWidget* m_dealsTable;
    ClientTasks* m_tasks = nullptr;
    QPushButton* m_edit;
    QPushButton* m_archive;
    // Checked when the client asked for no mailings (More menu).
    QAction* m_noMailings = nullptr;
    bool m_showingRefusal = false; // set while render() shows it: not the person's toggle
    TimelineModel* m_timelineModel;
    QComboBox* m_timelineShown;
    QTreeView* m_timelineView;
    bool m_timelineFitting = false;
    QTabWidget* m_lower;
    QListWidget* m_history;
    QList<QPushButton*> m_addButtons;
    CallOrigin m_callOrigin;
};

} // namespace kartoteka::ui
