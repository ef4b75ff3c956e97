#include "deals/BoardPage.h"

#include "clients/ClientSettings.h"
#include "clients/Lists.h"
#include "deals/BoardCardDelegate.h"
#include "deals/BoardColumnModel.h"
#include "deals/BoardRules.h"
#include "deals/DealDialog.h"
#include "deals/LossReasonDialog.h"
#include "documents/DocumentDialog.h"
#include "storage/Database.h"
#include "tasks/TaskDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDataStream>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

#include <utility>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

BoardPage::BoardPage(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_clients(db), m_deals(db), m_pipelines(db),
      m_pipelineBox(new QComboBox(this)), m_filter(new QLineEdit(this)),
      m_manager(new QComboBox(this)), m_rottingOnly(new QCheckBox(tr("Rotting only"), this)),
      m_showClosed(new QCheckBox(tr("Show closed"), this)), m_closedPeriod(new QComboBox(this)),
      m_columnsHost(new QWidget(this)), m_columnsLayout(new QHBoxLayout(m_columnsHost)),
      m_asList(new QCheckBox(tr("As a list"), this)), m_views2(new QStackedWidget(this)),
      m_list(new QTableWidget(this)), m_typing(new QTimer(this))
{
    m_showClosed->setObjectName(u"showClosed"_s);
    m_rottingOnly->setObjectName(u"rottingOnly"_s);
    m_filter->setPlaceholderText(tr("Filter cards by client or title"));
    m_filter->setClearButtonEnabled(true);
    m_manager->addItem(tr("every manager"), 0);
    if (Result<QList<ListItem>> users = Lists(db).users(); users) {
        for (const ListItem& u : *users)
            m_manager->addItem(u.name, u.id);
    }
    auto* newDeal = new QPushButton(tr("New deal…"), this);
    connect(newDeal, &QPushButton::clicked, this, &BoardPage::newDeal);
    connect(m_pipelineBox, &QComboBox::activated, this, [this] { rebuildColumns(); });
    // Each change of the text reads the columns again: a short pause in
    // typing first, so a word typed is one read, not one per letter.
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &BoardPage::loadCards);
    connect(m_filter, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_manager, &QComboBox::currentIndexChanged, this, &BoardPage::loadCards);
    connect(m_rottingOnly, &QCheckBox::toggled, this, &BoardPage::loadCards);
    connect(m_showClosed, &QCheckBox::toggled, this, [this](bool shown) {
        rebuildColumns();
        // The closed stages come last, past the right edge of a small
        // screen: asked for, they are scrolled into view (the open ones
        // stay a scroll away to the left).
        if (shown && !m_views.isEmpty())
            QTimer::singleShot(0, this, [this] {
                // The new columns show and are laid out (the area's range
                // set) by posted events: those first.
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                if (!m_views.isEmpty())
                    m_columnsArea->ensureWidgetVisible(m_views.last()->parentWidget(), 0, 0);
            });
    });
    for (const int days : {7, 30, 90, 365})
        m_closedPeriod->addItem(tr("in the last %n day(s)", nullptr, days), days);
    m_closedPeriod->setCurrentIndex(1);
    m_closedPeriod->setEnabled(false);
    connect(m_showClosed, &QCheckBox::toggled, m_closedPeriod, &QWidget::setEnabled);
    connect(m_closedPeriod, &QComboBox::currentIndexChanged, this, &BoardPage::loadCards);

    // Long pipeline or manager names must not push the bar past the screen.
    for (QComboBox* combo : {m_pipelineBox, m_manager}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    // The filter's hint readable whole (frame, margins and the clear button's
    // room besides). Two rows: in Ukrainian or Russian the choices of what
    // to show do not fit beside it on a 1366-pixel screen.
    m_filter->setMinimumWidth(
        m_filter->fontMetrics().horizontalAdvance(m_filter->placeholderText()) + 40);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Pipeline:"), this));
    bar->addWidget(m_pipelineBox);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_manager);
    bar->addWidget(newDeal);
    auto* shown = new QHBoxLayout;
    shown->addWidget(m_rottingOnly);
    shown->addWidget(m_showClosed);
    shown->addWidget(m_closedPeriod);
    shown->addWidget(m_asList);
    shown->addStretch(1);
    connect(m_asList, &QCheckBox::toggled, this, &BoardPage::showAsList);
    // A small set (the board's cards): a table widget is enough here.
    m_list->setColumnCount(6);
    m_list->setHorizontalHeaderLabels(
        {tr("Client"), tr("Deal"), tr("Stage"), tr("Amount"), tr("Days in stage"), tr("Rotting")});
    m_list->verticalHeader()->hide();
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSortingEnabled(true);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_list, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { openDeal(m_list->item(row, 0)->data(Qt::UserRole).toLongLong()); });

    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_columnsArea = new QScrollArea(this);
    m_columnsArea->setWidgetResizable(true);
    m_columnsArea->setWidget(m_columnsHost);
    m_views2->addWidget(m_columnsArea);
    m_views2->addWidget(m_list);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(shown);
    layout->addWidget(m_views2, 1);
    reload();
}

