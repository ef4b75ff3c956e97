#pragma once

#include "clients/ClientRepository.h"
#include "deals/BoardRules.h"
#include "deals/Deal.h"
#include "deals/DealRepository.h"
#include "deals/PipelineRepository.h"
#include "storage/ChangeWatcher.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QScrollArea;
class QTableWidget;
class QTimer;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

class BoardColumnModel;

// The Deals section: one column per open stage (and the final ones with
// "Show closed"), cards moved by drag and drop or by keyboard — Ctrl+Right
// and Ctrl+Left move the selected card a stage on or back (Ctrl+Z puts the
// last move back), Left/Right change column, Enter or a double-click opens
// the deal.
class BoardPage : public QWidget
{
    Q_OBJECT
public:
    explicit BoardPage(Database& db, QWidget* parent = nullptr);

    // Pipelines, columns and cards read again.
    void reload();
    // Someone else's changes: the cards of the deals (and clients) changed
    // are read again and moved between the columns; the board is read again
    // only for a pipeline's change or a big batch.
    void applyChanges(const QList<Change>& changes);
    void newDeal();
    void openDeal(qint64 dealId);
    // Asks for the deal's client to be shown (on the Clients screen).
    void openClientOf(qint64 dealId);
    // Moves a deal to a stage, asking for a loss reason when the stage is lost.
    bool moveDeal(qint64 dealId, qint64 version, qint64 toStageId, double position);
    // Closes an open deal as won or lost (the pipeline's first stage of that
    // kind) by the same move as a drag, asking for the loss reason: the
    // card's "Mark won" / "Mark lost…", which work with "Show closed" off.
    bool closeDeal(qint64 dealId, qint64 version, StageKind kind);
    // Moves the selected cards one stage on (+1) or back (-1); a lost stage
    // asks once for the reason of all of them. The selection follows them.
    void moveSelected(int step);
    // Ctrl+Z: puts the cards of the last move back (stage and place), as
    // moves of their own; the selection follows them back.
    bool undoLastMove();
    bool canUndo() const { return !m_undo.isEmpty(); }

    QList<BoardColumnModel*> columns() const { return m_models; }
    QListView* columnView(int column) const { return m_views.value(column); }
    QString headerText(int column) const;
    // The same cards as a table, one click away from the board.
    void showAsList(bool list);
    int listRowCount() const;
    QCheckBox* showClosedBox() const { return m_showClosed; }
    // The filter's text applied now (typing applies it after a pause).
    void applyFilter() { loadCards(); }
    // The columns' scroller: seven stages are wider than a 1366-pixel screen.
    QScrollArea* columnsArea() const { return m_columnsArea; }

signals:
    void clientRequested(qint64 clientId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void rebuildColumns();
    struct LossChoice
    {
        qint64 reasonId = 0; // 0: the stage is not a lost one
        QString comment;
    };
    // The loss reason a move to `toStageId` needs (`what`: which deals move,
    // as a sentence): none for other stages, nothing when the person cancelled.
    std::optional<LossChoice> lossReasonFor(qint64 toStageId, const QString& what);
    // Selects these cards (each at its place) in the column of `stageId`,
    // reading the column on to them, and gives it the focus.
    void followCards(qint64 stageId, const QList<BoardKey>& cards);
    // Each column started again: its header figures and its first page, as
    // the filter and "Show closed" choose them now.
    void loadCards();
    // Since when "Show closed" shows closed deals; invalid when it is off.
    QDateTime closedSinceChosen() const;
    BoardFilter currentFilter() const;
    // The header figures of every column read again.
    void refreshTotals();
    // Reads these deals' cards again and moves them where they belong: out
    // of the column they were in, into their stage's column when the filter
    // keeps them. The other columns and cards are not touched.
    void refreshCards(const QList<qint64>& dealIds);
    // Counts and totals; with a card being dragged over `previewColumn`, as
    // they would be after the drop.
    void updateHeaders(qint64 draggedDeal = 0, int previewColumn = -1);
    int columnOfView(QObject* view) const; // a column's list view or its viewport

    Database& m_db;
    ClientRepository m_clients;
    DealRepository m_deals;
    PipelineRepository m_pipelines;
    Pipeline m_pipeline;
    QComboBox* m_pipelineBox;
    QLineEdit* m_filter;
    QComboBox* m_manager;
    QCheckBox* m_rottingOnly;
    QCheckBox* m_showClosed;
    QComboBox* m_closedPeriod; // how far back "Show closed" looks
    QWidget* m_columnsHost;
    QScrollArea* m_columnsArea = nullptr;
    QHBoxLayout* m_columnsLayout;
    QList<BoardColumnModel*> m_models;
    QList<QListView*> m_views;
    QList<QLabel*> m_headers;
    QCheckBox* m_asList;
    QStackedWidget* m_views2; // the columns, or the same cards as a list
    QTableWidget* m_list;
    QList<CardMove> m_undo; // the last move, one entry per card
    // What the columns show (pipeline, filter, closed since), as last loaded.
    BoardQuery m_query;
    QTimer* m_typing;             // the text filter applies once typing pauses
    bool m_loadWhenShown = false; // asked to load while hidden: loads at the next show
};

} // namespace kartoteka::ui
