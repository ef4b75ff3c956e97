#include "clients/ImportAssistant.h"

#include "accounts/Access.h"
#include "clients/Lists.h"
#include "import/ImportBatches.h"
#include "import/ImportFiles.h"
#include "import/ProblemsFile.h"
#include "main/BackgroundJob.h"
#include "main/FileDialogs.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

constexpr int kPreviewRows = 50;

// The preview's columns: what happens to the row and why first, the card's
// details after (a narrow window scrolls those, not the problems).
enum PreviewColumn
{
    RowColumn,
    NameColumn,
    ActionColumn,
    ProblemsColumn,
    SameAsColumn,
    PhonesColumn,
    EmailsColumn,
    CompanyColumn,
    BirthdayColumn,
    PreviewColumnCount
};
constexpr int kRawRows = 8;

QTableWidget* makeTable(QWidget* parent, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem* item(const QString& text)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setToolTip(text);
    return cell;
}

QString phonesOf(const Client& client)
{
    QStringList phones;
    for (const Phone& phone : client.phones)
        phones.append(phone.raw);
    return phones.join(u", "_s);
}

QString emailsOf(const Client& client)
{
    QStringList emails;
    for (const Email& email : client.emails)
        emails.append(email.address);
    return emails.join(u", "_s);
}

QString duplicateActionTitle(DuplicateAction action)
{
    switch (action) {
    case DuplicateAction::Skip:
        return ImportAssistant::tr("Skip it");
    case DuplicateAction::Fill:
        return ImportAssistant::tr("Fill the empty fields of the existing client");
    case DuplicateAction::Create:
        return ImportAssistant::tr("Add it as a new client anyway");
    }
    return {};
}

void addDuplicateActions(QComboBox* box)
{
    for (DuplicateAction action :
         {DuplicateAction::Skip, DuplicateAction::Fill, DuplicateAction::Create})
        box->addItem(duplicateActionTitle(action), int(action));
}

// A file read for the assistant, with the base read when it was the first.
struct ReadFile
{
    ImportTable table;
    std::shared_ptr<const ImportContext> base;
};

} // namespace