void BoardPage::reload()
{
    Result<QList<Pipeline>> pipelines = m_pipelines.pipelines();
    if (!pipelines)
        return;
    const qint64 current = m_pipelineBox->currentData().toLongLong();
    m_pipelineBox->clear();
    for (const Pipeline& p : *pipelines)
        m_pipelineBox->addItem(p.name, p.id);
    m_pipelineBox->setCurrentIndex(std::max(0, m_pipelineBox->findData(current)));
    rebuildColumns();
}

void BoardPage::rebuildColumns()
{
    Result<Pipeline> pipeline = m_pipelines.pipeline(m_pipelineBox->currentData().toLongLong());
    if (!pipeline)
        return;
    m_pipeline = *pipeline;
    // Never called from inside a drag (drops are handled on a later turn), so
    // the old columns can go at once, views before their models.
    // The list is emptied first: a view being destroyed still sends events
    // (focus, hide) through eventFilter, which must not look at it.
    const QList<QListView*> old = std::exchange(m_views, {});
    for (QListView* view : old) {
        view->removeEventFilter(this);
        view->viewport()->removeEventFilter(this);
    }
    for (QListView* view : old)
        delete view->parentWidget();
    qDeleteAll(m_models);
    m_models.clear();
    m_headers.clear();
    for (const Stage& stage : m_pipeline.stages) {
        if (stage.isFinal() && !m_showClosed->isChecked())
            continue;
        auto* column = new QWidget(m_columnsHost);
        auto* header = new QLabel(column);
        header->setWordWrap(true);
        auto* model = new BoardColumnModel(stage, this);
        auto* view = new QListView(column);
        view->setModel(model);
        view->setItemDelegate(new BoardCardDelegate(view));
        view->setDragDropMode(QAbstractItemView::DragDrop);
        view->setDefaultDropAction(Qt::MoveAction);
        view->setDropIndicatorShown(true);
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->setUniformItemSizes(true);
        view->setMinimumWidth(220);
        view->installEventFilter(this);
        view->viewport()->installEventFilter(this); // drag events arrive at the viewport
        connect(view, &QListView::doubleClicked, this, [this, model](const QModelIndex& index) {
            openDeal(model->cardAt(index.row()).dealId);
        });
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QListView::customContextMenuRequested, this,
                [this, view, model](const QPoint& at) {
                    const QModelIndex index = view->indexAt(at);
                    if (!index.isValid())
                        return;
                    const BoardCard card = model->cardAt(index.row());
                    const qint64 dealId = card.dealId;
                    QMenu menu;
                    menu.addAction(tr("Open the deal…"), this,
                                   [this, dealId] { openDeal(dealId); });
                    menu.addAction(tr("Show the client"), this,
                                   [this, dealId] { openClientOf(dealId); });
                    menu.addAction(tr("New task…"), this, [this, card] {
                        Task task;
                        task.dealId = card.dealId;
                        task.clientId = card.clientId;
                        task.dueDate = QDate::currentDate().addDays(1);
                        TaskDialog dialog(m_db, task, this);
                        dialog.exec();
                    });
                    menu.addAction(tr("Document…"), this, [this, card] {
                        DocumentDialog dialog(m_db, card.clientId, card.dealId, this);
                        dialog.exec();
                    });
                    // Closing without dragging into a column "Show closed" hides.
                    if (!model->stage().isFinal()) {
                        menu.addSeparator();
                        menu.addAction(tr("Mark won"), this, [this, card] {
                            closeDeal(card.dealId, card.version, StageKind::Won);
                        });
                        menu.addAction(tr("Mark lost…"), this, [this, card] {
                            closeDeal(card.dealId, card.version, StageKind::Lost);
                        });
                    }
                    menu.exec(view->viewport()->mapToGlobal(at));
                });
        connect(model, &BoardColumnModel::dropRequested, this,
                [this](qint64 id, qint64 version, qint64 stage, double position) {
                    // After the drag finished: the view must not be rebuilt under the drop.
                    QMetaObject::invokeMethod(
                        this, [=] { moveDeal(id, version, stage, position); },
                        Qt::QueuedConnection);
                });
        auto* columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(2, 0, 2, 0);
        columnLayout->addWidget(header);
        columnLayout->addWidget(view, 1);
        m_columnsLayout->addWidget(column, 1);
        m_models.append(model);
        m_views.append(view);
        m_headers.append(header);
    }
    loadCards();
}

