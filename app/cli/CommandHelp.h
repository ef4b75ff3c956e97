#pragma once

#include <QString>

namespace kartoteka::cli {

// The lines of the command list in `description` (the --help text's
// "Commands:" part) that describe `command`, with their continuation lines:
// what `kartoteka-cli documents --help` shows instead of all of them. Empty
// when the list has no such command.
QString commandHelp(const QString& description, const QString& command);

} // namespace kartoteka::cli
