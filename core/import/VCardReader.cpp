#include "import/VCardReader.h"

#include "import/ReadError.h"
#include "import/VCardProperty.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::VCard)
};

struct Phone
{
    QString number;
    QString type;
};

struct Card
{
    int line = 0;
    QString lastName, firstName, middleName, fullName, company, title, note, url;
    QStringList categories;
    ImportCell birthday;
    QList<Phone> phones;
    QStringList emails;
    QStringList addresses;
    QList<std::pair<QString, QString>> labels; // item group (lower case) → X-ABLabel; a few
    QString labelOf(const QString& group) const
    {
        for (const auto& [g, label] : labels)
            if (g == group)
                return label;
        return {};
    }
};

// The TYPE values that say what a phone is; voice, pref, internet, x-... say nothing.
QString phoneType(const QStringList& types)
{
    static const QStringList kinds = {u"cell"_s,  u"home"_s, u"work"_s,   u"fax"_s,
                                      u"pager"_s, u"main"_s, u"iphone"_s, u"car"_s,
                                      u"video"_s, u"text"_s, u"other"_s};
    QStringList kept;
    for (const QString& t : types) {
        const QString kind = t == u"mobile"_s ? u"cell"_s : t;
        if (kinds.contains(kind) && !kept.contains(kind))
            kept.append(kind);
    }
    return kept.join(u',');
}

// iPhone's labels: "_$!<Mobile>!$_" for its own, the person's words otherwise.
QString labelText(const QString& label)
{
    if (label.startsWith(u"_$!<"_s) && label.endsWith(u">!$_"_s))
        return label.mid(4, label.size() - 8).toLower();
    return label;
}

ImportCell birthdayCell(const QString& raw)
{
    const QString text = raw.trimmed();
    static const QRegularExpression full(u"^(\\d{4})-?(\\d{2})-?(\\d{2})(?:T.*)?$"_s);
    static const QRegularExpression noYear(u"^--(\\d{2})-?(\\d{2})$"_s);
    if (const auto m = full.match(text); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (date.isValid())
            return ImportCell{date.toString(Qt::ISODate), date};
    }
    if (const auto m = noYear.match(text); m.hasMatch())
        return ImportCell{u"--%1-%2"_s.arg(m.captured(1), m.captured(2)), {}};
    return ImportCell{text, {}};
}

QString joinAddress(const QStringList& parts)
{
    // pobox; extended; street; locality; region; code; country — as people write it.
    QStringList kept;
    for (int i : {2, 1, 0, 3, 4, 5, 6}) {
        const QString p = parts.value(i).trimmed();
        if (!p.isEmpty())
            kept.append(p);
    }
    return kept.join(u", "_s);
}

void apply(Card& card, const VCardProperty& p)
{
    const QString& name = p.name;
    if (name == u"N") {
        const QStringList n = splitVCardComponents(p.value);
        card.lastName = n.value(0);
        card.firstName = n.value(1);
        card.middleName = n.value(2);
    } else if (name == u"FN") {
        card.fullName = unescapeVCardText(p.value).trimmed();
    } else if (name == u"ORG") {
        QStringList org = splitVCardComponents(p.value);
        org.removeAll(QString());
        card.company = org.join(u", "_s);
    } else if (name == u"TITLE") {
        card.title = unescapeVCardText(p.value).trimmed();
    } else if (name == u"TEL") {
        QString number = unescapeVCardText(p.value).trimmed();
        if (number.startsWith(u"tel:"_s, Qt::CaseInsensitive))
            number = number.mid(4); // 4.0's VALUE=uri
        if (number.isEmpty())
            return;
        card.phones.append({number, phoneType(p.types)});
        if (!p.group.isEmpty()) // the group's label, once the card is read, names its type
            card.phones.last().type.prepend(u"\x1F"_s + p.group + u"\x1F"_s);
    } else if (name == u"EMAIL") {
        const QString email = unescapeVCardText(p.value).trimmed();
        if (!email.isEmpty())
            card.emails.append(email.startsWith(u"mailto:"_s) ? email.mid(7) : email);
    } else if (name == u"ADR") {
        const QString address = joinAddress(splitVCardComponents(p.value));
        if (!address.isEmpty())
            card.addresses.append(address);
    } else if (name == u"BDAY") {
        card.birthday = birthdayCell(unescapeVCardText(p.value));
    } else if (name == u"NOTE") {
        card.note = unescapeVCardText(p.value).trimmed();
    } else if (name == u"URL") {
        card.url = unescapeVCardText(p.value).trimmed();
    } else if (name == u"CATEGORIES") {
        for (const QString& category : splitVCardComponents(p.value, u',')) {
            if (!category.isEmpty() && !card.categories.contains(category))
                card.categories.append(category);
        }
    } else if (name == u"X-ABLABEL" && !p.group.isEmpty()) {
        card.labels.append({p.group.toLower(), labelText(unescapeVCardText(p.value).trimmed())});
    }
}

// A grouped phone's type: its group's label when it has one, else its TYPE values.
void resolveLabels(Card& card)
{
    for (Phone& phone : card.phones) {
        if (!phone.type.startsWith(u'\x1F'))
            continue;
        const qsizetype end = phone.type.indexOf(u'\x1F', 1);
        const QString group = phone.type.mid(1, end - 1).toLower();
        phone.type = phone.type.mid(end + 1);
        const QString label = card.labelOf(group);
        if (!label.isEmpty())
            phone.type = label;
    }
}