QDateTime BoardPage::closedSinceChosen() const
{
    return m_showClosed->isChecked()
               ? QDateTime::currentDateTimeUtc().addDays(-m_closedPeriod->currentData().toInt())
               : QDateTime();
}

void BoardPage::loadCards()
{
    // A board nobody looks at is read when it is first shown: the window
    // starts on the Clients screen and need not wait for the deals.
    if (!isVisible()) {
        m_loadWhenShown = true;
        return;
    }
    m_loadWhenShown = false;
    m_typing->stop();
    m_query.pipelineId = m_pipeline.id;
    m_query.filter = currentFilter();
    m_query.closedSince = closedSinceChosen();
    m_query.now = QDateTime::currentDateTimeUtc();
    QList<Stage> stages;
    for (const BoardColumnModel* model : std::as_const(m_models))
        stages.append(model->stage());
    Result<QHash<qint64, ColumnTotals>> totals = m_deals.boardTotals(m_query, stages);
    for (BoardColumnModel* model : std::as_const(m_models)) {
        const Stage stage = model->stage();
        // Later pages read with the query the column was loaded with.
        const BoardQuery query = m_query;
        model->load(totals ? totals->value(stage.id) : ColumnTotals{},
                    [this, query, stage](const std::optional<BoardKey>& after,
                                         const std::optional<BoardKey>& through, int limit) {
                        return through ? m_deals.boardPageThrough(query, stage, after, *through)
                                       : m_deals.boardPage(query, stage, after, limit);
                    });
    }
    updateHeaders();
    if (m_asList->isChecked())
        showAsList(true);
}

BoardFilter BoardPage::currentFilter() const
{
    BoardFilter filter;
    filter.text = m_filter->text();
    filter.managerId = m_manager->currentData().toLongLong();
    filter.rottingOnly = m_rottingOnly->isChecked();
    return filter;
}

void BoardPage::refreshTotals()
{
    QList<Stage> stages;
    for (const BoardColumnModel* model : std::as_const(m_models))
        stages.append(model->stage());
    m_query.now = QDateTime::currentDateTimeUtc();
    Result<QHash<qint64, ColumnTotals>> totals = m_deals.boardTotals(m_query, stages);
    if (!totals)
        return;
    for (BoardColumnModel* model : std::as_const(m_models))
        model->setTotals(totals->value(model->stage().id));
}

