#include "workspace/RememberedDatabase.h"

#include "workspace/AppIdentity.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace kartoteka {

DatabaseLocation rememberedDatabase()
{
    QSettings settings;
    DatabaseLocation location;
    location.path = settings.value(u"database/path"_s).toString();
    if (location.path.isEmpty())
        location.path = defaultDatabasePath();
    location.mode = modeChoiceFromName(settings.value(u"database/mode"_s).toString())
                        .value_or(ModeChoice::Automatic);
    return location;
}

void rememberDatabase(const DatabaseLocation& location)
{
    QSettings settings;
    settings.setValue(u"database/path"_s, location.path);
    settings.setValue(u"database/mode"_s, modeChoiceName(location.mode));
}

} // namespace kartoteka
