#include "clients/TimelineModel.h"
#include "language/Formats.h"

#include "clients/ClientSettings.h"

#include <QColor>
#include <QDateTime>

#include <algorithm>
#include <QHash>
#include <QLocale>

namespace kartoteka::ui {

namespace {

QString shortWhen(const QDateTime& at)
{
    return formatDateTime(at);
}

} // namespace

void TimelineModel::setEntries(const QList<Interaction>& entries,
                               const QList<DealEvent>& dealEvents,
                               const QList<IssuedDocument>& documents, const QList<Letter>& letters)
{
    beginResetModel();
    m_entries = entries;
    m_dealEvents = dealEvents;
    m_documents = documents;
    m_letters = letters;
    m_groups.clear();
    QHash<qint64, int> groupOf;
    for (int i = 0; i < m_dealEvents.size(); ++i) {
        const qint64 deal = m_dealEvents[i].dealId;
        auto it = groupOf.constFind(deal);
        if (it == groupOf.cend()) {
            it = groupOf.insert(deal, int(m_groups.size()));
            m_groups.append(QList<int>());
        }
        m_groups[*it].append(i);
    }
    rebuild();
    endResetModel();
}

void TimelineModel::setShown(int shown)
{
    if (shown == m_shown)
        return;
    beginResetModel();
    m_shown = shown;
    rebuild();
    endResetModel();
}

void TimelineModel::rebuild()
{
    m_rows.clear();
    // Each source comes newest first: the rows are their merge by time, a
    // deal standing at its latest step.
    struct Candidate
    {
        QDateTime at;
        Row row;
    };
    QList<Candidate> rows;
    if (m_shown != DealSteps && m_shown != Documents) {
        for (int i = 0; i < m_entries.size(); ++i) {
            if (m_shown == Everything || int(m_entries[i].kind) == m_shown)
                rows.append({m_entries[i].occurredAt, Row{i, -1, -1, -1}});
        }
    }
    if (m_shown == Everything || m_shown == DealSteps) {
        for (int d = 0; d < m_groups.size(); ++d)
            rows.append({m_dealEvents[m_groups[d].first()].at, Row{-1, d, -1, -1}});
    }
    if (m_shown == Everything || m_shown == Documents) {
        for (int i = 0; i < m_documents.size(); ++i)
            rows.append({m_documents[i].issuedAt, Row{-1, -1, i, -1}});
    }
    if (m_shown == Everything || m_shown == int(InteractionKind::Email)) {
        for (int i = 0; i < m_letters.size(); ++i)
            rows.append({m_letters[i].createdAt, Row{-1, -1, -1, i}});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Candidate& a, const Candidate& b) { return a.at > b.at; });
    for (const Candidate& c : rows)
        m_rows.append(c.row);
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

QModelIndex TimelineModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    // A step carries its deal's row + 1; a top-level row carries 0.
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex TimelineModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != 0 || parent.column() != 0 || !isDealEvent(parent.row()))
        return 0;
    return int(m_groups.at(m_rows.at(parent.row()).deal).size());
}

int TimelineModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
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

QVariant TimelineModel::dealData(const DealEvent& event, int column, int role, int steps) const
{
    if (role == Qt::ForegroundRole)
        return QVariant::fromValue(QColor(0x2f, 0x6f, 0x9f));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(column)) {
    case When:
        return shortWhen(event.at);
    case Kind:
        return steps > 0 ? tr("Deal") : tr("Step");
    case Details:
        // The deal's row says where it stands and how many steps are folded under it.
        return steps > 1 ? tr("%1 (%n step(s))", nullptr, steps).arg(dealText(event))
                         : dealText(event);
    default:
        return {};
    }
}

QVariant TimelineModel::documentData(const IssuedDocument& document, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(column)) {
    case When:
        return shortWhen(document.issuedAt);
    case Kind:
        return tr("Document");
    case Details:
        return document.issuedByName.isEmpty()
                   ? document.title
                   : tr("%1 — issued by %2").arg(document.title, document.issuedByName);
    case Amount:
        return document.totalMinor ? formatMoney(*document.totalMinor, document.currency)
                                   : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TimelineModel::letterData(const Letter& letter, int column, int role) const
{
    // Red: what did not go and may be sent again; a letter left out on purpose is not a fault.
    const bool bad = letter.state == LetterState::Failed ||
                     (letter.state == LetterState::Sending && maySendAgain(letter));
    if (role == Qt::ForegroundRole && bad)
        return QColor(0xb0, 0x00, 0x20);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(column)) {
    case When:
        return shortWhen(letter.createdAt);
    case Kind:
        return letter.channel == LetterChannel::Sms ? tr("SMS") : tr("Letter");
    case Details: {
        QString text = letterLine(letter);
        if (letter.documentId != 0)
            text += QStringLiteral(" — ") + tr("with %1").arg(letter.documentTitle);
        return text;
    }
    case Amount:
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != 0) {
        const QList<int>& steps = m_groups.at(m_rows.at(int(index.internalId() - 1)).deal);
        return dealData(m_dealEvents.at(steps.at(index.row())), index.column(), role, 0);
    }
    if (isDealEvent(index.row()))
        return dealData(dealEventAt(index.row()), index.column(), role,
                        int(m_groups.at(m_rows.at(index.row()).deal).size()));
    if (isDocument(index.row()))
        return documentData(documentAt(index.row()), index.column(), role);
    if (isLetter(index.row()))
        return letterData(letterAt(index.row()), index.column(), role);
    const Interaction& e = entryAt(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Details)
        return describe(e);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case When:
        return shortWhen(e.occurredAt);
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
