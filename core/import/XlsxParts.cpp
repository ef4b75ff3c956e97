#include "import/XlsxParts.h"

#include "import/ReadError.h"

#include <QCoreApplication>
#include <QDir>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::Xlsx)
};

struct Relationship
{
    QString type;   // the last segment of the Type URI: "worksheet", "sharedStrings"...
    QString target; // a zip entry
};

// Where a relationship of `part` points: relative to the part's folder, or absolute.
QString resolveTarget(const QString& part, const QString& target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    const qsizetype slash = part.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : part.left(slash + 1);
    return QDir::cleanPath(folder + target);
}

QString relsEntryOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + u"_rels/"_s + part.mid(slash + 1) + u".rels"_s;
}

Error missingPart(const QString& entry)
{
    return readError(Tr::tr("The workbook is damaged: its part %1 is missing. Nothing was read; "
                            "save it again from Excel or LibreOffice.")
                         .arg(entry),
                     "xlsx.missing-part", u"entry=%1"_s.arg(entry));
}

// The relationships of `part` by id; an absent .rels file is none.
Result<QHash<QString, Relationship>> readRelationships(XlsxArchive& archive, const QString& part)
{
    QHash<QString, Relationship> rels;
    const QString entry = relsEntryOf(part);
    if (!archive.contains(entry))
        return rels;
    const Status read = readXmlPart(archive, entry, [&](QXmlStreamReader& xml) {
        while (xml.readNextStartElement()) {
            if (xml.name() == u"Relationships")
                continue;
            if (xml.name() == u"Relationship") {
                const QXmlStreamAttributes a = xml.attributes();
                if (a.value(u"TargetMode"_s) != u"External") {
                    const QString type = a.value(u"Type"_s).toString();
                    rels.insert(a.value(u"Id"_s).toString(),
                                {type.mid(type.lastIndexOf(u'/') + 1),
                                 resolveTarget(part, a.value(u"Target"_s).toString())});
                }
            }
            xml.skipCurrentElement();
        }
        return Status::success();
    });
    if (!read)
        return read.error();
    return rels;
}

QString relationshipId(const QXmlStreamAttributes& attributes)
{
    // r:id, whatever the prefix and whichever (transitional or strict) namespace.
    for (const QXmlStreamAttribute& a : attributes) {
        if (a.name() == u"id" && !a.namespaceUri().isEmpty())
            return a.value().toString();
    }
    return {};
}

Status readWorkbook(XlsxArchive& archive, const QString& entry,
                    const QHash<QString, Relationship>& rels, XlsxWorkbookParts& parts)
{
    return readXmlPart(archive, entry, [&](QXmlStreamReader& xml) -> Status {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"workbookPr") {
                const QStringView v = xml.attributes().value(u"date1904"_s);
                parts.date1904 = v == u"1" || v == u"true";
            } else if (xml.name() == u"sheet") {
                const QXmlStreamAttributes a = xml.attributes();
                const auto rel = rels.constFind(relationshipId(a));
                if (rel == rels.cend())
                    return missingPart(u"%1 (%2)"_s.arg(a.value(u"name"_s), relationshipId(a)));
                if (rel->type == u"worksheet")
                    parts.sheets.append(
                        {a.value(u"name"_s).toString(), rel->target,
                         !a.value(u"state"_s).isEmpty() && a.value(u"state"_s) != u"visible"});
            }
        }
        return Status::success();
    });
}

Status readSharedStrings(XlsxArchive& archive, const QString& entry, qint64 cellBudget,
                         XlsxWorkbookParts& parts)
{
    return readXmlPart(archive, entry, [&](QXmlStreamReader& xml) -> Status {
        QString current;
        int phonetic = 0; // <rPh> runs: the reading of East Asian text, not the text
        while (!xml.atEnd()) {
            switch (xml.readNext()) {
            case QXmlStreamReader::StartElement:
                if (xml.name() == u"si")
                    current.clear();
                else if (xml.name() == u"rPh")
                    ++phonetic;
                else if (xml.name() == u"t" && phonetic == 0)
                    current += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                break;
            case QXmlStreamReader::EndElement:
                if (xml.name() == u"rPh") {
                    --phonetic;
                } else if (xml.name() == u"si") {
                    if (parts.sharedStrings.size() >= cellBudget)
                        return tooManyCells(cellBudget);
                    parts.sharedStrings.append(decodeExcelEscapes(current));
                }
                break;
            default:
                break;
            }
        }
        return Status::success();
    });
}

