// kartoteka_mailing_bench: what a mailing costs.
//   kartoteka_mailing_bench [--letters N] [--dir DIR]
// Starts Debian's aiosmtpd (tests/support/smtp_sink.py) on 127.0.0.1, makes
// a database of --letters clients with an e-mail (default 1,000), and times:
// the mailing kept (every letter filled in from the letter template and
// written, one transaction), then sent without a limit per minute — each
// letter claimed, handed to the server and recorded — and, beside it, the same
// number of letters handed to the server by sendMail alone (no database), the
// floor the mailing stands on.
#include "BenchSupport.h"

#include "clients/ClientRepository.h"
#include "firstrun/ShopProfile.h"
#include "mail/Mailings.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::bench;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("KARTOTEKA_KEYCHAIN", "off");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"kartoteka.*.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"letters"_s, u"Letters in the mailing."_s, u"N"_s, u"1000"_s});
    parser.addOption(
        {u"dir"_s, u"Folder for the database (default: a temporary one)."_s, u"DIR"_s});
    parser.process(app);
    const int letters = std::max(1, parser.value(u"letters"_s).toInt());
    QTemporaryDir temp;
    const QString dir = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : temp.path();

    QProcess sink;
    const QString python =
        QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
    sink.start(python,
               {QStringLiteral(KARTOTEKA_SMTP_SINK), u"--dir"_s, QDir(dir).filePath(u"mail"_s)});
    QByteArray line;
    while (!line.contains('\n') && sink.waitForReadyRead(15000))
        line += sink.readAllStandardOutput();
    if (!line.startsWith("ready ")) {
        std::fprintf(stderr, "bench: the SMTP sink did not start (python3-aiosmtpd?): %s\n",
                     sink.readAllStandardError().constData());
        return 1;
    }
    MailAccount account;
    account.host = u"127.0.0.1"_s;
    account.port = line.mid(6).trimmed().toInt();
    account.security = SmtpAccount::Security::None;
    account.fromAddress = u"shop@example.com"_s;
    const SmtpAccount smtp = smtpAccount(account, {});

    const QString path = QDir(dir).filePath(u"mailing-bench.sqlite"_s);
    QFile::remove(path);
    auto db = need(openDatabase({path, ModeChoice::Local, true}));
    ShopProfile profile;
    profile.name = u"Будмайстер"_s;
    need(saveShopProfile(*db, profile));
    need(saveMailAccount(*db, account));
    QList<Client> clients;
    for (int i = 0; i < letters; ++i) {
        Client c;
        c.lastName = u"Коваленко"_s;
        c.firstName = u"Олена %1"_s.arg(i);
        c.emails.append({QString(), u"client%1@example.org"_s.arg(i)});
        clients.append(c);
    }
    need(ClientRepository(*db).createMany(clients));

    MailingRequest request;
    request.templateName = u"letter.uk"_s;
    request.text = u"До кінця тижня — знижка 10% на всю плитку. Чекаємо на вас!"_s;
    QElapsedTimer kept;
    kept.start();
    const qint64 id = need(startMailing(*db, request));
    const double keptS = elapsedMs(kept) / 1000.0;
    MailingControl control;
    QElapsedTimer sent;
    sent.start();
    const MailingStatus status = need(runMailing(*db, id, Senders{account, smtp, {}, {}}, control));
    const double sentS = elapsedMs(sent) / 1000.0;
    std::printf("mailing of %d letters kept (filled in and written) in %.1f s\n", letters, keptS);
    std::printf("mailing of %d letters sent (claimed, sent, recorded) in %.1f s: %.1f ms each; "
                "%d sent, %d not sent\n",
                letters, sentS, sentS * 1000.0 / letters, status.sent, status.failed);

    // The floor: the same letters to the same server, no database.
    const Letter one = need(previewMailing(*db, request, clients.first().id));
    MailMessage message;
    message.from = {profile.name, account.fromAddress};
    message.subject = one.subject;
    message.text = one.text;
    message.html = one.html;
    QElapsedTimer raw;
    raw.start();
    for (int i = 0; i < letters; ++i) {
        message.to = {{one.toName, u"client%1@example.org"_s.arg(i)}};
        if (const auto failure = sendMail(smtp, message))
            die(failure->error);
    }
    const double rawS = elapsedMs(raw) / 1000.0;
    std::printf("the same %d letters by sendMail alone in %.1f s: %.1f ms each (the mailing: "
                "%.2f× that)\n",
                letters, rawS, rawS * 1000.0 / letters, sentS / rawS);
    sink.kill();
    sink.waitForFinished(5000);
    return status.sent == letters ? 0 : 1;
}