void BoardPage::refreshCards(const QList<qint64>& dealIds)
{
    if (dealIds.isEmpty())
        return;
    Result<QList<BoardCard>> fresh =
        m_deals.boardCards(m_pipeline.id, dealIds, m_query.closedSince);
    if (!fresh)
        return;
    const QSet<qint64> ids(dealIds.cbegin(), dealIds.cend());
    QHash<qint64, const BoardCard*> found;
    for (const BoardCard& card : std::as_const(*fresh))
        found.insert(card.dealId, &card);
    // The columns whose figures change: where the cards were and where
    // they go. A card not read into any column (a colleague's change to
    // one further down, a new deal) may have left any of them.
    // When every card was read before, its column's figures held it: they
    // follow by the cards' old and new amounts, without a read.
    QHash<qint64, ColumnTotals> change;
    bool unknown = false;
    for (const qint64 id : ids) {
        bool seen = false;
        for (const BoardColumnModel* model : std::as_const(m_models)) {
            if (const int row = model->rowOf(id); row >= 0) {
                ColumnTotals& c = change[model->stage().id];
                c.count -= 1;
                c.amountMinor -= model->cardAt(row).amountMinor;
                seen = true;
            }
        }
        unknown = unknown || !seen;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const BoardCard& card : std::as_const(*fresh)) {
        const Stage* stage = m_pipeline.stageWithId(card.stageId);
        if (stage && m_query.filter.keeps(card, *stage, now)) {
            ColumnTotals& c = change[card.stageId];
            c.count += 1;
            c.amountMinor += card.amountMinor;
        }
    }
    for (BoardColumnModel* model : std::as_const(m_models)) {
        for (const qint64 id : ids) {
            const BoardCard* card = found.value(id);
            if (card && card->stageId == model->stage().id &&
                m_query.filter.keeps(*card, model->stage(), now))
                model->placeCard(*card);
            else
                model->removeCard(id);
        }
    }
    if (unknown) {
        refreshTotals();
    } else {
        for (BoardColumnModel* model : std::as_const(m_models)) {
            const ColumnTotals c = change.value(model->stage().id);
            const ColumnTotals was = model->totals();
            model->setTotals({was.count + c.count, was.amountMinor + c.amountMinor});
        }
    }
    updateHeaders();
    if (m_asList->isChecked())
        showAsList(true);
}

QString BoardPage::headerText(int column) const
{
    return m_headers.value(column) ? m_headers.value(column)->text() : QString();
}

void BoardPage::updateHeaders(qint64 draggedDeal, int previewColumn)
{
    const QString currency = shopCurrency(m_db);
    // Where the dragged card is now, and its amount.
    int fromColumn = -1;
    qint64 amount = 0;
    for (int i = 0; i < m_models.size() && draggedDeal != 0; ++i) {
        for (int row = 0; row < m_models[i]->rowCount(); ++row) {
            if (m_models[i]->cardAt(row).dealId == draggedDeal) {
                fromColumn = i;
                amount = m_models[i]->cardAt(row).amountMinor;
            }
        }
    }
    const bool moving = fromColumn >= 0 && previewColumn >= 0 && previewColumn != fromColumn;
    for (int i = 0; i < m_models.size(); ++i) {
        const BoardColumnModel* model = m_models[i];
        int count = model->totals().count;
        qint64 total = model->totalMinor();
        if (moving && i == fromColumn) {
            count -= 1;
            total -= amount;
        } else if (moving && i == previewColumn) {
            count += 1;
            total += amount;
        }
        m_headers[i]->setText(u"<b>%1</b><br>%2 · %3"_s.arg(model->stage().name.toHtmlEscaped(),
                                                            tr("%n deal(s)", nullptr, count),
                                                            formatMoney(total, currency)));
    }
}

std::optional<BoardPage::LossChoice> BoardPage::lossReasonFor(qint64 toStageId, const QString& what)
{
    const Stage* target = m_pipeline.stageWithId(toStageId);
    if (!target || target->kind != StageKind::Lost)
        return LossChoice{};
    Result<QList<ListItem>> reasons = Lists(m_db).items(kLossReasons);
    if (!reasons) {
        QMessageBox::warning(this, tr("The card was not moved"), reasons.error().message);
        return std::nullopt;
    }
    LossReasonDialog dialog(*reasons, what, this);
    if (dialog.exec() != QDialog::Accepted || dialog.reasonId() == 0)
        return std::nullopt;
    return LossChoice{dialog.reasonId(), dialog.comment()};
}

