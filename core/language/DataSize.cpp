#include "language/DataSize.h"

#include <QCoreApplication>
#include <QLocale>

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::DataSize)
};

} // namespace

QString formatDataSize(qint64 bytes)
{
    const QLocale locale;
    constexpr double kKilo = 1024.0;
    if (bytes < kKilo * kKilo)
        return Tr::tr("%1 KB").arg(locale.toString(bytes / kKilo, 'f', 0));
    if (bytes < kKilo * kKilo * kKilo)
        return Tr::tr("%1 MB").arg(locale.toString(bytes / (kKilo * kKilo), 'f', 1));
    return Tr::tr("%1 GB").arg(locale.toString(bytes / (kKilo * kKilo * kKilo), 'f', 2));
}

} // namespace kartoteka
