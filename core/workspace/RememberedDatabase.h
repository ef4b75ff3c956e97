#pragma once

#include "storage/StorageMode.h"

#include <QString>

namespace kartoteka {

// The database this PC opened last, and the mode the person chose for it.
struct DatabaseLocation
{
    QString path;
    ModeChoice mode = ModeChoice::Automatic;
};

// The remembered location, or the default database when none is remembered.
DatabaseLocation rememberedDatabase();
void rememberDatabase(const DatabaseLocation& location);

} // namespace kartoteka