Status readStyles(XlsxArchive& archive, const QString& entry, XlsxWorkbookParts& parts)
{
    return readXmlPart(archive, entry, [&](QXmlStreamReader& xml) -> Status {
        QHash<int, QString> customFormats;
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
                inCellXfs = false;
            if (token != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == u"numFmt") {
                customFormats.insert(a.value(u"numFmtId"_s).toInt(),
                                     a.value(u"formatCode"_s).toString());
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == u"xf") {
                const int id = a.value(u"numFmtId"_s).toInt();
                parts.styleKinds.append(numberKindOfFormat(id, customFormats.value(id)));
                parts.styleZeroPadding.append(zeroPaddedWidth(customFormats.value(id)));
            }
        }
        return Status::success();
    });
}

} // namespace

Error tooManyCells(qint64 cap)
{
    return readError(Tr::tr("The workbook has more than %L1 cells: too many to import at once. "
                            "Nothing was read; split it into smaller files.")
                         .arg(cap),
                     "xlsx.too-many-cells");
}

QString decodeExcelEscapes(QString text)
{
    qsizetype at = text.indexOf(u"_x"_s);
    while (at >= 0 && at + 7 <= text.size()) {
        bool ok = false;
        const uint code = QStringView(text).sliced(at + 2, 4).toUInt(&ok, 16);
        if (ok && text.at(at + 6) == u'_') {
            text.replace(at, 7, QChar(char16_t(code)));
            at = text.indexOf(u"_x"_s, at + 1);
        } else {
            at = text.indexOf(u"_x"_s, at + 2);
        }
    }
    return text;
}

Status readXmlPart(XlsxArchive& archive, const QString& entry,
                   const std::function<Status(QXmlStreamReader&)>& body)
{
    std::unique_ptr<QIODevice> device = archive.openEntry(entry);
    if (!device && !archive.damaged())
        return missingPart(entry);
    Status result = Status::success();
    QXmlStreamReader xml;
    if (device) {
        xml.setDevice(device.get());
        result = body(xml);
    }
    if (archive.overBudget())
        return readError(Tr::tr("The workbook unpacks to more than %L1 MB: too big to import, or "
                                "a file made to look small. Nothing was read; split it into "
                                "smaller files.")
                             .arg(archive.budgetLimit() / (1024 * 1024)),
                         "xlsx.too-big", u"entry=%1"_s.arg(entry));
    if (archive.damaged())
        return readError(Tr::tr("The workbook is damaged: its part %1 cannot be unpacked. Nothing "
                                "was read; save or download it again.")
                             .arg(entry),
                         "xlsx.damaged-entry",
                         u"entry=%1 zip=%2"_s.arg(entry, archive.lastZipError()));
    if (!result)
        return result;
    if (xml.hasError())
        return readError(
            Tr::tr("The workbook is damaged: its part %1 is not readable (line %2, "
                   "column %3). Nothing was read; save it again from Excel or "
                   "LibreOffice.")
                .arg(entry)
                .arg(xml.lineNumber())
                .arg(xml.columnNumber()),
            "xlsx.bad-xml",
            u"entry=%1 line=%2 xml=%3"_s.arg(entry).arg(xml.lineNumber()).arg(xml.errorString()));
    return Status::success();
}

Result<XlsxWorkbookParts> readWorkbookParts(XlsxArchive& archive, qint64 cellBudget)
{
    // The package's own relationships name the workbook part; xl/workbook.xml
    // is only the usual place.
    QString workbook = u"xl/workbook.xml"_s;
    const Result<QHash<QString, Relationship>> packageRels = readRelationships(archive, u""_s);
    if (!packageRels)
        return packageRels.error();
    for (const Relationship& rel : *packageRels) {
        if (rel.type == u"officeDocument")
            workbook = rel.target;
    }
    if (!archive.contains(workbook))
        return missingPart(workbook);
    const Result<QHash<QString, Relationship>> rels = readRelationships(archive, workbook);
    if (!rels)
        return rels.error();

    XlsxWorkbookParts parts;
    if (const Status read = readWorkbook(archive, workbook, *rels, parts); !read)
        return read.error();
    for (const Relationship& rel : *rels) {
        if (rel.type == u"sharedStrings") {
            if (const Status read = readSharedStrings(archive, rel.target, cellBudget, parts);
                !read)
                return read.error();
            parts.hasSharedStrings = true;
        } else if (rel.type == u"styles") {
            if (const Status read = readStyles(archive, rel.target, parts); !read)
                return read.error();
        }
    }
    return parts;
}

} // namespace kartoteka
