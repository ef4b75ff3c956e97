#pragma once

#include "import/ClientImport.h"
#include "import/ImportTable.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

class BackgroundJob;

// Clients > Import from a file…: the shop's existing base in, in four steps.
// File (encoding, sheet, header row) → columns to fields and the list values
// the base lacks → a preview of the first rows as they will be saved, with
// their problems and duplicates → the import itself, off the window's thread
// with a progress bar and Cancel, and its report (problems to a CSV, Undo).
// The rules live in core (import/ClientImport); this only asks and shows.
class ImportAssistant : public QDialog
{
    Q_OBJECT
public:
    enum Page
    {
        FilePage,
        ColumnsPage,
        PreviewPage,
        ResultPage
    };

    explicit ImportAssistant(Database& db, QWidget* parent = nullptr);
    ~ImportAssistant() override;

    // Reads `path` (off the thread) as if chosen in the file dialog.
    void openFile(const QString& path);
    Page page() const;
    // Whether a file read, a preview or the import is still running.
    bool isBusy() const;
    QPushButton* nextButton() const { return m_next; }
    QTableWidget* columnsTable() const { return m_columns; }
    QTableWidget* valuesTable() const { return m_values; }
    QTableWidget* previewTable() const { return m_preview; }
    QComboBox* duplicateChoice() const { return m_duplicates; }
    const std::optional<ClientImportReport>& report() const { return m_report; }

signals:
    // Clients were added or changed (an import, or its undo).
    void imported();

private:
    void chooseFile();
    void readFile();
    void showTable();
    void markHeaderRow();
    void fillColumns();
    void goNext();
    void goBack();
    void showPage(Page page);
    ImportSettings settings() const;
    void refreshPreview();
    void showPreview(const ImportPreview& preview);
    void startImport();
    void showReport(const Result<ClientImportReport>& result);
    void saveProblems();
    void undoImport();
    void updateButtons();

    Database& m_db;
    std::unique_ptr<ClientImport> m_import;
    QString m_path;
    std::optional<ImportTable> m_table;
    ImportSettings m_settings;
    std::optional<ClientImportReport> m_report;
    BackgroundJob* m_job;
    // The import's progress, written by its thread, read by m_progressTimer.
    struct Progress
    {
        std::atomic_int done{0};
        std::atomic_int total{0};
        std::atomic_bool cancel{false};
    };
    std::shared_ptr<Progress> m_progress;
    QTimer* m_progressTimer;
    bool m_previewWanted = false; // a change came while a preview was being made

    QStackedWidget* m_pages;
    QLabel* m_stepTitle;
    // File
    QLineEdit* m_fileName;
    QComboBox* m_encoding;
    QComboBox* m_sheet;
    QSpinBox* m_headerRow;
    QLabel* m_fileState;
    QTableWidget* m_raw;
    // Columns
    QTableWidget* m_columns;
    // Preview
    QLabel* m_totals;
    QComboBox* m_duplicates;
    QLabel* m_valuesTitle;
    QTableWidget* m_values;
    QTableWidget* m_preview;
    // Result
    QLabel* m_resultText;
    QProgressBar* m_bar;
    QTableWidget* m_problems;
    QPushButton* m_saveProblems;
    QPushButton* m_undo;

    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_close;
};

} // namespace kartoteka::ui
