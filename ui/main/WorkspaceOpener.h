#pragma once

#include "workspace/RememberedDatabase.h"
#include "workspace/Workspace.h"

#include <memory>

class QWidget;

namespace kartoteka::ui {

// Opens and starts a workspace for this program's user.
Result<std::unique_ptr<Workspace>> openWorkspace(const DatabaseLocation& location);

// Opens `location`; when that fails, says why and offers to open another
// database, create a new one, or quit (nullptr). Remembers what opened.
std::unique_ptr<Workspace> openWorkspaceOrAsk(DatabaseLocation location, QWidget* parent);

} // namespace kartoteka::ui
