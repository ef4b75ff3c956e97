#include "clients/Client.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {
// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Interactions)
};
} // namespace

QString Client::displayName() const
{
    if (kind == ClientKind::Company)
        return companyName.trimmed();
    QStringList parts;
    for (const QString& part : {lastName, firstName, middleName}) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts.isEmpty() ? companyName.trimmed() : parts.join(u' ');
}

QString interactionKindName(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::Note:
        return u"note"_s;
    case InteractionKind::Call:
        return u"call"_s;
    case InteractionKind::Email:
        return u"email"_s;
    case InteractionKind::Meeting:
        return u"meeting"_s;
    case InteractionKind::Message:
        return u"message"_s;
    case InteractionKind::Purchase:
        return u"purchase"_s;
    }
    return {};
}

std::optional<InteractionKind> interactionKindFromName(const QString& name)
{
    for (InteractionKind kind :
         {InteractionKind::Note, InteractionKind::Call, InteractionKind::Email,
          InteractionKind::Meeting, InteractionKind::Message, InteractionKind::Purchase}) {
        if (interactionKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString interactionKindDisplayName(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::Note:
        return Tr::tr("Note");
    case InteractionKind::Call:
        return Tr::tr("Call");
    case InteractionKind::Email:
        return Tr::tr("E-mail");
    case InteractionKind::Meeting:
        return Tr::tr("Meeting");
    case InteractionKind::Message:
        return Tr::tr("Message");
    case InteractionKind::Purchase:
        return Tr::tr("Purchase");
    }
    return {};
}

} // namespace kartoteka
