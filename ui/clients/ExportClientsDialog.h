#pragma once

#include "clients/ClientExport.h"

#include <QDialog>

class QListWidget;
class QPushButton;
class QRadioButton;

namespace kartoteka::ui {

// File > Export clients…, before the file is chosen: which clients (those
// the list shows now, with its search and filters, or all of them) and which
// columns (every one at first; what was chosen last on this PC after that).
class ExportClientsDialog : public QDialog
{
    Q_OBJECT
public:
    // `shown`: the list's query; `narrowed`: whether its search or filters
    // leave some clients out.
    ExportClientsDialog(const QList<CustomField>& customFields, const ClientListQuery& shown,
                        bool narrowed, QWidget* parent = nullptr);

    // What the export takes, as the person chose it.
    ClientExportOptions options() const;
    QListWidget* columns() const { return m_columns; }
    QRadioButton* shownOnly() const { return m_shown; }

private:
    void updateButtons();

    ClientListQuery m_query;
    QRadioButton* m_shown;
    QRadioButton* m_all;
    QListWidget* m_columns;
    QPushButton* m_ok = nullptr;
};

} // namespace kartoteka::ui