bool BoardPage::moveDeal(qint64 dealId, qint64 version, qint64 toStageId, double position)
{
    QString title;
    for (const BoardColumnModel* model : m_models) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->cardAt(row).dealId == dealId)
                title = model->cardAt(row).title;
        }
    }
    const std::optional<LossChoice> reason =
        lossReasonFor(toStageId, tr("«%1» moves to a lost stage.").arg(title));
    if (!reason)
        return false; // nothing moved: the card stays where it was
    const Result<CardMove> moved =
        m_deals.moveCard(dealId, version, toStageId, position, reason->reasonId, reason->comment);
    if (!moved)
        QMessageBox::information(this, tr("The card was not moved"), moved.error().message);
    // Moved, or changed by someone else since it was shown: its card as it is now.
    refreshCards({dealId});
    if (moved) {
        m_undo = {*moved};
        followCards(toStageId, {{moved->toPosition, dealId}});
    }
    return moved.ok();
}

bool BoardPage::closeDeal(qint64 dealId, qint64 version, StageKind kind)
{
    const Stage* target = nullptr;
    for (const Stage& stage : m_pipeline.stages) {
        if (stage.kind == kind) {
            target = &stage;
            break;
        }
    }
    if (!target)
        return false;
    // At the end of its column when it is shown; a hidden column keeps no order.
    double position = 0;
    for (const BoardColumnModel* model : std::as_const(m_models)) {
        if (model->stage().id != target->id)
            continue;
        position = model->positionForRow(model->rowCount());
        // Past its last card, read or not.
        if (!model->isComplete()) {
            if (Result<double> end = m_deals.columnEnd(m_pipeline.id, target->id); end)
                position = *end;
        }
    }
    return moveDeal(dealId, version, target->id, position);
}

void BoardPage::moveSelected(int step)
{
    for (int column = 0; column < m_views.size(); ++column) {
        QListView* view = m_views[column];
        const QModelIndexList selected = view->selectionModel()->selectedIndexes();
        if (selected.isEmpty() || !view->hasFocus())
            continue;
        const int target = column + step;
        if (target < 0 || target >= m_models.size())
            return;
        QList<BoardCard> cards;
        for (const QModelIndex& index : selected)
            cards.append(m_models[column]->cardAt(index.row()));
        // One loss reason for every selected card; each move saves on its own.
        const std::optional<LossChoice> reason = lossReasonFor(
            m_models[target]->stage().id,
            cards.size() == 1 ? tr("«%1» moves to a lost stage.").arg(cards.first().title)
                              : tr("%n deal(s) move to a lost stage; the reason and the "
                                   "comment go with each of them.",
                                   nullptr, int(cards.size())));
        if (!reason)
            return;
        const qint64 stageId = m_models[target]->stage().id;
        QStringList refused;
        QList<CardMove> made;
        QList<BoardKey> moved;
        // At the end of the column: past its last card, read or not.
        double position = m_models[target]->positionForRow(m_models[target]->rowCount());
        if (!m_models[target]->isComplete()) {
            Result<double> end = m_deals.columnEnd(m_pipeline.id, stageId);
            if (!end) {
                QMessageBox::information(this, tr("The card was not moved"), end.error().message);
                return;
            }
            position = *end;
        }
        for (const BoardCard& card : cards) {
            Result<CardMove> move = m_deals.moveCard(card.dealId, card.version, stageId, position++,
                                                     reason->reasonId, reason->comment);
            if (!move) {
                refused.append(card.title + u": "_s + move.error().message);
                continue;
            }
            made.append(*move);
            moved.append({move->toPosition, card.dealId});
        }
        if (!made.isEmpty())
            m_undo = made;
        QList<qint64> shown;
        for (const BoardCard& card : std::as_const(cards))
            shown.append(card.dealId);
        refreshCards(shown);
        // Follow the cards, so the next Ctrl+Right moves them on.
        followCards(stageId, moved);
        if (!refused.isEmpty())
            QMessageBox::information(this, tr("Some cards were not moved"), refused.join(u'\n'));
        return;
    }
}

