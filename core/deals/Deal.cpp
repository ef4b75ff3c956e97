#include "deals/Deal.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace kartoteka {

QString stageKindName(StageKind kind)
{
    switch (kind) {
    case StageKind::Won:
        return u"won"_s;
    case StageKind::Lost:
        return u"lost"_s;
    case StageKind::Open:
        break;
    }
    return u"open"_s;
}

std::optional<StageKind> stageKindFromName(const QString& name)
{
    if (name == u"open")
        return StageKind::Open;
    if (name == u"won")
        return StageKind::Won;
    if (name == u"lost")
        return StageKind::Lost;
    return std::nullopt;
}

const Stage* Pipeline::stageNamed(const QString& name) const
{
    for (const Stage& s : stages) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

const Stage* Pipeline::stageWithId(qint64 id) const
{
    for (const Stage& s : stages) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const Stage* Pipeline::firstOpenStage() const
{
    return firstOfKind(StageKind::Open);
}

const Stage* Pipeline::firstOfKind(StageKind kind) const
{
    for (const Stage& s : stages) {
        if (s.kind == kind)
            return &s;
    }
    return nullptr;
}

qint64 DealItem::totalMinor() const
{
    return std::llround(quantity * double(priceMinor) * (100.0 - discountPercent) / 100.0);
}

} // namespace kartoteka