ImportAssistant::ImportAssistant(Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_job(new BackgroundJob(this)), m_progressTimer(new QTimer(this)),
      m_pages(new QStackedWidget(this)), m_stepTitle(new QLabel(this))
{
    setWindowTitle(tr("Import clients"));
    QFont big = m_stepTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_stepTitle->setFont(big);

    // File
    auto* filePage = new QWidget(m_pages);
    m_fileName = new QLineEdit(filePage);
    m_fileName->setReadOnly(true);
    m_fileName->setPlaceholderText(
        tr("An Excel workbook, a CSV or text file, or phone contacts (.vcf)"));
    auto* choose = new QPushButton(tr("Choose a file…"), filePage);
    connect(choose, &QPushButton::clicked, this, &ImportAssistant::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileName, 1);
    fileRow->addWidget(choose);
    m_encoding = new QComboBox(filePage);
    m_encoding->addItem(tr("Detect"), int(TextEncoding::Detect));
    for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Windows1251, TextEncoding::Utf16LE,
                           TextEncoding::Utf16BE})
        m_encoding->addItem(textEncodingName(e), int(e));
    m_encoding->setToolTip(tr("If the letters look wrong below, choose another encoding"));
    connect(m_encoding, &QComboBox::activated, this, &ImportAssistant::readFile);
    m_sheet = new QComboBox(filePage);
    connect(m_sheet, &QComboBox::activated, this, &ImportAssistant::showTable);
    m_sheet->setMinimumWidth(260);
    m_encoding->setMinimumWidth(260);
    m_headerRow = new QSpinBox(filePage);
    m_headerRow->setSpecialValueText(tr("none"));
    m_headerRow->setToolTip(tr("The row of the file that holds the column names"));
    connect(m_headerRow, &QSpinBox::valueChanged, this, &ImportAssistant::markHeaderRow);
    m_fileState = new QLabel(filePage);
    m_fileState->setWordWrap(true);
    m_raw = makeTable(filePage, {});
    m_fileName->setMinimumWidth(520);
    auto* fileForm = new QFormLayout;
    // Short choices stay short; only the file's name takes the width.
    fileForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    fileForm->addRow(tr("File:"), fileRow);
    fileForm->addRow(tr("Encoding:"), m_encoding);
    fileForm->addRow(tr("Sheet:"), m_sheet);
    fileForm->addRow(tr("Headers in row:"), m_headerRow);
    auto* fileLayout = new QVBoxLayout(filePage);
    fileLayout->addLayout(fileForm);
    fileLayout->addWidget(m_fileState);
    fileLayout->addWidget(m_raw, 1);
    m_pages->addWidget(filePage);

    // Columns
    auto* columnsPage = new QWidget(m_pages);
    auto* columnsHint = new QLabel(
        tr("Say where each column of the file goes. Kartoteka guessed from the headers; a "
           "column set to \"Do not import\" is left out."),
        columnsPage);
    columnsHint->setWordWrap(true);
    m_columns = makeTable(columnsPage, {tr("Column"), tr("Examples"), tr("Goes into")});
    m_columns->horizontalHeader()->setStretchLastSection(false);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* columnsLayout = new QVBoxLayout(columnsPage);
    columnsLayout->addWidget(columnsHint);
    columnsLayout->addWidget(m_columns, 1);
    m_pages->addWidget(columnsPage);

    // Preview
    auto* previewPage = new QWidget(m_pages);
    m_totals = new QLabel(previewPage);
    m_totals->setWordWrap(true);
    m_duplicates = new QComboBox(previewPage);
    addDuplicateActions(m_duplicates);
    connect(m_duplicates, &QComboBox::activated, this, [this] {
        m_settings.onDuplicate = DuplicateAction(m_duplicates->currentData().toInt());
        m_settings.rowActions.clear();
        refreshPreview();
    });
    auto* duplicatesRow = new QHBoxLayout;
    duplicatesRow->addWidget(new QLabel(
        tr("A row with the phone, e-mail or tax ID of an existing client:"), previewPage));
    duplicatesRow->addWidget(m_duplicates);
    duplicatesRow->addStretch(1);
    m_valuesTitle =
        new QLabel(tr("Values your lists do not have yet: choose what each becomes."), previewPage);
    m_valuesTitle->setWordWrap(true);
    m_values = makeTable(previewPage, {tr("Field"), tr("In the file"), tr("Rows"), tr("Becomes")});
    m_preview = makeTable(previewPage,
                          {tr("Row"), tr("Name"), tr("What happens"), tr("Problems"), tr("Same as"),
                           tr("Phones"), tr("E-mails"), tr("Company"), tr("Birthday")});
    // A row's problems are read whole: they wrap, and the row grows.
    m_preview->setWordWrap(true);
    m_preview->horizontalHeader()->setStretchLastSection(false);
    m_values->horizontalHeader()->setStretchLastSection(false);
    auto* previewLayout = new QVBoxLayout(previewPage);
    previewLayout->addWidget(m_totals);
    previewLayout->addLayout(duplicatesRow);
    previewLayout->addWidget(m_valuesTitle);
    previewLayout->addWidget(m_values);
    previewLayout->addWidget(m_preview, 1);
    m_pages->addWidget(previewPage);

    // Result
    auto* resultPage = new QWidget(m_pages);
    m_resultText = new QLabel(resultPage);
    m_resultText->setWordWrap(true);
    m_bar = new QProgressBar(resultPage);
    m_problems = makeTable(resultPage, {tr("Row"), tr("Problem")});
    m_saveProblems = new QPushButton(tr("Save the problem rows as CSV…"), resultPage);
    m_saveProblems->setToolTip(tr("The rows as they were in the file, with the reason: fix them "
                                  "and import that file"));
    connect(m_saveProblems, &QPushButton::clicked, this, &ImportAssistant::saveProblems);
    m_undo = new QPushButton(tr("Undo this import"), resultPage);
    connect(m_undo, &QPushButton::clicked, this, &ImportAssistant::undoImport);
    auto* resultButtons = new QHBoxLayout;
    resultButtons->addWidget(m_saveProblems);
    resultButtons->addStretch(1);
    resultButtons->addWidget(m_undo);
    auto* resultLayout = new QVBoxLayout(resultPage);
    resultLayout->addWidget(m_resultText);
    resultLayout->addWidget(m_bar);
    resultLayout->addWidget(m_problems, 1);
    resultLayout->addLayout(resultButtons);
    m_pages->addWidget(resultPage);

    m_back = new QPushButton(tr("< Back"), this);
    m_next = new QPushButton(tr("Next >"), this);
    m_next->setDefault(true);
    m_close = new QPushButton(tr("Cancel"), this);
    connect(m_back, &QPushButton::clicked, this, &ImportAssistant::goBack);
    connect(m_next, &QPushButton::clicked, this, &ImportAssistant::goNext);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_job->isRunning() && page() == ResultPage) {
            m_progress->cancel = true; // the import rolls back and reports
            return;
        }
        reject();
    });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (!m_progress)
            return;
        m_bar->setMaximum(std::max(1, m_progress->total.load()));
        m_bar->setValue(m_progress->done.load());
    });
    // Wide enough for the preview's columns where the screen allows.
    const QRect screen = this->screen()->availableGeometry();
    resize(std::min(1180, screen.width() - 60), std::min(680, screen.height() - 60));
    showPage(FilePage);
}

