#pragma once

#include "storage/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace kartoteka {

// One content line of a vCard, unfolded, split and decoded: "item1.TEL;TYPE=cell:+380..."
// has group "item1", name "TEL", types {"cell"} and the value.
struct VCardProperty
{
    int line = 0; // where it starts in the file
    QString group;
    QString name;             // upper case
    QStringList types;        // lower case: TYPE=a,b; TYPE=a;TYPE=b; 2.1's bare ;CELL;
    QList<QByteArray> params; // every parameter as written, for the ones not kept above
    QString value;            // decoded (quoted-printable, charset) but still escaped
};

// Splits the file into unfolded logical lines and parses each, one at a time: a line that
// starts with a space or tab continues the one before (3.0, 4.0 and most 2.1
// writers); a quoted-printable value ending in '=' continues on the next line
// (2.1's soft line break). Values are decoded from quoted-printable and from
// their CHARSET (Windows-1251 and UTF-8 by our decoder, others through Qt);
// a value with no charset is read as decodeText() detects (UTF-8, else 1251).
// Stops at the first refusal, its own or `visit`'s.
Status forEachVCardProperty(const QByteArray& bytes,
                            const std::function<Status(const VCardProperty&)>& visit);

// A value's text with vCard escapes undone (\\ \, \; \n \N).
QString unescapeVCardText(QStringView value);

// A structured value (N, ADR, ORG) split at unescaped ';', each part unescaped.
QStringList splitVCardComponents(QStringView value, QChar separator = u';');

} // namespace kartoteka
