#include "clients/TimelineModel.h"

#include "clients/ClientSettings.h"

#include <QLocale>

namespace kartoteka::ui {

void TimelineModel::setEntries(const QList<Interaction>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
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
    const Interaction& e = m_entries.at(index.row());
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
