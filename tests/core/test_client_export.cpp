#include "TestServer.h"
#include "TestSupport.h"

#include "accounts/Accounts.h"
#include "audit/AuditLog.h"
#include "clients/ClientExport.h"
#include "clients/ClientRepository.h"
#include "clients/VCardWriter.h"
#include "storage/Sql.h"

#include <QFileInfo>

using namespace kartoteka;
using namespace kartoteka::test;
using namespace Qt::StringLiterals;

TEST_CASE("vCards are folded at 75 octets between characters, escaped, with CRLF",
          "[clients][export][vcard]")
{
    Client person;
    person.lastName = u"Шевченко-Квітка-Основ'яненко"_s;
    person.firstName = u"Олександра"_s;
    person.middleName = u"Вікторівна"_s;
    person.companyName = u"ТОВ \"Плитка; Кахель, Декор\""_s;
    person.comment = u"Дзвонити після 18:00\nабо в суботу; не раніше 10\\11"_s;
    person.phones.append({u"mobile"_s, u"050 123 45 67"_s, u"+380501234567"_s});
    person.emails.append({QString(), u"olexandra@example.com"_s});
    person.birthday = QDate(1988, 3, 8);
    Client company;
    company.kind = ClientKind::Company;
    company.companyName = u"Будмайстер"_s;

    const QByteArray cards = vCardOf({person, company});
    CHECK(cards.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
    CHECK(cards.count("BEGIN:VCARD\r\n") == 2);
    CHECK_FALSE(cards.contains("\n\n"));
    for (const QByteArray& line : cards.split('\n')) {
        CHECK(line.size() <= 76); // 75 octets and the CR
        // No line starts in the middle of a character.
        if (!line.isEmpty())
            CHECK((uchar(line.at(line.startsWith(' ') ? 1 : 0)) & 0xC0) != 0x80);
    }
    // Unfolded, the long line is whole again.
    QByteArray unfolded = cards;
    unfolded.replace("\r\n ", "");
    CHECK(unfolded.contains(
        u"NOTE:Дзвонити після 18:00\\nабо в суботу\\; не раніше 10\\\\11\r\n"_s.toUtf8()));
    CHECK(unfolded.contains(
        u"N:Шевченко-Квітка-Основ'яненко;Олександра;Вікторівна;;\r\n"_s.toUtf8()));
    CHECK(unfolded.contains(u"ORG:ТОВ \"Плитка\\; Кахель\\, Декор\"\r\n"_s.toUtf8()));
    CHECK(unfolded.contains("TEL;TYPE=CELL:+380501234567\r\n"));
    CHECK(unfolded.contains("BDAY:1988-03-08\r\n"));
    CHECK(unfolded.contains(u"FN:Будмайстер\r\nORG:Будмайстер\r\n"_s.toUtf8()));
}

TEST_CASE("a client export needs the export capability, reaches only the clients the account "
          "reaches and is audited",
          "[clients][export][accounts]")
{
    TempDir dir;
    KARTOTEKA_ON_EACH_BACKEND(db);
    Accounts accounts(*db);
    requireValue(accounts.createOwner(u"boss"_s, u"Тарас Бондар"_s, u"Owner-pass-1"_s));
    const Account olena =
        requireValue(accounts.add(u"olena"_s, u"Олена Коваль"_s, Role::Manager, u"Temp-pass-1"_s));
    const Account andrii = requireValue(
        accounts.add(u"andrii"_s, u"Андрій Мельник"_s, Role::Manager, u"Temp-pass-2"_s));
    ClientRepository repo(*db);
    for (const auto& [name, manager] :
         {std::pair{u"Кравчук"_s, olena.id}, std::pair{u"Бойко"_s, olena.id},
          std::pair{u"Ткаченко"_s, andrii.id}, std::pair{u"Лисенко"_s, qint64(0)}}) {
        Client c;
        c.lastName = name;
        c.managerId = manager;
        requireOk(repo.create(c));
    }
    const QString file = dir.path(u"clients.vcf"_s);

    // As a manager: refused, nothing written, nothing audited.
    db->setPrincipal(requireValue(accounts.principalOf(olena.id)));
    Result<ClientExportReport> refused = exportClients(*db, ClientExportFormat::VCard, file);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Forbidden);
    CHECK_FALSE(QFileInfo::exists(file));

    // The owner lets managers export: Olena gets her own two clients only.
    db->setPrincipal(Principal{});
    QSet<Capability> managers = requireValue(accounts.capabilitiesOf(Role::Manager));
    managers.insert(Capability::Export);
    requireOk(accounts.setCapabilities(Role::Manager, managers));
    db->setPrincipal(requireValue(accounts.principalOf(olena.id)));
    const ClientExportReport own =
        requireValue(exportClients(*db, ClientExportFormat::VCard, file));
    CHECK(own.rows == 2);
    CHECK(fileBytes(file).count("BEGIN:VCARD") == 2);
    CHECK_FALSE(fileBytes(file).contains(u"Ткаченко"_s.toUtf8()));

    // Whoever sees all clients exports all of them.
    db->setPrincipal(Principal{});
    CHECK(requireValue(exportClients(*db, ClientExportFormat::Csv, dir.path(u"all.csv"_s))).rows ==
          4);

    AuditFilter filter;
    filter.action = auditAction::kExport;
    const QList<AuditEntry> audited = requireValue(readAudit(*db, filter));
    REQUIRE(audited.size() == 2);
    CHECK(audited.last().userId == olena.id);
    CHECK(audited.last().details.value(u"rows"_s).toInt() == 2);
    CHECK(audited.last().details.value(u"format"_s).toString() == u"vcf"_s);
    CHECK(audited.last().details.value(u"file"_s).toString().endsWith(u"clients.vcf"_s));
}
