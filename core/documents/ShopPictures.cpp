#include "documents/ShopPictures.h"

#include "documents/ShopDetails.h"
#include "storage/LiveFiles.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::ShopPictures)
};

} // namespace

Status checkShopPicture(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The file is empty: choose the picture itself."));
    if (Status s = checkShopImageBytes(bytes); !s)
        return s;
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > kMaxShopPictureSide ||
        size.height() > kMaxShopPictureSide)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The picture is %1 × %2 pixels: at most %3 on a side. Save it "
                                "smaller and choose it again.")
                             .arg(size.width())
                             .arg(size.height())
                             .arg(kMaxShopPictureSide));
    // Qt shows a JPEG cut short as far as it goes, grey below: its end
    // marker (FF D9, which never occurs inside the coded data) must close
    // the file, give or take a little padding.
    const bool jpeg = reader.format() == "jpeg";
    const qsizetype end = bytes.lastIndexOf("\xFF\xD9");
    const bool cutShort = jpeg && (end < 0 || bytes.size() - (end + 2) > 4096);
    const QImage image = cutShort ? QImage() : reader.read();
    if (image.isNull())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The picture cannot be read: the file is damaged or cut short. "
                                "Save it again from your picture editor."),
                         reader.errorString());
    return Status::success();
}

Result<QByteArray> readShopPicture(const QString& path)
{
    Result<QByteArray> bytes = readChosenFile(path);
    if (!bytes)
        return bytes.error();
    if (Status s = checkShopPicture(*bytes); !s)
        return s.error();
    return bytes;
}

} // namespace kartoteka