ImportAssistant::~ImportAssistant()
{
    if (m_progress)
        m_progress->cancel = true;
    // Waits for work still running (a preview reads m_import) before the
    // members it uses go.
    delete m_job;
}

ImportAssistant::Page ImportAssistant::page() const
{
    return Page(m_pages->currentIndex());
}

bool ImportAssistant::isBusy() const
{
    return m_job->isRunning();
}

void ImportAssistant::chooseFile()
{
    const QString path = chooseFileToOpen(
        this, tr("Import clients"), QDir::homePath(),
        tr("Client files (*.xlsx *.csv *.txt *.vcf);;Excel workbooks (*.xlsx);;CSV and text "
           "(*.csv *.txt);;Phone contacts (*.vcf);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ImportAssistant::openFile(const QString& path)
{
    m_path = path;
    m_fileName->setText(QDir::toNativeSeparators(path));
    m_encoding->setCurrentIndex(0);
    readFile();
}

void ImportAssistant::readFile()
{
    if (m_path.isEmpty() || m_job->isRunning())
        return;
    m_table.reset();
    m_fileState->setText(tr("Reading %1…").arg(QFileInfo(m_path).fileName()));
    updateButtons();
    const auto encoding = TextEncoding(m_encoding->currentData().toInt());
    // The base's lists and keys are read with the first file, off the screen's
    // thread too: a second or two at 100,000 clients.
    const bool readBase = !m_import;
    m_job->run(
        [path = m_path, encoding, readBase, options = m_db.reopenOptions()]() -> Result<ReadFile> {
            Result<ImportTable> table = readImportFile(path, encoding);
            if (!table)
                return table.error();
            ReadFile read{std::move(*table), {}};
            if (readBase) {
                // A connection of its own: a Database lives on one thread.
                Result<std::unique_ptr<Database>> own = Database::open(options);
                if (!own)
                    return own.error();
                Result<std::shared_ptr<const ImportContext>> base = ClientImport::readBase(**own);
                if (!base)
                    return base.error();
                read.base = std::move(*base);
            }
            return read;
        },
        [this](const Result<ReadFile>& read) {
            if (!read) {
                m_fileState->setText(read.error().message);
                m_raw->clear();
                m_raw->setRowCount(0);
                m_raw->setColumnCount(0);
                updateButtons();
                return;
            }
            m_table = read->table;
            if (!m_import)
                m_import = std::make_unique<ClientImport>(m_db, read->base);
            m_sheet->clear();
            for (int i = 0; i < m_table->sheets.size(); ++i) {
                const ImportSheet& sheet = m_table->sheets[i];
                m_sheet->addItem(sheet.hidden ? tr("%1 (hidden)").arg(sheet.name) : sheet.name, i);
            }
            m_sheet->setCurrentIndex(defaultImportSheet(*m_table));
            m_sheet->setEnabled(m_table->sheets.size() > 1);
            m_encoding->setEnabled(m_table->encoding != TextEncoding::Detect);
            if (m_table->encoding != TextEncoding::Detect && m_encoding->currentIndex() == 0)
                m_encoding->setItemText(
                    0, tr("Detected: %1").arg(textEncodingName(m_table->encoding)));
            showTable();
        });
}

void ImportAssistant::showTable()
{
    if (!m_table)
        return;
    const int sheetIndex = m_sheet->currentData().toInt();
    const ImportSheet& sheet = m_table->sheets.value(sheetIndex);
    m_settings = {};
    m_settings.sheet = sheetIndex;
    m_settings.headerRow = m_import->guessHeaderRow(sheet);
    // Row numbers as a spreadsheet shows them; 0: no header row.
    m_headerRow->setRange(0, int(std::min<qsizetype>(sheet.rows.size(), 50)));
    m_headerRow->setValue(m_settings.headerRow + 1);
    m_headerRow->setEnabled(sheet.columnKeys.isEmpty());
    m_fileState->setText(tr("%n row(s) with data in this sheet.", nullptr, int(sheet.rows.size())));
    m_raw->clear();
    m_raw->setColumnCount(sheet.columnCount);
    m_raw->setRowCount(int(std::min<qsizetype>(kRawRows, sheet.rows.size())));
    QStringList labels;
    for (int i = 0; i < m_raw->rowCount(); ++i) {
        const ImportRow& row = sheet.rows[i];
        labels.append(QString::number(row.source));
        for (int col = 0; col < row.cells.size(); ++col)
            m_raw->setItem(i, col, item(row.cells[col].text));
    }
    m_raw->setVerticalHeaderLabels(labels);
    m_raw->verticalHeader()->show();
    // Columns by letter, as the spreadsheet shows them (and as --map names them).
    QStringList letters;
    for (int col = 0; col < sheet.columnCount; ++col) {
        QString letter;
        for (int n = col + 1; n > 0; n = (n - 1) / 26)
            letter.prepend(QChar(u'A' + (n - 1) % 26));
        letters.append(letter);
    }
    m_raw->setHorizontalHeaderLabels(sheet.columnKeys.isEmpty() ? letters : sheet.columnKeys);
    markHeaderRow(); // bold first: the widths fit the bold headers
    m_raw->resizeColumnsToContents();
    for (int col = 0; col < m_raw->columnCount(); ++col)
        m_raw->setColumnWidth(col, std::min(m_raw->columnWidth(col), 220));
    updateButtons();
}

void ImportAssistant::markHeaderRow()
{
    for (int row = 0; row < m_raw->rowCount(); ++row) {
        for (int col = 0; col < m_raw->columnCount(); ++col) {
            if (QTableWidgetItem* cell = m_raw->item(row, col)) {
                QFont font = cell->font();
                font.setBold(row == m_headerRow->value() - 1);
                cell->setFont(font);
            }
        }
    }
}

void ImportAssistant::fillColumns()
{
    const ImportSheet& sheet = m_table->sheets[m_settings.sheet];
    m_settings.headerRow = sheet.columnKeys.isEmpty() ? m_headerRow->value() - 1 : -1;
    m_settings.columns = m_import->guessColumns(sheet, m_settings.headerRow);
    const QStringList headers = m_import->headers(sheet, m_settings.headerRow);
    m_columns->setRowCount(int(headers.size()));
    for (int col = 0; col < headers.size(); ++col) {
        m_columns->setItem(
            col, 0, item(headers[col].isEmpty() ? tr("Column %1").arg(col + 1) : headers[col]));
        QStringList examples;
        for (int r = m_settings.headerRow + 1; r < sheet.rows.size() && examples.size() < 3; ++r) {
            const QString text = sheet.rows[r].cells.value(col).text.simplified();
            if (!text.isEmpty())
                examples.append(text);
        }
        m_columns->setItem(col, 1, item(examples.join(u" · "_s)));
        auto* target = new QComboBox(m_columns);
        for (ImportField field : importFields()) {
            if (field != ImportField::Custom)
                target->addItem(importFieldTitle(field), importFieldName(field));
        }
        for (const CustomField& field : m_import->customFields())
            target->addItem(tr("Card field: %1").arg(field.name), u"custom:%1"_s.arg(field.id));
        target->setCurrentIndex(
            std::max(0, target->findData(columnTargetName(m_settings.columns.value(col)))));
        m_columns->setCellWidget(col, 2, target);
    }
    m_columns->resizeColumnToContents(0);
    m_columns->setColumnWidth(0, std::min(m_columns->columnWidth(0), 260));
    m_columns->setColumnWidth(2, 300);
}

ImportSettings ImportAssistant::settings() const
{
    ImportSettings settings = m_settings;
    settings.columns.clear();
    for (int col = 0; col < m_columns->rowCount(); ++col) {
        auto* box = qobject_cast<QComboBox*>(m_columns->cellWidget(col, 2));
        settings.columns.append(
            columnTargetNamed(box->currentData().toString(), m_import->customFields())
                .value_or(ColumnTarget{}));
    }
    return settings;
}

void ImportAssistant::goNext()
{
    switch (page()) {
    case FilePage:
        fillColumns();
        showPage(ColumnsPage);
        break;
    case ColumnsPage: {
        const ImportSettings chosen = settings();
        if (Status s = m_import->checkColumns(chosen.columns); !s) {
            QMessageBox::warning(this, windowTitle(), s.error().message);
            return;
        }
        m_settings = chosen;
        m_settings.choices.clear();
        m_settings.rowActions.clear();
        m_duplicates->setCurrentIndex(m_duplicates->findData(int(m_settings.onDuplicate)));
        m_values->setRowCount(0);
        showPage(PreviewPage);
        refreshPreview();
        break;
    }
    case PreviewPage:
        startImport();
        break;
    case ResultPage:
        accept();
        break;
    }
}

void ImportAssistant::goBack()
{
    if (page() == ColumnsPage)
        showPage(FilePage);
    else if (page() == PreviewPage)
        showPage(ColumnsPage);
}

void ImportAssistant::showPage(Page page)
{
    m_pages->setCurrentIndex(page);
    const QStringList titles{tr("1 of 4. The file"), tr("2 of 4. Columns"),
                             tr("3 of 4. Check before importing"), tr("4 of 4. Import")};
    m_stepTitle->setText(titles.value(page));
    updateButtons();
}

void ImportAssistant::refreshPreview()
{
    if (m_job->isRunning()) {
        m_previewWanted = true;
        return;
    }
    m_totals->setText(tr("Checking every row…"));
    updateButtons();
    const ClientImport* import = m_import.get();
    // A Database lives on one thread: a preview that asks the server about
    // hidden clients does so on a connection of its own.
    std::optional<OpenOptions> own;
    if (import->asksTheDatabase())
        own = m_db.reopenOptions();
    m_job->run(
        [import, own, table = *m_table, settings = m_settings]() -> Result<ImportPreview> {
            if (!own)
                return import->preview(table, settings, kPreviewRows);
            Result<std::unique_ptr<Database>> db = Database::open(*own);
            if (!db)
                return db.error();
            return ClientImport(**db, import->base()).preview(table, settings, kPreviewRows);
        },
        [this](const Result<ImportPreview>& preview) {
            if (m_previewWanted) {
                m_previewWanted = false;
                refreshPreview();
                return;
            }
            if (!preview) {
                m_totals->setText(preview.error().message);
                updateButtons();
                return;
            }
            showPreview(*preview);
        });
}

void ImportAssistant::showPreview(const ImportPreview& preview)
{
    m_totals->setText(tr("%1 rows: %2 new clients, %3 matching a client already in the base or "
                         "an earlier row, %4 with problems; %5 will not be imported.")
                          .arg(preview.total)
                          .arg(preview.fresh)
                          .arg(preview.matching)
                          .arg(preview.withProblems)
                          .arg(preview.skipped));
    // The values the lists lack: each with its choice (kept across refreshes).
    if (m_values->rowCount() == 0 && !preview.unknownValues.isEmpty()) {
        m_values->setRowCount(int(preview.unknownValues.size()));
        Lists lists(m_db);
        for (int i = 0; i < preview.unknownValues.size(); ++i) {
            const UnknownValue& value = preview.unknownValues[i];
            m_values->setItem(i, 0, item(importFieldTitle(value.field)));
            m_values->setItem(i, 1, item(value.text));
            m_values->setItem(i, 2, item(QString::number(value.rows)));
            auto* choice = new QComboBox(m_values);
            choice->addItem(tr("Choose…"), QString());
            if (value.field != ImportField::Manager)
                choice->addItem(tr("Add \"%1\" to the list").arg(value.text), u"+"_s);
            choice->addItem(tr("Leave the field empty"), u"-"_s);
            Result<QList<ListItem>> existing = value.field == ImportField::Manager
                                                   ? lists.users()
                                                   : lists.items(importListOf(value.field));
            if (existing) {
                for (const ListItem& known : *existing)
                    choice->addItem(tr("Use \"%1\"").arg(known.name), QString::number(known.id));
            }
            const QString key = unknownValueKey(value.field, value.text);
            connect(choice, &QComboBox::activated, this, [this, choice, key, text = value.text] {
                const QString data = choice->currentData().toString();
                if (data.isEmpty())
                    m_settings.choices.remove(key);
                else if (data == u"+"_s)
                    m_settings.choices.insert(key, {ValueChoice::Create, 0, text});
                else if (data == u"-"_s)
                    m_settings.choices.insert(key, {ValueChoice::Empty, 0});
                else
                    m_settings.choices.insert(key, {ValueChoice::Existing, data.toLongLong()});
                refreshPreview();
            });
            m_values->setCellWidget(i, 3, choice);
        }
        m_values->resizeColumnsToContents();
        m_values->setColumnWidth(3, std::max(m_values->columnWidth(3), 320));
        // As tall as its rows, up to a few: the preview below keeps the room.
        const int shown = std::min(m_values->rowCount(), 4);
        m_values->setFixedHeight(m_values->horizontalHeader()->height() +
                                 shown * m_values->verticalHeader()->defaultSectionSize() +
                                 2 * m_values->frameWidth());
    }
    m_valuesTitle->setVisible(m_values->rowCount() > 0);
    m_values->setVisible(m_values->rowCount() > 0);

    m_preview->setRowCount(int(preview.rows.size()));
    for (int i = 0; i < preview.rows.size(); ++i) {
        const PlannedRow& row = preview.rows[i];
        QStringList problems;
        for (const RowProblem& problem : row.problems)
            problems.append(problem.message);
        const QString name =
            row.client.kind == ClientKind::Company
                ? QString()
                : QStringList{row.client.lastName, row.client.firstName, row.client.middleName}
                      .join(u' ')
                      .simplified();
        m_preview->setItem(i, RowColumn, item(QString::number(row.source)));
        m_preview->setItem(i, NameColumn, item(name));
        m_preview->setItem(i, CompanyColumn, item(row.client.companyName));
        m_preview->setItem(i, PhonesColumn, item(phonesOf(row.client)));
        m_preview->setItem(i, EmailsColumn, item(emailsOf(row.client)));
        m_preview->setItem(i, BirthdayColumn,
                           item(row.client.birthday.isValid()
                                    ? QLocale().toString(row.client.birthday, QLocale::ShortFormat)
                                    : QString()));
        m_preview->setItem(i, SameAsColumn,
                           item(row.matchId == 0          ? QString()
                                : row.matchId < 0         ? tr("row %1").arg(-row.matchId)
                                : row.matchName.isEmpty() ? tr("another manager's client")
                                                          : row.matchName));
        m_preview->removeCellWidget(i, ActionColumn);
        const bool refused = row.skipped() && row.matchId == 0;
        if (row.matchId != 0 && row.matchReachable) {
            auto* action = new QComboBox(m_preview);
            addDuplicateActions(action);
            action->setCurrentIndex(action->findData(int(row.action)));
            connect(action, &QComboBox::activated, this, [this, action, source = row.source] {
                m_settings.rowActions.insert(source,
                                             DuplicateAction(action->currentData().toInt()));
                refreshPreview();
            });
            m_preview->setCellWidget(i, ActionColumn, action);
            m_preview->setItem(i, ActionColumn, item(QString()));
        } else {
            m_preview->setItem(
                i, ActionColumn,
                item(refused || row.skipped() ? tr("Not imported") : tr("New client")));
        }
        m_preview->setItem(i, ProblemsColumn, item(problems.join(u'\n')));
        const QColor tint = refused                   ? QColor(255, 224, 224)
                            : !row.problems.isEmpty() ? QColor(255, 245, 214)
                                                      : QColor();
        for (int col = 0; col < m_preview->columnCount(); ++col) {
            if (QTableWidgetItem* cell = m_preview->item(i, col); cell && tint.isValid())
                cell->setBackground(tint);
        }
    }
    m_preview->resizeColumnsToContents();
    for (int col = NameColumn; col < PreviewColumnCount; ++col)
        m_preview->setColumnWidth(col, std::min(m_preview->columnWidth(col), 200));
    m_preview->setColumnWidth(ActionColumn, std::max(m_preview->columnWidth(ActionColumn), 230));
    m_preview->setColumnWidth(ProblemsColumn, 300);
    m_preview->resizeRowsToContents();
    const int rowHeight = m_preview->verticalHeader()->defaultSectionSize() + 4;
    for (int row = 0; row < m_preview->rowCount(); ++row)
        m_preview->setRowHeight(row, std::max(m_preview->rowHeight(row), rowHeight));
    updateButtons();
}

void ImportAssistant::startImport()
{
    if (Status s = require(m_db.principal(), Capability::Import); !s) {
        QMessageBox::warning(this, windowTitle(), s.error().message);
        return;
    }
    showPage(ResultPage);
    m_resultText->setText(
        tr("Importing %1… Cancel leaves the base as it was.").arg(QFileInfo(m_path).fileName()));
    m_bar->show();
    m_bar->setValue(0);
    m_problems->setRowCount(0);
    m_progress = std::make_shared<Progress>();
    m_progressTimer->start(100);
    OpenOptions options = m_db.reopenOptions();
    m_job->run(
        [options, table = *m_table, settings = m_settings, progress = m_progress,
         fileName = QFileInfo(m_path).fileName()]() -> Result<ClientImportReport> {
            // A connection of its own: a Database lives on one thread.
            Result<std::unique_ptr<Database>> own = Database::open(options);
            if (!own)
                return own.error();
            Result<std::unique_ptr<ClientImport>> import = ClientImport::open(**own);
            if (!import)
                return import.error();
            return (*import)->run(table, settings, fileName, false,
                                  [progress](int done, int total) {
                                      progress->done = done;
                                      progress->total = total;
                                      return !progress->cancel.load();
                                  });
        },
        [this](const Result<ClientImportReport>& result) { showReport(result); });
    updateButtons();
}

void ImportAssistant::showReport(const Result<ClientImportReport>& result)
{
    m_progressTimer->stop();
    m_bar->hide();
    if (!result) {
        m_resultText->setText(result.error().kind == ErrorKind::Cancelled
                                  ? tr("The import was cancelled; nothing was imported.")
                                  : tr("Nothing was imported: %1").arg(result.error().message));
        m_report.reset();
        showPage(PreviewPage);
        QMessageBox::information(this, windowTitle(), m_resultText->text());
        return;
    }
    m_report = *result;
    m_resultText->setText(tr("Imported: %1 new clients, %2 existing clients filled in, %3 rows "
                             "skipped. Until someone changes them, \"Undo this import\" takes "
                             "it all back.")
                              .arg(result->added)
                              .arg(result->updated)
                              .arg(result->skipped));
    m_problems->setRowCount(int(result->problems.size()));
    for (int i = 0; i < result->problems.size(); ++i) {
        m_problems->setItem(i, 0, item(QString::number(result->problems[i].row)));
        m_problems->setItem(i, 1, item(result->problems[i].reason));
    }
    m_problems->resizeColumnToContents(0);
    emit imported();
    updateButtons();
}

void ImportAssistant::saveProblems()
{
    if (!m_report || !m_table)
        return;
    const QFileInfo source(m_path);
    const QString path = chooseFileToSave(
        this, tr("Save the problem rows"),
        source.dir().filePath(tr("%1 - problems.csv").arg(source.completeBaseName())),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = writeProblemsCsv(path, *m_table, m_settings, *m_report); !s)
        QMessageBox::warning(this, windowTitle(), s.error().message);
}

void ImportAssistant::undoImport()
{
    if (!m_report || m_report->batch == 0)
        return;
    if (QMessageBox::question(this, windowTitle(),
                              tr("Remove the %1 clients this import added and put back the %2 it "
                                 "filled in? Clients someone changed since are kept.")
                                  .arg(m_report->added)
                                  .arg(m_report->updated)) != QMessageBox::Yes)
        return;
    Result<ImportUndoReport> undone = ImportBatches(m_db).undo(m_report->batch);
    if (!undone) {
        QMessageBox::warning(this, windowTitle(), undone.error().message);
        return;
    }
    QString text = tr("The import was undone: %1 clients removed, %2 restored.")
                       .arg(undone->removed)
                       .arg(undone->restored);
    if (!undone->kept.isEmpty()) {
        QStringList kept;
        for (const KeptClient& k : undone->kept)
            kept.append(tr("%1: %2").arg(k.name, k.reason));
        text += u"\n\n"_s + tr("Kept as they are:") + u"\n"_s + kept.mid(0, 20).join(u'\n');
        if (kept.size() > 20)
            text += u"\n"_s + tr("…and %1 more.").arg(kept.size() - 20);
    }
    m_report->batch = 0;
    m_resultText->setText(text);
    emit imported();
    updateButtons();
}

void ImportAssistant::updateButtons()
{
    const bool busy = m_job->isRunning();
    const Page current = page();
    m_back->setVisible(current == ColumnsPage || current == PreviewPage);
    m_back->setEnabled(!busy);
    bool undecided = false;
    for (int i = 0; i < m_values->rowCount(); ++i) {
        auto* box = qobject_cast<QComboBox*>(m_values->cellWidget(i, 3));
        undecided = undecided || (box && box->currentData().toString().isEmpty());
    }
    switch (current) {
    case FilePage:
        m_next->setText(tr("Next >"));
        m_next->setEnabled(!busy && m_table && !m_table->sheets.isEmpty() &&
                           !m_table->sheets.value(m_sheet->currentData().toInt()).rows.isEmpty());
        break;
    case ColumnsPage:
        m_next->setText(tr("Next >"));
        m_next->setEnabled(!busy);
        break;
    case PreviewPage:
        m_next->setText(tr("Import"));
        m_next->setEnabled(!busy && !undecided);
        m_next->setToolTip(undecided ? tr("First choose what each value your lists lack becomes")
                                     : QString());
        break;
    case ResultPage:
        m_next->setText(tr("Done"));
        m_next->setEnabled(!busy);
        break;
    }
    m_close->setText(current == ResultPage && !busy ? tr("Close") : tr("Cancel"));
    m_close->setVisible(!(current == ResultPage && !busy));
    m_saveProblems->setVisible(current == ResultPage && m_report && !m_report->problems.isEmpty());
    m_undo->setVisible(current == ResultPage && m_report && m_report->batch > 0);
}

} // namespace kartoteka::ui
