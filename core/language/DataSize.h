#pragma once

#include <QString>

namespace kartoteka {

// A file's size as people read it, the same on every screen and in the CLI:
// "340 KB", "12.5 MB" with translated units and the locale's number
// (QLocale::formattedDataSize writes "KiB" in English in every language).
QString formatDataSize(qint64 bytes);

} // namespace kartoteka
