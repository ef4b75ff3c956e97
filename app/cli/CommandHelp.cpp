#include "CommandHelp.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace kartoteka::cli {

QString commandHelp(const QString& description, const QString& command)
{
    // An entry starts two spaces in ("  documents make ..."); its own lines
    // go on further in.
    QStringList picked;
    bool inEntry = false;
    for (const QString& line : description.split(u'\n')) {
        const bool starts = line.startsWith(u"  "_s) && line.size() > 2 && line.at(2) != u' ';
        if (starts) {
            const QString text = line.mid(2);
            inEntry = text == command || text.startsWith(command + u' ');
        } else if (!line.startsWith(u"   "_s)) {
            inEntry = false;
        }
        if (inEntry)
            picked.append(line);
    }
    return picked.join(u'\n');
}

} // namespace kartoteka::cli
