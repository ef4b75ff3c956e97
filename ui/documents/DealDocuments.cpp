#include "documents/DealDocuments.h"

#include "documents/DocumentFiles.h"
#include "language/Formats.h"
#include "mail/SendLetterDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

DealDocuments::DealDocuments(Database& db, qint64 dealId, QWidget* parent)
    : QWidget(parent), m_db(db), m_dealId(dealId), m_list(new QListWidget(this)),
      m_none(new QLabel(tr("None issued yet."), this)), m_open(new QPushButton(tr("Open"), this)),
      m_save(new QPushButton(tr("Save a copy…"), this)),
      m_send(new QPushButton(tr("Send by e-mail…"), this))
{
    m_list->setObjectName(u"deal-documents"_s);
    // A few rows: the dialog's form stays in view with many documents.
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 5);
    m_none->setEnabled(false);
    connect(m_list, &QListWidget::itemDoubleClicked, m_open, &QPushButton::click);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const IssuedDocument* d = current())
            openIssuedDocument(m_db, *d, this);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (const IssuedDocument* d = current())
            saveIssuedDocument(m_db, *d, this);
    });
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (const IssuedDocument* d = current()) {
            SendLetterDialog dialog(m_db, d->clientId, d->dealId, d->id, this);
            dialog.exec();
        }
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        for (QPushButton* b : {m_open, m_save, m_send})
            b->setEnabled(row >= 0);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addWidget(m_send);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_none);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    reload();
}

void DealDocuments::reload()
{
    Result<QList<IssuedDocument>> read = DocumentRepository(m_db).forDeal(m_dealId);
    m_documents = read ? *read : QList<IssuedDocument>();
    m_list->clear();
    for (const IssuedDocument& d : m_documents) {
        auto* item = new QListWidgetItem(d.title, m_list);
        item->setToolTip(tr("Issued %1 by %2").arg(formatDateTime(d.issuedAt), d.issuedByName));
    }
    const bool any = !m_documents.isEmpty();
    m_none->setText(read ? tr("None issued yet.") : read.error().message);
    m_none->setVisible(!any);
    m_list->setVisible(any);
    for (QPushButton* b : {m_open, m_save, m_send}) {
        b->setVisible(any);
        b->setEnabled(false);
    }
    if (any)
        m_list->setCurrentRow(0);
}

const IssuedDocument* DealDocuments::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_documents.size() ? &m_documents.at(row) : nullptr;
}

} // namespace kartoteka::ui