bool BoardPage::undoLastMove()
{
    if (m_undo.isEmpty())
        return false;
    const QList<CardMove> moves = std::exchange(m_undo, {});
    QStringList refused;
    QList<BoardKey> back;
    QList<qint64> touched;
    for (auto it = moves.crbegin(); it != moves.crend(); ++it) {
        touched.append(it->dealId);
        if (Result<CardMove> undone = m_deals.undoMove(*it); !undone)
            refused.append(undone.error().message);
        else
            back.append({it->fromPosition, it->dealId});
    }
    refreshCards(touched);
    followCards(moves.first().fromStageId, back);
    if (!refused.isEmpty())
        QMessageBox::information(this, tr("The move was not undone"), refused.join(u'\n'));
    return refused.isEmpty();
}

void BoardPage::followCards(qint64 stageId, const QList<BoardKey>& cards)
{
    QList<qint64> dealIds;
    for (const BoardKey& key : cards)
        dealIds.append(key.dealId);
    for (int column = 0; column < m_models.size(); ++column) {
        if (m_models[column]->stage().id != stageId)
            continue;
        if (!cards.isEmpty())
            m_models[column]->fetchThrough(*std::max_element(cards.cbegin(), cards.cend()));
        QListView* view = m_views[column];
        view->setFocus();
        view->selectionModel()->clear();
        bool first = true;
        for (int row = 0; row < m_models[column]->rowCount(); ++row) {
            if (!dealIds.contains(m_models[column]->cardAt(row).dealId))
                continue;
            const QModelIndex index = m_models[column]->index(row);
            if (first) {
                view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::Select);
                view->scrollTo(index);
                first = false;
            } else {
                view->selectionModel()->select(index, QItemSelectionModel::Select);
            }
        }
        return;
    }
}

void BoardPage::showAsList(bool list)
{
    m_views2->setCurrentIndex(list ? 1 : 0);
    if (!list)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_list->setSortingEnabled(false);
    m_list->setRowCount(0);
    for (BoardColumnModel* model : std::as_const(m_models)) {
        // A list is sorted by any column: it shows every card, not the pages read.
        model->fetchAll();
        for (int i = 0; i < model->rowCount(); ++i) {
            const BoardCard& card = model->cardAt(i);
            const int row = m_list->rowCount();
            m_list->insertRow(row);
            auto* client = new QTableWidgetItem(card.clientName);
            client->setData(Qt::UserRole, card.dealId);
            m_list->setItem(row, 0, client);
            m_list->setItem(row, 1, new QTableWidgetItem(card.title));
            m_list->setItem(row, 2, new QTableWidgetItem(model->stage().name));
            auto* amount = new QTableWidgetItem(formatMoney(card.amountMinor, card.currency));
            amount->setData(Qt::UserRole, card.amountMinor);
            amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_list->setItem(row, 3, amount);
            auto* days = new QTableWidgetItem;
            days->setData(Qt::DisplayRole, int(daysInStage(card, now)));
            m_list->setItem(row, 4, days);
            m_list->setItem(
                row, 5,
                new QTableWidgetItem(isRotting(card, model->stage(), now) ? tr("yes") : QString()));
        }
    }
    m_list->setSortingEnabled(true);
}

int BoardPage::listRowCount() const
{
    return m_list->rowCount();
}

int BoardPage::columnOfView(QObject* view) const
{
    for (int i = 0; i < m_views.size(); ++i) {
        if (m_views[i] == view || m_views[i]->viewport() == view)
            return i;
    }
    return -1;
}

