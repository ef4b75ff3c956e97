#include "CliContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace kartoteka::cli {

int CliContext::answer(const QString& text, const QJsonValue& document) const
{
    QByteArray out;
    if (json) {
        out = document.isArray()
                  ? QJsonDocument(document.toArray()).toJson(QJsonDocument::Indented)
                  : QJsonDocument(document.toObject()).toJson(QJsonDocument::Indented);
    } else {
        out = text.toUtf8();
        if (!out.endsWith('\n'))
            out.append('\n');
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    return 0;
}

int CliContext::fail(const Error& error) const
{
    return fail(error.fullText());
}

int CliContext::fail(const QString& message) const
{
    const QByteArray text = QStringLiteral("kartoteka-cli: %1\n").arg(message).toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    return 1;
}

} // namespace kartoteka::cli
