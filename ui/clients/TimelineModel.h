#pragma once

#include "clients/Client.h"
#include "deals/Deal.h"
#include "documents/DocumentRepository.h"
#include "mail/LetterRepository.h"

#include <QAbstractItemModel>

namespace kartoteka::ui {

// One client's timeline, newest first (at most a few thousand rows). A deal's
// steps are one row per deal (at its latest step) with the steps under it, so
// that a busy deal does not push the calls and notes away.
class TimelineModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        Kind,
        Details,
        Amount,
        ColumnCount
    };
    // What the timeline shows: everything, only the deals' steps, or only
    // the entries of one InteractionKind (int(kind)).
    enum Shown
    {
        Everything = -1,
        DealSteps = -2,
        Documents = -3
    };

    using QAbstractItemModel::QAbstractItemModel;

    // The client's own entries, the steps of their deals, the documents
    // issued to them and the letters sent them (each newest first). Letters
    // show with the e-mails.
    void setEntries(const QList<Interaction>& entries, const QList<DealEvent>& dealEvents = {},
                    const QList<IssuedDocument>& documents = {}, const QList<Letter>& letters = {});
    void setShown(int shown);
    int shown() const { return m_shown; }

    // Top-level rows: an entry, or a deal standing for its steps.
    bool isDealEvent(int row) const { return m_rows.at(row).deal >= 0; }
    bool isDocument(int row) const { return m_rows.at(row).document >= 0; }
    const IssuedDocument& documentAt(int row) const
    {
        return m_documents.at(m_rows.at(row).document);
    }
    bool isLetter(int row) const { return m_rows.at(row).letter >= 0; }
    const Letter& letterAt(int row) const { return m_letters.at(m_rows.at(row).letter); }
    const Interaction& entryAt(int row) const { return m_entries.at(m_rows.at(row).entry); }
    // A deal's row: its latest step.
    const DealEvent& dealEventAt(int row) const
    {
        return m_dealEvents.at(m_groups.at(m_rows.at(row).deal).first());
    }
    // The top-level row of an index (a step's deal row for a step).
    static int topRow(const QModelIndex& index)
    {
        return index.parent().isValid() ? index.parent().row() : index.row();
    }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Outgoing call, 3 min — Will come on Friday. Text"
    static QString describe(const Interaction& entry);

private:
    struct Row
    {
        int entry = -1;
        int deal = -1;     // index into m_groups
        int document = -1; // index into m_documents
        int letter = -1;   // index into m_letters
    };
    void rebuild();
    QString dealText(const DealEvent& e) const;
    QVariant dealData(const DealEvent& event, int column, int role, int steps) const;
    QVariant documentData(const IssuedDocument& document, int column, int role) const;
    QVariant letterData(const Letter& letter, int column, int role) const;

    QList<Interaction> m_entries;
    QList<DealEvent> m_dealEvents;
    QList<IssuedDocument> m_documents;
    QList<Letter> m_letters;
    // Per deal, the indexes of its events in m_dealEvents, newest first.
    QList<QList<int>> m_groups;
    QList<Row> m_rows;
    int m_shown = Everything;
};

} // namespace kartoteka::ui
