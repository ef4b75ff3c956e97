#include "documents/DocumentFields.h"

#include "language/Formats.h"
#include "language/Vocative.h"
#include "money/AmountInWords.h"
#include "money/Money.h"

#include <kainjow/mustache.hpp>

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::DocumentFields)
};

// A document's numbers and dates in its own language, the same on every PC
// (not language/Language.h's localeFor, which follows the system's locale).
QLocale localeOf(const QString& language)
{
    if (language == u"uk"_s)
        return QLocale(QLocale::Ukrainian, QLocale::Ukraine);
    if (language == u"ru"_s)
        return QLocale(QLocale::Russian, QLocale::Russia);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

// The few words the program itself writes into a document, in the
// document's language (not the window's: a Russian-speaking manager still
// issues Ukrainian invoices).
struct DocumentWords
{
    const char* number;
    const char* item;
    const char* quantity;
    const char* price;
    const char* discount;
    const char* sum;
    const char* vatPayer;
    const char* notVatPayer;
    const char* yearSuffix; // after a long date: "2 грудня 2026 р."
    const char* draft;
    const char* draftUnnumbered; // a letter's or a greeting's: it has no number
    const char* unsubscribe;     // a mailing's last line; the List-Unsubscribe header says the same
};

const DocumentWords& wordsFor(const QString& language)
{
    static const DocumentWords uk{"№",
                                  "Товар / послуга",
                                  "К-сть",
                                  "Ціна",
                                  "Знижка",
                                  "Сума",
                                  "Платник ПДВ.",
                                  "Не є платником ПДВ.",
                                  " р.",
                                  "ЧЕРНЕТКА — документ не видано, його номер не дійсний",
                                  "ЧЕРНЕТКА — документ не видано",
                                  "Щоб більше не отримувати наших розсилок, дайте відповідь на "
                                  "цей лист словом «відписатися»."};
    static const DocumentWords ru{"№",
                                  "Товар / услуга",
                                  "Кол-во",
                                  "Цена",
                                  "Скидка",
                                  "Сумма",
                                  "Плательщик НДС.",
                                  "Не является плательщиком НДС.",
                                  " г.",
                                  "ЧЕРНОВИК — документ не выдан, его номер не действителен",
                                  "ЧЕРНОВИК — документ не выдан",
                                  "Чтобы больше не получать наших рассылок, ответьте на это "
                                  "письмо словом «отписаться»."};
    static const DocumentWords en{"No.",
                                  "Item",
                                  "Quantity",
                                  "Price",
                                  "Discount",
                                  "Sum",
                                  "VAT registered.",
                                  "Not registered for VAT.",
                                  "",
                                  "DRAFT — not issued, its number is not valid",
                                  "DRAFT — not issued",
                                  "To receive no more of our mailings, reply to this letter with "
                                  "the word \"unsubscribe\"."};
    return language == u"uk"_s ? uk : language == u"ru"_s ? ru : en;
}

QString word(const char* text)
{
    return QString::fromUtf8(text);
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString quantityText(double quantity, const QLocale& locale)
{
    QString text = locale.toString(quantity, 'f', 3);
    // 2.500 → 2,5; 3.000 → 3
    const QChar point = locale.decimalPoint().at(0);
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

QList<DealItem> linesOf(const Deal& deal)
{
    if (!deal.items.isEmpty())
        return deal.items;
    DealItem only;
    only.name = deal.title;
    only.quantity = 1;
    only.priceMinor = deal.amountMinor;
    return {only};
}

QString linesTable(const QVariantList& lines, bool withDiscount, const DocumentWords& w)
{
    const QString cell = u"<td style=\"padding: 3px;\"%1>%2</td>"_s;
    // Amounts stay on one line however long ("12 345 678,90").
    const QString number =
        u"<td style=\"padding: 3px; white-space: nowrap;\" align=\"right\">%1</td>"_s;
    // A heading is one word that never breaks ("Зниж-ка"); in <thead>, so that
    // every page of a long invoice starts with it.
    const QString head = u"<th style=\"padding: 3px; background-color: #eeeeee; "
                         u"white-space: nowrap;\"%1>%2</th>"_s;
    QString html = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                   u"style=\"border-collapse: collapse; border-color: #888888;\"><thead><tr>"_s;
    html += head.arg(u" width=\"6%\""_s, word(w.number)) + head.arg(QString(), word(w.item)) +
            head.arg(u" width=\"12%\""_s, word(w.quantity)) +
            head.arg(u" width=\"16%\""_s, word(w.price));
    if (withDiscount)
        html += head.arg(u" width=\"10%\""_s, word(w.discount));
    html += head.arg(u" width=\"18%\""_s, word(w.sum)) + u"</tr></thead><tbody>"_s;
    const QString right = u" align=\"right\""_s;
    for (const QVariant& v : lines) {
        const QVariantMap line = v.toMap();
        html += u"<tr>"_s + cell.arg(right, line[u"n"_s].toString()) +
                cell.arg(QString(), escaped(line[u"name"_s].toString())) +
                number.arg(escaped(line[u"quantity"_s].toString())) +
                number.arg(escaped(line[u"price"_s].toString()));
        if (withDiscount)
            html += number.arg(escaped(line.value(u"discount"_s).toString()));
        html += number.arg(escaped(line[u"sum"_s].toString())) + u"</tr>"_s;
    }
    return html + u"</tbody></table>"_s;
}

QString imageTag(const QByteArray& bytes, const QString& url, int heightPx)
{
    if (bytes.isEmpty())
        return {};
    return u"<img src=\"%1\" height=\"%2\">"_s.arg(url).arg(heightPx);
}

// Empty values are left out, so that {{#client.tax_id}}…{{/client.tax_id}}
// shows its text only when there is a tax ID.
void putText(QVariantMap& map, const QString& key, const QString& value)
{
    if (!value.trimmed().isEmpty())
        map.insert(key, value.trimmed());
}

QString firstPhone(const Client& c)
{
    return c.phones.isEmpty() ? QString() : c.phones.first().raw;
}

QString firstEmail(const Client& c)
{
    return c.emails.isEmpty() ? QString() : c.emails.first().address;
}

kainjow::mustache::data toData(const QVariant& value)
{
    using kainjow::mustache::data;
    if (value.typeId() == QMetaType::QVariantMap) {
        data object{data::type::object};
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.set(it.key().toStdString(), toData(it.value()));
        return object;
    }
    if (value.typeId() == QMetaType::QVariantList) {
        data list{data::type::list};
        for (const QVariant& item : value.toList())
            list.push_back(toData(item));
        return list;
    }
    if (value.typeId() == QMetaType::Bool)
        return data{value.toBool() ? data::type::bool_true : data::type::bool_false};
    return data{value.toString().toStdString()};
}

} // namespace

qint64 documentTotal(const Deal& deal)
{
    if (deal.items.isEmpty())
        return deal.amountMinor;
    qint64 total = 0;
    for (const DealItem& item : deal.items)
        total += item.totalMinor();
    return total;
}

qint64 vatWithin(qint64 total, int ratePercent)
{
    if (ratePercent <= 0)
        return 0;
    // Half up: total × rate / (100 + rate).
    const qint64 divisor = 100 + ratePercent;
    return (total * ratePercent * 2 + divisor) / (2 * divisor);
}

QVariantMap documentFields(const DocumentSource& source, const QString& language)
{
    const QLocale locale = localeOf(language);
    const DocumentWords& w = wordsFor(language);
    const QString currency = source.deal && !source.deal->currency.isEmpty() ? source.deal->currency
                                                                             : source.shop.currency;
    const auto money = [&](qint64 minor) { return formatMoney(minor, currency, locale); };

    QVariantMap shop;
    putText(shop, u"name"_s, source.shop.name);
    putText(shop, u"legal_form"_s, source.details.legalForm);
    putText(shop, u"tax_id"_s, source.details.taxId);
    putText(shop, u"iban"_s, source.details.iban);
    putText(shop, u"bank"_s, source.details.bank);
    putText(shop, u"address"_s, source.details.address);
    putText(shop, u"phone"_s, source.details.phone);
    putText(shop, u"email"_s, source.details.email);
    putText(shop, u"website"_s, source.details.website);
    putText(shop, u"vat_status"_s, word(source.details.vatPayer ? w.vatPayer : w.notVatPayer));
    putText(shop, u"logo"_s, imageTag(source.details.logo, kDocumentLogoUrl, 60));
    putText(shop, u"signature"_s, imageTag(source.details.signature, kDocumentSignatureUrl, 80));

    QVariantMap fields;
    fields.insert(u"shop"_s, shop);

    if (source.client) {
        const Client& c = *source.client;
        QVariantMap client;
        putText(client, u"name"_s, c.displayName());
        // Who buys: the company a person works for comes first on an invoice.
        const QString company = c.companyName.trimmed();
        putText(client, u"buyer"_s,
                company.isEmpty() || company == c.displayName()
                    ? c.displayName()
                    : QString(company + u", "_s + c.displayName()));
        // How a letter addresses them: a person by first and middle name
        // ("Андрій Васильович"; in Ukrainian in the vocative, "Андрію
        // Васильовичу"), a company by its name.
        const QString personal =
            language == u"uk"_s
                ? ukrainianVocative(c.firstName, c.middleName)
                : QStringList{c.firstName.trimmed(), c.middleName.trimmed()}.join(u' ').trimmed();
        putText(client, u"greeting_name"_s,
                c.kind == ClientKind::Person && !c.firstName.trimmed().isEmpty() ? personal
                                                                                 : c.displayName());
        putText(client, u"first_name"_s, c.firstName);
        putText(client, u"last_name"_s, c.lastName);
        putText(client, u"middle_name"_s, c.middleName);
        putText(client, u"company"_s, c.companyName);
        putText(client, u"job_title"_s, c.jobTitle);
        putText(client, u"tax_id"_s, c.taxId);
        putText(client, u"bank"_s, c.bankName);
        putText(client, u"iban"_s, c.bankAccount);
        putText(client, u"bank_code"_s, c.bankCode);
        putText(client, u"address"_s,
                c.actualAddress.trimmed().isEmpty() ? c.deliveryAddress : c.actualAddress);
        putText(client, u"delivery_address"_s, c.deliveryAddress);
        putText(client, u"phone"_s, firstPhone(c));
        putText(client, u"email"_s, firstEmail(c));
        if (c.birthday.isValid())
            putText(client, u"birthday"_s, formatDate(c.birthday, locale));
        fields.insert(u"client"_s, client);
    }

    if (source.deal) {
        const Deal& d = *source.deal;
        const qint64 total = documentTotal(d);
        QVariantMap deal;
        putText(deal, u"title"_s, d.title);
        putText(deal, u"id"_s, QString::number(d.id));
        putText(deal, u"stage"_s, source.stageName);
        putText(deal, u"amount"_s, money(d.amountMinor));
        putText(deal, u"manager"_s, source.managerName);
        fields.insert(u"deal"_s, deal);

        QVariantList lines;
        bool withDiscount = false;
        int n = 0;
        for (const DealItem& item : linesOf(d)) {
            QVariantMap line;
            line.insert(u"n"_s, QString::number(++n));
            line.insert(u"name"_s, item.name);
            line.insert(u"quantity"_s, quantityText(item.quantity, locale));
            line.insert(u"price"_s, formatMajor(item.priceMinor, locale));
            if (item.discountPercent > 0) {
                withDiscount = true;
                line.insert(u"discount"_s,
                            QString(quantityText(item.discountPercent, locale) + u" %"_s));
            }
            line.insert(u"sum"_s, formatMajor(item.totalMinor(), locale));
            lines.append(line);
        }
        fields.insert(u"lines"_s, lines);
        fields.insert(u"lines_table"_s, linesTable(lines, withDiscount, w));
        fields.insert(u"total"_s, money(total));
        fields.insert(u"total_in_words"_s, amountInWords(total, currency, language));
        const bool vat = source.details.vatPayer && source.details.vatRatePercent > 0;
        const qint64 vatAmount = vat ? vatWithin(total, source.details.vatRatePercent) : 0;
        QVariantMap vatFields;
        vatFields.insert(u"payer"_s, vat);
        vatFields.insert(u"rate"_s, QString::number(source.details.vatRatePercent));
        vatFields.insert(u"amount"_s, money(vatAmount));
        vatFields.insert(u"without"_s, money(total - vatAmount));
        fields.insert(u"vat"_s, vatFields);
    }

    QVariantMap document;
    if (source.number > 0)
        document.insert(u"number"_s, QString::number(source.number));
    const QDate date = source.date.isValid() ? source.date : QDate::currentDate();
    document.insert(u"date"_s, date.toString(u"dd.MM.yyyy"_s));
    document.insert(u"date_long"_s,
                    QString(locale.toString(date, u"d MMMM yyyy"_s) + word(w.yearSuffix)));
    document.insert(u"year"_s, QString::number(date.year()));
    fields.insert(u"document"_s, document);

    putText(fields, u"text"_s, source.text);

    QVariantMap person;
    putText(person, u"name"_s, source.personName);
    fields.insert(u"person"_s, person);
    return fields;
}

QString draftBannerHtml(const QString& language, bool numbered)
{
    return u"<p style=\"color: #b00020; font-weight: bold;\" align=\"center\">%1</p>"_s.arg(
        word(numbered ? wordsFor(language).draft : wordsFor(language).draftUnnumbered));
}

QString unsubscribeHtml(const QString& language)
{
    return u"<p style=\"color: #666666; font-size: 8pt;\">%1</p>"_s.arg(
        escaped(word(wordsFor(language).unsubscribe)));
}

Result<QString> fillTemplate(const QString& text, const QVariantMap& fields)
{
    kainjow::mustache::mustache tmpl(text.toStdString());
    if (!tmpl.is_valid())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The template has a field that is not closed or a section without "
                                "its end ({{#…}} needs {{/…}}). Correct the template in "
                                "Administration → Templates."),
                         QString::fromStdString(tmpl.error_message()));
    const std::string out = tmpl.render(toData(fields));
    if (!tmpl.is_valid())
        return makeError(ErrorKind::Invalid,
                         Tr::tr("The template could not be filled in. Correct it in "
                                "Administration → Templates."),
                         QString::fromStdString(tmpl.error_message()));
    return QString::fromStdString(out);
}

