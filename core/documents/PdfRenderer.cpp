#include "documents/PdfRenderer.h"

#include "documents/DocumentFields.h"
#include "documents/ShopDetails.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::PdfRenderer)
};

void addImage(QTextDocument& document, const QString& url, const QByteArray& bytes)
{
    QImage image;
    if (!bytes.isEmpty() && image.loadFromData(bytes))
        document.addResource(QTextDocument::ImageResource, QUrl(url), image);
}

} // namespace

void printHtml(const QString& html, const ShopDetails& images, QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 12, 12, 12), QPageLayout::Millimeter));
    QTextDocument document;
    // A font with Cyrillic on every system Kartoteka runs on; missing
    // letters fall back to another installed font.
    QFont font(u"DejaVu Sans"_s);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    addImage(document, kDocumentLogoUrl, images.logo);
    addImage(document, kDocumentSignatureUrl, images.signature);
    document.setHtml(html);
    document.print(&device);
}

Result<QByteArray> renderPdf(const QString& html, const ShopDetails& images, const QString& title)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(u"Kartoteka"_s);
        printHtml(html, images, writer);
    }
    buffer.close();
    if (pdf.isEmpty())
        return makeError(ErrorKind::Failed, Tr::tr("The PDF could not be made."));
    return pdf;
}

} // namespace kartoteka