Error refusal(QString message, const char* key, int line)
{
    return readError(std::move(message), key, u"line=%1"_s.arg(line));
}

// Each card's strings move into its row and the card is freed as it goes, so
// the cards and the rows are not both held whole.
ImportSheet toSheet(QList<Card>&& cards)
{
    qsizetype phones = 1, emails = 1, addresses = 1;
    for (const Card& c : cards) {
        phones = std::max(phones, c.phones.size());
        emails = std::max(emails, c.emails.size());
        addresses = std::max(addresses, c.addresses.size());
    }
    ImportSheet sheet;
    sheet.name = u"vCard"_s;
    using namespace vcardColumn;
    sheet.columnKeys = {kLastName.toString(), kFirstName.toString(), kMiddleName.toString(),
                        kFullName.toString(), kCompany.toString(),   kTitle.toString()};
    for (qsizetype i = 1; i <= phones; ++i)
        sheet.columnKeys << u"%1_%2"_s.arg(kPhone).arg(i) << u"%1_%2_type"_s.arg(kPhone).arg(i);
    for (qsizetype i = 1; i <= emails; ++i)
        sheet.columnKeys << u"%1_%2"_s.arg(kEmail).arg(i);
    for (qsizetype i = 1; i <= addresses; ++i)
        sheet.columnKeys << u"%1_%2"_s.arg(kAddress).arg(i);
    sheet.columnKeys << kBirthday.toString() << kNote.toString() << kUrl.toString()
                     << kCategories.toString();
    sheet.columnCount = int(sheet.columnKeys.size());
    sheet.rows.reserve(cards.size());
    for (Card& c : cards) {
        ImportRow row;
        row.source = c.line;
        row.cells.reserve(sheet.columnCount);
        auto text = [&row](QString&& t) { row.cells.append(ImportCell{std::move(t), {}}); };
        for (QString* t :
             {&c.lastName, &c.firstName, &c.middleName, &c.fullName, &c.company, &c.title})
            text(std::move(*t));
        for (qsizetype i = 0; i < phones; ++i) {
            Phone phone = c.phones.value(i);
            text(std::move(phone.number));
            text(std::move(phone.type));
        }
        for (qsizetype i = 0; i < emails; ++i)
            text(c.emails.value(i));
        for (qsizetype i = 0; i < addresses; ++i)
            text(c.addresses.value(i));
        row.cells.append(std::move(c.birthday));
        text(std::move(c.note));
        text(std::move(c.url));
        text(c.categories.join(u", "_s));
        sheet.rows.append(std::move(row));
        c = Card{};
    }
    return sheet;
}

} // namespace

Result<ImportTable> readVCards(const QByteArray& bytes)
{
    if (bytes.contains('\0'))
        return readError(Tr::tr("The file is not a contacts file (vCard): it holds binary data. "
                                "Nothing was read; export the contacts as .vcf again."),
                         "vcard.binary");
    QList<Card> cards;
    std::optional<Card> open;
    const Status read = forEachVCardProperty(bytes, [&](const VCardProperty& p) -> Status {
        const bool begin =
            p.name == u"BEGIN" && p.value.trimmed().compare(u"VCARD"_s, Qt::CaseInsensitive) == 0;
        const bool end =
            p.name == u"END" && p.value.trimmed().compare(u"VCARD"_s, Qt::CaseInsensitive) == 0;
        if (begin) {
            if (open)
                return refusal(Tr::tr("The card that starts on line %1 of the contacts file has "
                                      "no END:VCARD before the next card. Nothing was read; "
                                      "export the contacts again.")
                                   .arg(open->line),
                               "vcard.no-end", open->line);
            open = Card{};
            open->line = p.line;
        } else if (end) {
            if (!open)
                return refusal(Tr::tr("Line %1 of the contacts file ends a card that never "
                                      "began. Nothing was read; export the contacts again.")
                                   .arg(p.line),
                               "vcard.end-without-begin", p.line);
            resolveLabels(*open);
            cards.append(std::move(*open));
            open.reset();
        } else if (!open) {
            return refusal(Tr::tr("Line %1 of the contacts file is outside any card "
                                  "(BEGIN:VCARD ... END:VCARD). Nothing was read; export the "
                                  "contacts again.")
                               .arg(p.line),
                           "vcard.outside-card", p.line);
        } else {
            apply(*open, p);
        }
        return Status::success();
    });
    if (!read)
        return read.error();
    if (open)
        return refusal(Tr::tr("The card that starts on line %1 of the contacts file never "
                              "ends (no END:VCARD): the file seems cut off. Nothing was read; "
                              "export the contacts again.")
                           .arg(open->line),
                       "vcard.no-end", open->line);
    if (cards.isEmpty())
        return readError(Tr::tr("The file holds no contacts (no BEGIN:VCARD). Nothing was read."),
                         "vcard.empty");
    ImportTable table;
    table.sheets.append(toSheet(std::move(cards)));
    return table;
}

} // namespace kartoteka
