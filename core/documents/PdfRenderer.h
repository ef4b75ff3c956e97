#pragma once

#include "storage/Result.h"

#include <QByteArray>
#include <QString>

class QPagedPaintDevice;

namespace kartoteka {

struct ShopDetails;

// A filled-in template (HTML) laid out on A4 pages as a PDF, the shop's logo
// and signature images put where the HTML names them, the fonts embedded
// (only the letters used), so that Cyrillic prints the same on any computer.
// Needs a QGuiApplication (the CLI makes an offscreen one).
Result<QByteArray> renderPdf(const QString& html, const ShopDetails& images, const QString& title);

// The same layout on another paged device (a printer): what is printed is
// what the PDF shows.
void printHtml(const QString& html, const ShopDetails& images, QPagedPaintDevice& device);

} // namespace kartoteka