bool BoardPage::eventFilter(QObject* watched, QEvent* event)
{
    const int column = columnOfView(watched);
    if (column < 0)
        return QWidget::eventFilter(watched, event);
    // While a card is dragged, the headers show the counts and totals after the drop.
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        const QMimeData* data = static_cast<QDropEvent*>(event)->mimeData();
        if (data && data->hasFormat(BoardColumnModel::kMimeType)) {
            QDataStream in(data->data(BoardColumnModel::kMimeType));
            qint64 dealId = 0;
            in >> dealId;
            updateHeaders(dealId, column);
        }
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() == QEvent::DragLeave || event->type() == QEvent::Drop) {
        updateHeaders();
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() != QEvent::KeyPress || watched != m_views[column])
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->matches(QKeySequence::Undo)) {
        undoLastMove();
        return true;
    }
    if ((key->key() == Qt::Key_Right || key->key() == Qt::Key_Left) &&
        key->modifiers() & Qt::ControlModifier) {
        moveSelected(key->key() == Qt::Key_Right ? 1 : -1);
        return true;
    }
    if (key->key() == Qt::Key_Right || key->key() == Qt::Key_Left) {
        const int target = column + (key->key() == Qt::Key_Right ? 1 : -1);
        if (target >= 0 && target < m_views.size()) {
            const int row =
                std::min(m_views[column]->currentIndex().row(), m_models[target]->rowCount() - 1);
            m_views[target]->setFocus();
            if (row >= 0)
                m_views[target]->setCurrentIndex(m_models[target]->index(std::max(0, row)));
        }
        return true;
    }
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const QModelIndex current = m_views[column]->currentIndex();
        if (current.isValid())
            openDeal(m_models[column]->cardAt(current.row()).dealId);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void BoardPage::newDeal()
{
    Deal deal;
    deal.pipelineId = m_pipeline.id;
    DealDialog dialog(m_db, m_deals, m_clients, deal, m_pipeline, this);
    if (dialog.exec() == QDialog::Accepted)
        refreshCards({dialog.deal().id});
}

void BoardPage::openDeal(qint64 dealId)
{
    Result<Deal> deal = m_deals.load(dealId);
    if (!deal) {
        QMessageBox::warning(this, tr("Deal"), deal.error().message);
        return;
    }
    DealDialog dialog(m_db, m_deals, m_clients, *deal, m_pipeline, this);
    if (dialog.exec() == QDialog::Accepted)
        refreshCards({dealId});
}

void BoardPage::openClientOf(qint64 dealId)
{
    Result<Deal> deal = m_deals.load(dealId);
    if (!deal) {
        QMessageBox::warning(this, tr("Deal"), deal.error().message);
        return;
    }
    emit clientRequested(deal->clientId);
}

void BoardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_loadWhenShown)
        loadCards();
}

void BoardPage::applyChanges(const QList<Change>& changes)
{
    // More changed deals than this: reading the board again is cheaper.
    constexpr int kMostCardsRefreshed = 200;
    QSet<qint64> deals;
    QSet<qint64> clients;
    bool everything = false;
    for (const Change& c : changes) {
        if (c.entity == PipelineRepository::kEntity) {
            reload();
            return;
        }
        if (c.entity != DealRepository::kEntity && c.entity != ClientRepository::kEntity)
            continue;
        // A change without one row behind it (an import, a batch): all of them.
        if (c.entityId == 0 || c.op == u"reload"_s)
            everything = true;
        else if (c.entity == DealRepository::kEntity)
            deals.insert(c.entityId);
        else
            clients.insert(c.entityId);
    }
    // Whoever reaches only some clients may gain or lose deals with a
    // client's change (its manager): the deals not on the board are unknown here.
    if (!clients.isEmpty() && !m_db.principal().can(Capability::AllClients))
        everything = true;
    // A client's new name may change which cards a text filter keeps,
    // read or not: the columns are read again.
    if (!clients.isEmpty() && !m_query.filter.text.trimmed().isEmpty())
        everything = true;
    for (const BoardColumnModel* model : std::as_const(m_models)) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (clients.contains(model->cardAt(row).clientId))
                deals.insert(model->cardAt(row).dealId);
        }
    }
    if (everything || deals.size() > kMostCardsRefreshed)
        loadCards();
    else
        refreshCards(deals.values());
}

} // namespace kartoteka::ui
