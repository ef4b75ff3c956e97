#pragma once

#include <QString>
#include <QStringList>

namespace kartoteka::sql {

// Splits a migration script into single statements: the Qt driver runs one
// statement per call. Semicolons inside quotes, comments, CREATE TRIGGER
// bodies (BEGIN ... END;) and PostgreSQL's dollar quotes ($$ ... $$) do not split.
QStringList splitScript(const QString& script);

} // namespace kartoteka::sql