QList<DocumentFieldInfo> documentFieldList()
{
    return {
        {u"shop.name"_s, Tr::tr("Shop: name")},
        {u"shop.legal_form"_s, Tr::tr("Shop: legal form")},
        {u"shop.tax_id"_s, Tr::tr("Shop: tax ID")},
        {u"shop.vat_status"_s, Tr::tr("Shop: VAT status")},
        {u"shop.iban"_s, Tr::tr("Shop: IBAN")},
        {u"shop.bank"_s, Tr::tr("Shop: bank")},
        {u"shop.address"_s, Tr::tr("Shop: address")},
        {u"shop.phone"_s, Tr::tr("Shop: phone")},
        {u"shop.email"_s, Tr::tr("Shop: e-mail")},
        {u"shop.website"_s, Tr::tr("Shop: website")},
        {u"shop.logo"_s, Tr::tr("Shop: logo"), true},
        {u"shop.signature"_s, Tr::tr("Shop: signature and stamp"), true},
        {u"client.name"_s, Tr::tr("Client: name")},
        {u"client.buyer"_s, Tr::tr("Client: company and name (the buyer)")},
        {u"client.greeting_name"_s, Tr::tr("Client: name to address them by")},
        {u"client.first_name"_s, Tr::tr("Client: first name")},
        {u"client.company"_s, Tr::tr("Client: company")},
        {u"client.tax_id"_s, Tr::tr("Client: tax ID")},
        {u"client.iban"_s, Tr::tr("Client: bank account")},
        {u"client.bank"_s, Tr::tr("Client: bank")},
        {u"client.address"_s, Tr::tr("Client: address")},
        {u"client.phone"_s, Tr::tr("Client: phone")},
        {u"client.email"_s, Tr::tr("Client: e-mail")},
        {u"deal.title"_s, Tr::tr("Deal: title")},
        {u"deal.amount"_s, Tr::tr("Deal: amount")},
        {u"deal.stage"_s, Tr::tr("Deal: stage")},
        {u"deal.manager"_s, Tr::tr("Deal: manager")},
        {u"lines_table"_s, Tr::tr("Deal: table of lines"), true},
        {u"total"_s, Tr::tr("Total")},
        {u"total_in_words"_s, Tr::tr("Total in words")},
        {u"vat.amount"_s, Tr::tr("VAT amount")},
        {u"vat.rate"_s, Tr::tr("VAT rate")},
        {u"vat.without"_s, Tr::tr("Total without VAT")},
        {u"document.number"_s, Tr::tr("Document: number")},
        {u"document.date"_s, Tr::tr("Document: date")},
        {u"document.date_long"_s, Tr::tr("Document: date in words")},
        {u"person.name"_s, Tr::tr("Who issues it: name")},
        {u"text"_s, Tr::tr("The letter's own text")},
    };
}

} // namespace kartoteka
