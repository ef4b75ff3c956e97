#pragma once

#include "documents/DocumentRepository.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace kartoteka {
class Database;
} // namespace kartoteka

namespace kartoteka::ui {

// The documents issued from one deal, as its dialog shows them: each opened
// as issued (double-click), saved, or sent to the client again.
class DealDocuments : public QWidget
{
    Q_OBJECT
public:
    DealDocuments(Database& db, qint64 dealId, QWidget* parent = nullptr);

    // Reads the deal's documents again (after one was issued).
    void reload();
    int count() const { return int(m_documents.size()); }

private:
    const IssuedDocument* current() const;

    Database& m_db;
    qint64 m_dealId;
    QList<IssuedDocument> m_documents;
    QListWidget* m_list;
    QLabel* m_none;
    QPushButton* m_open;
    QPushButton* m_save;
    QPushButton* m_send;
};

} // namespace kartoteka::ui
