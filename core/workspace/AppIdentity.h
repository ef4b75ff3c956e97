#pragma once

#include <QString>

namespace kartoteka {

// Names the program for QSettings and QStandardPaths; the GUI and the CLI must
// agree, so that both find the same default database and backup folder.
void setApplicationIdentity();

// AppDataLocation/kartoteka.sqlite
QString defaultDatabasePath();
// AppDataLocation/demo.sqlite: what `./run.sh --demo` opens.
QString demoDatabasePath();

} // namespace kartoteka
