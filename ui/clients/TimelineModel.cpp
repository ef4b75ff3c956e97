#include "clients/TimelineModel.h"

#include "clients/ClientSettings.h"

#include <QColor>
#include <QLocale>

namespace kartoteka::ui {

void TimelineModel::setEntries(const QList<Interaction>& entries,
                               const QList<DealEvent>& dealEvents)
{
    beginResetModel();
    m_entries = entries;
    m_dealEvents = dealEvents;
    m_rows.clear();
    // Both lists come newest first: merge them.
    int e = 0;
    int d = 0;
    while (e < m_entries.size() || d < m_dealEvents.size()) {
        const bool takeDeal =
            e >= m_entries.size() ||
            (d < m_dealEvents.size() && m_dealEvents[d].at > m_entries[e].occurredAt);
        m_rows.append(takeDeal ? Row{-1, d++} : Row{e++, -1});
    }
    endResetModel();
}

QString TimelineModel::dealText(const DealEvent& e) const
{
    if (e.created)
        return tr("Deal \"%1\" opened in %2").arg(e.title, e.stageName);
    switch (e.stageKind) {
    case StageKind::Won:
        return tr("Deal \"%1\" won").arg(e.title);
    case StageKind::Lost:
        return tr("Deal \"%1\" lost (%2)").arg(e.title, e.stageName);
    case StageKind::Open:
        break;
    }
    return tr("Deal \"%1\" moved to %2").arg(e.title, e.stageName);
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::describe(const Interaction& e)
{
    QStringList parts;
    if (e.direction == u"in")
        parts.append(e.kind == InteractionKind::Call ? tr("incoming") : tr("received"));
    else if (e.direction == u"out")
        parts.append(e.kind == InteractionKind::Call ? tr("outgoing") : tr("sent"));
    if (e.durationSeconds > 0)
        parts.append(tr("%1 min").arg((e.durationSeconds + 59) / 60));
    if (!e.result.isEmpty())
        parts.append(e.result);
    QString text = parts.join(QStringLiteral(", "));
    if (!e.text.isEmpty())
        text = text.isEmpty() ? e.text : text + QStringLiteral(" — ") + e.text;
    return text;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (isDealEvent(index.row())) {
        const DealEvent& event = dealEventAt(index.row());
        if (role == Qt::ForegroundRole)
            return QVariant::fromValue(QColor(0x2f, 0x6f, 0x9f));
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (Column(index.column())) {
        case When: {
            const QDateTime local = event.at.toLocalTime();
            return QString(QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' +
                           local.time().toString(QStringLiteral("HH:mm")));
        }
        case Kind:
            return tr("Deal");
        case Details:
            return dealText(event);
        default:
            return {};
        }
    }
    const Interaction& e = entryAt(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Details)
        return describe(e);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case When: {
        const QDateTime local = e.occurredAt.toLocalTime();
        return QString(QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' +
                       local.time().toString(QStringLiteral("HH:mm")));
    }
    case Kind:
        return interactionKindDisplayName(e.kind);
    case Details:
        return describe(e).simplified();
    case Amount:
        return e.kind == InteractionKind::Purchase ? formatMoney(e.amountMinor, e.currency)
                                                   : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("When");
    case Kind:
        return tr("What");
    case Details:
        return tr("Details");
    case Amount:
        return tr("Amount");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kartoteka::ui
