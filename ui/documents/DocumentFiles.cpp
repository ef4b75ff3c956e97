#include "documents/DocumentFiles.h"

#include "documents/DocumentRepository.h"
#include "documents/Documents.h"
#include "main/FileDialogs.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QUrl>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ui::DocumentFiles)
};

} // namespace

QString documentFileName(const QString& title)
{
    QString name = title;
    for (QChar& c : name) {
        if (QStringLiteral("/\\:*?\"<>|").contains(c) || c.unicode() < 0x20)
            c = u'_';
    }
    return name.trimmed() + u".pdf"_s;
}

void openIssuedDocument(Database& db, const IssuedDocument& document, QWidget* parent)
{
    Result<QByteArray> pdf = DocumentRepository(db).pdf(document.id);
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::TempLocation) + u"/kartoteka-documents"_s;
    const QString path = folder + u'/' + documentFileName(document.title);
    QDir().mkpath(folder);
    Status written = pdf ? writeChosenFile(path, *pdf) : Status(pdf.error());
    if (written && !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        written =
            makeError(ErrorKind::Failed, Tr::tr("No program to show PDF files was found. Save the "
                                                "document and open it in your PDF viewer."));
    if (!written)
        QMessageBox::warning(parent, document.title, written.error().message);
}

void saveIssuedDocument(Database& db, const IssuedDocument& document, QWidget* parent)
{
    const QString path =
        chooseFileToSave(parent, Tr::tr("Save the document"),
                         QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                             u'/' + documentFileName(document.title),
                         Tr::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    Result<QByteArray> pdf = DocumentRepository(db).pdf(document.id);
    const Status written = pdf ? writeChosenFile(path, *pdf) : Status(pdf.error());
    if (!written)
        QMessageBox::warning(parent, document.title, written.error().message);
}

} // namespace kartoteka::ui
