#pragma once

#include "storage/Result.h"

#include <QByteArray>
#include <QString>

namespace kartoteka {

// A picture the person chose for the shop's logo or its signature and stamp,
// read (never a live database file) and decoded once, so that a file that is
// empty, cut short, not a PNG or JPEG, or of absurd dimensions is refused
// here rather than left out of every document later. Needs Qt Gui's image
// readers (a QCoreApplication is enough).
Result<QByteArray> readShopPicture(const QString& path);
// The same check on bytes already read.
Status checkShopPicture(const QByteArray& bytes);

inline constexpr int kMaxShopPictureSide = 4000; // pixels

} // namespace kartoteka
