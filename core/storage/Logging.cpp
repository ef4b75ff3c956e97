#include "storage/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "kartoteka.storage")
Q_LOGGING_CATEGORY(lcMigrations, "kartoteka.migrations")
Q_LOGGING_CATEGORY(lcChanges, "kartoteka.changes")
Q_LOGGING_CATEGORY(lcBackup, "kartoteka.backup")
