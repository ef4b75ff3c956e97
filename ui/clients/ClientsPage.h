#pragma once

#include "clients/ClientExport.h"
#include "clients/ClientRepository.h"
#include "clients/InteractionRepository.h"
#include "storage/ChangeWatcher.h"

#include <QHash>
#include <QWidget>

class QLineEdit;
class QMenu;
class QPushButton;
class QSplitter;
class QTableView;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

class ClientCard;
class ClientFilterBar;
class ClientListModel;

// The Clients section: search and list on the left, the selected card on the right.
// Ctrl+F (the window's) searches, Down goes from the search into the list,
// Enter there goes into the card, Esc clears the search, Ctrl+N creates.
class ClientsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ClientsPage(Database& db, QWidget* parent = nullptr);
    ~ClientsPage() override;

    void newClient();
    // Clients > Import from a file… (the assistant), and the imports so far
    // with their undo. Both need the Import capability.
    void importClients();
    void showImportHistory();
    // Clients > Find duplicates… and Merge history…
    void findDuplicates();
    void showMergeHistory();
    // File → Export clients…: every client one reaches to .xlsx, .csv or .vcf
    // (by the name's extension), for people with the Export capability.
    void exportClients();
    // A mailing to the clients the list shows (its search and filters).
    void startMailing();
    void showMailings();
    // The same without the dialogs; false (and nothing written) when refused.
    Result<ClientExportReport> exportClientsTo(const QString& path,
                                               const ClientExportOptions& options = {});
    void openClient(qint64 id);
    // Focuses the search box with its text selected, ready for a new search.
    void focusSearch();
    // Other windows or PCs saved something: refresh what shows it.
    void applyChanges(const QList<Change>& changes);
    void reload();
    // Nobody in the base yet (no search, filter or archive narrowing it).
    bool showsNoClients() const;

    QLineEdit* searchBox() const { return m_search; }
    QTableView* list() const { return m_list; }
    ClientListModel* model() const { return m_model; }
    ClientCard* card() const { return m_card; }
    ClientFilterBar* filterBar() const { return m_filters; }
    QPushButton* filterButton() const { return m_filterButton; }
    // The list header's context menu: a check for each column but the name,
    // which shows or hides it (remembered on this PC with the header).
    QMenu* columnsMenu(QWidget* parent);
    // Shown over the list while there are no clients at all: a sentence and
    // the "Add a client" button.
    QWidget* emptyState() const { return m_emptyState; }
    QPushButton* addFirstClientButton() const { return m_addFirst; }
    QPushButton* importFirstButton() const { return m_importFirst; }

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void selectRow(int row);
    void showSelected();
    // After a new search, filter or view: the card shows the first match, or nobody.
    void showFirstMatch();
    // After the list was read again or sorted: the card's client stays
    // selected while it is in the list; otherwise the first match shows.
    void keepShown();
    // The columns beside the name give way, in proportion, when the list is
    // narrower than they want: the name keeps two fifths and nothing
    // scrolls sideways. They widen again up to what they want.
    void fitColumns();
    void updateEmptyState();

    Database& m_db;
    ClientRepository m_clients;
    InteractionRepository m_timeline;
    ClientListModel* m_model;
    QLineEdit* m_search;
    QPushButton* m_archive;
    QPushButton* m_filterButton;
    ClientFilterBar* m_filters;
    QTableView* m_list;
    ClientCard* m_card;
    QSplitter* m_splitter;
    QWidget* m_emptyState = nullptr;
    QPushButton* m_addFirst = nullptr;
    QPushButton* m_importFirst = nullptr;
    QWidget* m_listArea = nullptr;
    bool m_filtered = false;
    bool m_sized = false;
    QHash<int, int> m_wantedWidths; // per column beside the name, as set or dragged
    bool m_fitting = false;
    bool m_opening = false; // openClient widens the list: no first match meanwhile
};

} // namespace kartoteka::ui
