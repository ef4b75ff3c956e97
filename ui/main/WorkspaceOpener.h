#pragma once

#include "workspace/RememberedDatabase.h"
#include "workspace/Workspace.h"

#include <memory>

class QWidget;

namespace kartoteka::ui {

// Opens and starts a workspace for this program's user. Only `create` (File →
// New database…, the very first start) makes a database where there is none.
Result<std::unique_ptr<Workspace>> openWorkspace(const DatabaseLocation& location, bool create);
// Opens and starts the server database at `location` (postgresql://...)
// connected as the account `login`, whose password the server checks
// (ErrorKind::SignInFailed when it refuses). Nobody is signed in yet:
// signInToServerWorkspace does that with the same login and password.
Result<std::unique_ptr<Workspace>> openServerWorkspace(const DatabaseLocation& location,
                                                       const QString& login,
                                                       const QString& password);

// Opens `location`; on the very first start (the default database, not made
// yet) the first-start assistant makes it and signs its owner in. When that fails, says why and
// offers to open another database, create a new one, or quit (nullptr). Remembers what opened.
std::unique_ptr<Workspace> openWorkspaceOrAsk(DatabaseLocation location, QWidget* parent);

} // namespace kartoteka::ui
