// kartoteka-cli: the scripting and admin interface. Thin: parses, then calls core.
#include "CliContext.h"
#include "CommandHelp.h"

#include "language/Language.h"
#include "workspace/AppIdentity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;
using namespace kartoteka;

namespace {

// Two lines of every --help (this program's and the desktop one's) that Qt's
// own Ukrainian catalogue (Qt 6.4) lacks: ours has them. Qt's catalogue is
// installed after ours, so wherever it has a line, its line is shown.
[[maybe_unused]] constexpr const char* kQtHelpLines[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options.")};

// A QGuiApplication started by root or from a service (no login session)
// warns on stderr that XDG_RUNTIME_DIR is unset, and Qt then uses a folder of
// its own: harmless, but stderr carries the --json errors scripts read.
QtMessageHandler qtHandler = nullptr;
void withoutRuntimeDirWarning(QtMsgType type, const QMessageLogContext& context,
                              const QString& text)
{
    if (type == QtWarningMsg && text.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"_s))
        return;
    if (qtHandler)
        qtHandler(type, context, text);
    else
        fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, text)));
}

} // namespace

int main(int argc, char* argv[])
{
    // Documents are laid out as PDF pages with Qt Gui's text engine and fonts,
    // which need a QGuiApplication: an offscreen one, as the CLI never shows
    // a window. Every other command stays a plain QCoreApplication.
    bool makesDocuments = false;
    for (int i = 1; i < argc; ++i)
        makesDocuments =
            makesDocuments || qstrcmp(argv[i], "documents") == 0 || qstrcmp(argv[i], "mail") == 0;
    if (makesDocuments) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qtHandler = qInstallMessageHandler(withoutRuntimeDirWarning);
    }
    std::unique_ptr<QCoreApplication> application =
        makesDocuments ? std::make_unique<QGuiApplication>(argc, argv)
                       : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    setApplicationIdentity();
    // Scripts and terminals say their language through LANG / LC_ALL.
    useLanguage(app, systemLanguage());
    // Log lines would mix with the answer that scripts read.
    // (Qt's image readers explain a damaged picture in English on stderr: our
    // refusal says it in the person's words.)
    QLoggingCategory::setFilterRules(
        u"kartoteka.*.debug=false\nkartoteka.*.info=false\nqt.gui.imageio=false"_s);

    const std::map<QString, std::function<int(const cli::CliContext&)>> commands{
        {u"init"_s, cli::runInit},
        {u"check"_s, cli::runCheck},
        {u"migrate"_s, cli::runMigrate},
        {u"backup"_s, cli::runBackup},
        {u"backups"_s, cli::runBackups},
        {u"verify"_s, cli::runVerify},
        {u"restore"_s, cli::runRestore},
        {u"clients"_s, cli::runClients},
        {u"interactions"_s, cli::runInteractions},
        {u"demo"_s, cli::runDemo},
        {u"paths"_s, cli::runPaths},
        {u"pipelines"_s, cli::runPipelines},
        {u"deals"_s, cli::runDeals},
        {u"catalog"_s, cli::runCatalog},
        {u"report"_s, cli::runReport},
        {u"users"_s, cli::runUsers},
        {u"audit"_s, cli::runAudit},
        {u"shop"_s, cli::runShop},
        {u"imports"_s, cli::runImports},
        {u"tasks"_s, cli::runTasks},
        {u"today"_s, cli::runToday},
        {u"rules"_s, cli::runRules},
        {u"templates"_s, cli::runTemplates},
        {u"documents"_s, cli::runDocuments},
        {u"mail"_s, cli::runMail},
        {u"mailing"_s, cli::runMailing},
        {u"sms"_s, cli::runSms},
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kartoteka::cli",
        "Kartoteka from the command line.\n\n"
        "On a database with accounts, sign in with --user LOGIN before the command; the\n"
        "password comes from KARTOTEKA_PASSWORD or is asked on the terminal, never from\n"
        "the command line (paths, verify and --help need no sign-in).\n\nCommands:\n"
        "  init --owner LOGIN [--name \"Full Name\"] [--shared|--local] [--locale uk|ru|en]\n"
        "                           create, or open and upgrade, a database; a new one (or\n"
        "                           one from before accounts) gets its owner's account\n"
        "  users add LOGIN --name \"Full Name\" --role owner|admin|senior|manager\n"
        "                           (temporary password from KARTOTEKA_NEW_PASSWORD or asked)\n"
        "  users list | users set-role LOGIN ROLE\n"
        "  users set-password [LOGIN]  someone's temporary password, or your own\n"
        "  users deactivate LOGIN [--hand-over-to LOGIN]...  their clients and open deals\n"
        "                           go to the colleagues named, in turn\n"
        "  audit [--user LOGIN] [--action NAME] [--from D] [--to D] [--client ID]\n"
        "                           who did what (a --user after audit filters)\n"
        "  clients export --format csv|xlsx|vcf --out FILE [TEXT] [--columns KEY,KEY...]\n"
        "              [--status S] [--type T] [--source S] [--manager M] [--tag T] [--archived]\n"
        "              [--sort name|company|status|manager] [--desc]\n"
        "                           the clients the search and filters find, as clients list;\n"
        "                           --columns: number, name, company, job_title, phones,\n"
        "                           phone_types, emails, birthday, gender, tax_id, type, status,\n"
        "                           source, manager, address, delivery_address, website, tags,\n"
        "                           comment, custom:ID\n"
        "  clients import FILE.xlsx|csv|txt|vcf [--sheet NAME] [--header-row N]\n"
        "              [--map \"COLUMN=field\"]... [--encoding utf-8|windows-1251|utf-16le]\n"
        "              [--on-duplicate skip|fill|create] [--value \"status:VIP=Regular\"]...\n"
        "              [--new-values create|empty] [--dry-run]\n"
        "                           bring clients in; columns are guessed from the headers;\n"
        "                           duplicates by phone, e-mail or tax ID are skipped unless\n"
        "                           --on-duplicate says otherwise; the import can be undone\n"
        "  imports list | imports undo BATCH\n"
        "                           earlier imports; undo removes the clients an import added\n"
        "                           and restores the ones it filled, unless changed since\n"
        "  shop show                the shop's name and details that documents carry\n"
        "  shop set [--name N] [--legal-form F] [--tax-id ID] [--vat yes|no] [--vat-rate N]\n"
        "           [--iban IBAN] [--bank B] [--address A] [--phone P] [--email E]\n"
        "           [--website W] [--logo FILE.png|none] [--signature FILE.png|none]\n"
        "                           change them (owner and admins)\n"
        "  templates list           document templates: invoices, proposals, delivery notes,\n"
        "                           letters, greetings, in Ukrainian, Russian and English\n"
        "  documents make --template NAME (--deal ID | --client ID) --out FILE.pdf\n"
        "                 [--date YYYY-MM-DD] [--text T] [--send [--to ADDRESS]] [--dry-run]\n"
        "                           issue a document (an invoice takes the year's next\n"
        "                           number) and write its PDF; a letter's text: --text;\n"
        "                           --send: mail it to the client; --dry-run: a draft only\n"
        "  documents list --client ID | --deal ID   the documents issued\n"
        "  documents get ID --out FILE.pdf          a document's PDF as it was issued\n"
        "  mail show | mail set [--host H] [--port N] [--security starttls|ssl|none]\n"
        "           [--login L] [--from-address A] [--from-name N]\n"
        "                           the shop's outgoing mail account (owner and admins)\n"
        "  mail password [--forget] this PC's password for it (KARTOTEKA_MAIL_PASSWORD or\n"
        "                           asked), kept in the system's keychain or encrypted\n"
        "  mail test                connect and sign in, send nothing\n"
        "  mail send --client ID (--template NAME | --subject S) [--text T] [--to ADDRESS]\n"
        "            [--deal ID] [--attach-document ID] [--dry-run]\n"
        "                           a letter to the client, kept on their timeline\n"
        "  mail letters --client ID | mail retry LETTER [--yes]\n"
        "                           the letters and SMS to a client; send a failed one again\n"
        "                           (--yes: one its sender left unanswered, which may have gone)\n"
        "  mail outbox              send the letters and SMS automation rules queued (an open\n"
        "                           window does it every minute; for cron on a server)\n"
        "  mailing start (--template NAME | --sms --text T) [TEXT] [--status S] [--type T]\n"
        "              [--source S] [--manager M] [--tag T] [--subject S] [--text T]\n"
        "              [--per-minute N] [--dry-run]\n"
        "                           a letter (or an SMS) to every client clients list finds\n"
        "                           that has an e-mail (a phone) and did not ask for no mailings\n"
        "  mailing resume|status|cancel ID | mailing list\n"
        "                           go on after a stop (nobody gets a letter twice), how far\n"
        "                           it got, stop it for good; the mailings\n"
        "  mailing opt-out|opt-in ID  the client asked for no mailings (the card's box), or\n"
        "                           takes them again\n"
        "  sms show | sms set [--url URL] [--method GET|POST] [--header \"Name: value\"]...\n"
        "          [--body B] [--accepted TEXT] [--sender NAME]\n"
        "                           the shop's SMS service as an HTTP request; URL, headers\n"
        "                           and body take {phone}, {phone_digits}, {text}, {sender},\n"
        "                           {token} (owner and admins)\n"
        "  sms token [--forget]     this PC's key for it (KARTOTEKA_SMS_TOKEN or asked)\n"
        "  sms test --to PHONE [--text T]   one message through the service\n"
        "  sms send --client ID --text T [--to PHONE]\n"
        "                           an SMS to the client, kept on their timeline; {client}\n"
        "                           and {manager} in T become their name and their manager's\n"
        "  shop language [uk|ru|en] the language of the ready-made lists and stages; with\n"
        "                           a language, translates the names nobody has changed\n"
        "                           (owner and admins)\n"
        "  check                    integrity check, schema version and mode\n"
        "  migrate --to postgresql://SERVER/DATABASE [--dry-run]\n"
        "                           copy the base into an empty server database; the file\n"
        "                           stays as it is (server password: PGPASSWORD, ~/.pgpass)\n"
        "  backup [--to DIR]        make a verified backup now\n"
        "  backups [--dir DIR]      list backups and verify each\n"
        "  backups owner-key        set the owner's passphrase (KARTOTEKA_PASSPHRASE or asked)\n"
        "  backups owner-folder DIR every backup also goes there, encrypted for the owner\n"
        "  verify FILE              check a backup file without touching the database\n"
        "                           (an owner's copy: with KARTOTEKA_PASSPHRASE or asked)\n"
        "  restore FILE --yes [--other-database] [--unverified]\n"
        "                           restore a backup (a safety copy is taken first)\n"
        "  clients add --name \"Last First Middle\" [--company C] [--phone P]... [--email E]...\n"
        "              [--type T] [--status S] [--source S] [--manager M] [--birthday YYYY-MM-DD]\n"
        "  clients find QUERY [--limit N]   the same matching as the search box\n"
        "  clients list [TEXT] [--sort name|company|status|manager] [--desc] [--limit N]\n"
        "              [--after CURSOR] [--status S] [--type T] [--source S] [--manager M] [--tag "
        "T]\n"
        "              [--archived]\n"
        "                                   a page of the list, as the Clients screen pages it;\n"
        "                                   the next page: --after the cursor it prints\n"
        "  clients show ID                  the card with its timeline\n"
        "  clients duplicates               clients sharing a tax ID, phone or e-mail, or a name\n"
        "                                   with an address or company, most certain first\n"
        "  clients merge KEEP_ID OTHER_ID... [--take FIELD=ID]...\n"
        "                                   one card from duplicates: the others' phones, "
        "e-mails,\n"
        "                                   tags, timeline, deals and people move to KEEP_ID; a\n"
        "                                   field empty there is taken from the others, or from\n"
        "                                   the card --take names (status=12, first_name=15)\n"
        "  clients unmerge MERGE_ID         the merged cards back, unless the kept one changed\n"
        "  clients merges                   earlier merges\n"
        "  clients not-duplicates [--forget] ID ID...\n"
        "                                   they are not duplicates: not listed together again\n"
        "                                   (--forget: they may be listed again)\n"
        "  interactions add --client ID --kind note|call|email|meeting|message|purchase\n"
        "              [--amount A] [--at ISO] --text T\n"
        "  demo [--clients N] [--seed S] [--locale uk|ru|en]\n"
        "                                   a new database of realistic data, with accounts\n"
        "                                   for its owner and staff (it prints the password)\n"
        "  paths                    where the default database, backups and demo live\n"
        "  pipelines                pipelines with their stages\n"
        "  deals add --client ID --title T [--amount A] [--pipeline P] [--stage S] [--manager M]\n"
        "  deals move ID --stage NAME [--reason R] [--at ISO]\n"
        "  deals list [--pipeline P] [--stage S] [--open|--closed] [--limit N]\n"
        "  tasks add --title T [--client ID] [--deal ID] [--kind K] [--due YYYY-MM-DD[THH:MM]]\n"
        "            [--remind 15m|2h|1d|YYYY-MM-DDTHH:MM]... [--repeat RRULE] [--for LOGIN]\n"
        "            [--notes TEXT]\n"
        "                           a task (--repeat: FREQ=WEEKLY;BYDAY=MO,TH and the like)\n"
        "  tasks list [--for LOGIN] [--client ID] [--from D] [--to D] [--overdue]\n"
        "                           open tasks of a week from today (repeats expanded)\n"
        "  tasks done ID [--day D] [--result TEXT] | tasks cancel ID [--day D]\n"
        "                           a repeating task's day, or the whole task; a done task\n"
        "                           with a client goes to their timeline\n"
        "  today [--for LOGIN|--all]  the Today screen: overdue, today's and tomorrow's tasks,\n"
        "                           regular clients to call, birthdays, deals forgotten on the\n"
        "                           board (yours; --all: everyone's you reach)\n"
        "  rules list               automation rules: when each runs, what it does, how often\n"
        "                           it ran and why it last failed\n"
        "  rules add --name N --when deal-stage|deal-won|deal-lost|client-created|birthday|\n"
        "            contact-overdue [--stage S] [--pipeline P] [--days N] [--source S]\n"
        "            [--type T] [--manager M] [--min-amount A] [--task TITLE [--kind K]\n"
        "            [--for LOGIN] [--in 2d|4h|1d3h]] [--set FIELD=VALUE]... [--note TEXT]\n"
        "            [--send-email TEMPLATE [--attach TEMPLATE] [--email-text T]]\n"
        "            [--send-sms TEXT]\n"
        "                           a rule (owner and admins); titles, notes and texts take\n"
        "                           {client}, {deal}, {stage}, {amount}, {manager}, {birthday},\n"
        "                           {days}; --send-email: a letter from a template (--attach: "
        "with\n"
        "                           a document made from the deal), sent by mail outbox or an\n"
        "                           open window;\n"
        "                           --set client.status|client.contact_type|client.manager|\n"
        "                           deal.manager=NAME\n"
        "  rules enable|disable|remove ID\n"
        "  rules run                the daily rules (birthdays, clients overdue for contact)\n"
        "                           now; each runs once per event, whoever runs it first\n"
        "  catalog import FILE.csv [--dry-run] [--deactivate-missing] [--yes]\n"
        "                           sync the catalog with accounting's export; products not in\n"
        "                           the file stay on sale unless --deactivate-missing\n"
        "  catalog list [TEXT] [--all]           products (--all: inactive ones too)\n"
        "  report funnel|sales|channels|managers|clients|drifting\n"
        "         [--from D] [--to D] [--period this-month|last-month|quarter|year|all]\n"
        "         [--pipeline P] [--manager M] [--by day|week|month|quarter]\n"
        "         [--format csv|xlsx --out FILE]   the report's table, as the screen exports it\n"
        "                           the owner's reports; drifting: regular clients to call as "
        "of --to"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s,
        QCoreApplication::translate("kartoteka::cli", "Database file (default: %1).")
            .arg(defaultDatabasePath()),
        QCoreApplication::translate("kartoteka::cli", "PATH"));
    const QCommandLineOption jsonOption(
        u"json"_s, QCoreApplication::translate("kartoteka::cli", "Answer with one JSON document."));
    const QCommandLineOption sharedOption(
        u"shared"_s,
        QCoreApplication::translate("kartoteka::cli",
                                    "Open in shared mode (a network folder used by several PCs)."));
    const QCommandLineOption localOption(
        u"local"_s, QCoreApplication::translate("kartoteka::cli", "Open in local mode (one PC)."));
    const QCommandLineOption toOption(
        u"to"_s,
        QCoreApplication::translate(
            "kartoteka::cli",
            "backup: the folder to write to; migrate: the server database; report: the last "
            "day, YYYY-MM-DD; mail send, documents make --send: the address (default: the "
            "client's first e-mail); sms send, sms test: the phone."),
        QCoreApplication::translate("kartoteka::cli", "DIR"));
    const QCommandLineOption dirOption(
        u"dir"_s, QCoreApplication::translate("kartoteka::cli", "backups: the folder to list."),
        QCoreApplication::translate("kartoteka::cli", "DIR"));
    const QCommandLineOption yesOption(
        u"yes"_s, QCoreApplication::translate("kartoteka::cli",
                                              "restore: yes, replace the data; catalog import: "
                                              "yes, take most of the catalog off sale, or set "
                                              "prices of 0; mail retry: yes, send it again."));
    parser.addOptions(
        {dbOption, jsonOption, sharedOption, localOption, toOption, dirOption, yesOption});
    parser.addOption(QCommandLineOption(
        u"other-database"_s,
        QCoreApplication::translate("kartoteka::cli",
                                    "restore: yes, the backup is of another database.")));
    parser.addOption(QCommandLineOption(
        u"unverified"_s,
        QCoreApplication::translate("kartoteka::cli",
                                    "restore: yes, restore a backup without a checksum.")));
    parser.addOption(QCommandLineOption(
        u"dry-run"_s,
        QCoreApplication::translate("kartoteka::cli",
                                    "catalog import, clients import: show, do not change.")));
    parser.addOption(QCommandLineOption(
        u"deactivate-missing"_s,
        QCoreApplication::translate("kartoteka::cli",
                                    "catalog import: take products not in the file off sale "
                                    "(with --yes when they are most of the catalog).")));
    parser.addOption(QCommandLineOption(
        u"all"_s,
        QCoreApplication::translate("kartoteka::cli",
                                    "catalog list: inactive products too; today: everyone's.")));
    parser.addOption(QCommandLineOption(
        u"create-missing"_s,
        QCoreApplication::translate("kartoteka::cli",
                                    "clients add, deals add|move: add a type, status, source, "
                                    "manager or loss reason that is not in its list yet.")));
    parser.addOption(QCommandLineOption(
        u"desc"_s,
        QCoreApplication::translate("kartoteka::cli", "clients list: in the reverse order.")));
    parser.addOption(QCommandLineOption(
        u"forget"_s,
        QCoreApplication::translate("kartoteka::cli",
                                    "clients not-duplicates: forget it; they may be listed again; "
                                    "mail password: this PC forgets it.")));
    parser.addOption(QCommandLineOption(
        u"sms"_s,
        QCoreApplication::translate("kartoteka::cli", "mailing start: an SMS mailing of --text.")));
    parser.addOption(QCommandLineOption(
        u"send"_s, QCoreApplication::translate(
                       "kartoteka::cli", "documents make: mail the document to the client.")));
    parser.addOption(QCommandLineOption(
        u"archived"_s,
        QCoreApplication::translate("kartoteka::cli",
                                    "clients list|export: the archived clients instead.")));
    parser.addOption(QCommandLineOption(
        u"open"_s, QCoreApplication::translate("kartoteka::cli", "deals list: open deals only.")));
    parser.addOption(QCommandLineOption(
        u"overdue"_s,
        QCoreApplication::translate("kartoteka::cli", "tasks list: overdue ones only.")));
    parser.addOption(QCommandLineOption(
        u"closed"_s,
        QCoreApplication::translate("kartoteka::cli", "deals list: won and lost deals only.")));
    // Options of the client commands; each names what it fills. The help texts are
    // marked for lupdate here and translated where the option is made.
    const std::pair<const char*, const char*> valueOptions[] = {
        {"name", QT_TRANSLATE_NOOP("kartoteka::cli", "clients add: \"Last First Middle\".")},
        {"company", QT_TRANSLATE_NOOP("kartoteka::cli", "clients add: company.")},
        {"phone", QT_TRANSLATE_NOOP("kartoteka::cli", "clients add: a phone (repeat for more).")},
        {"email", QT_TRANSLATE_NOOP("kartoteka::cli", "clients add: an e-mail (repeat for more).")},
        {"type", QT_TRANSLATE_NOOP("kartoteka::cli", "clients add: contact type.")},
        {"status", QT_TRANSLATE_NOOP("kartoteka::cli", "clients add: status.")},
        {"source", QT_TRANSLATE_NOOP("kartoteka::cli", "clients add: source or channel.")},
        {"manager",
         QT_TRANSLATE_NOOP("kartoteka::cli",
                           "clients add, deals add, report: the manager's login or full name.")},
        {"user",
         QT_TRANSLATE_NOOP("kartoteka::cli",
                           "Sign in as LOGIN (password from KARTOTEKA_PASSWORD or asked).")},
        {"owner", QT_TRANSLATE_NOOP("kartoteka::cli", "init: the owner's login.")},
        {"role",
         QT_TRANSLATE_NOOP("kartoteka::cli", "users add: owner, admin, senior or manager.")},
        {"hand-over-to",
         QT_TRANSLATE_NOOP("kartoteka::cli",
                           "users deactivate: who takes their clients (repeat to split).")},
        {"action",
         QT_TRANSLATE_NOOP("kartoteka::cli",
                           "audit: an action's name, or a prefix ending in a dot (client.).")},
        {"audit-user",
         QT_TRANSLATE_NOOP("kartoteka::cli", "audit: whose actions (written --user after audit).")},
        {"birthday", QT_TRANSLATE_NOOP("kartoteka::cli", "clients add: YYYY-MM-DD.")},
        {"limit", QT_TRANSLATE_NOOP("kartoteka::cli", "clients find: how many at most.")},
        {"sort",
         QT_TRANSLATE_NOOP("kartoteka::cli", "clients list: name, company, status or manager.")},
        {"after", QT_TRANSLATE_NOOP("kartoteka::cli",
                                    "clients list: the cursor the previous page printed.")},
        {"tag", QT_TRANSLATE_NOOP("kartoteka::cli", "clients list: clients with this tag.")},
        {"client", QT_TRANSLATE_NOOP("kartoteka::cli", "interactions add: the client's number.")},
        {"kind", QT_TRANSLATE_NOOP("kartoteka::cli", "interactions add: what it was.")},
        {"amount", QT_TRANSLATE_NOOP("kartoteka::cli", "interactions add: purchase amount.")},
        {"at", QT_TRANSLATE_NOOP("kartoteka::cli", "interactions add: when (ISO).")},
        {"text",
         QT_TRANSLATE_NOOP("kartoteka::cli", "interactions add, documents make: the text.")},
        {"clients", QT_TRANSLATE_NOOP("kartoteka::cli", "demo: how many clients.")},
        {"seed", QT_TRANSLATE_NOOP("kartoteka::cli", "demo: the random seed.")},
        {"locale", QT_TRANSLATE_NOOP("kartoteka::cli",
                                     "init, demo: the language of a new database's lists and "
                                     "stages and of the demo's data: uk, ru or en (default: the "
                                     "system's).")},
        {"title", QT_TRANSLATE_NOOP("kartoteka::cli", "deals add: the deal's title.")},
        {"pipeline",
         QT_TRANSLATE_NOOP("kartoteka::cli", "deals: the pipeline's name (default: the first).")},
        {"stage", QT_TRANSLATE_NOOP("kartoteka::cli", "deals: the stage's name.")},
        {"reason",
         QT_TRANSLATE_NOOP("kartoteka::cli", "deals move: the loss reason (for a lost stage).")},
        {"format", QT_TRANSLATE_NOOP("kartoteka::cli",
                                     "report: write the table as csv or xlsx (with --out).")},
        {"out", QT_TRANSLATE_NOOP("kartoteka::cli", "report: the file to write the table to.")},
        {"from", QT_TRANSLATE_NOOP(
                     "kartoteka::cli",
                     "report: first day, YYYY-MM-DD (default: the 1st of the month of --to).")},
        {"period", QT_TRANSLATE_NOOP("kartoteka::cli",
                                     "report: this-month, last-month, quarter, year or all, as "
                                     "of --to (instead of --from).")},
        {"by", QT_TRANSLATE_NOOP("kartoteka::cli",
                                 "report sales: day, week, month or quarter (default: month).")},
        {"deal", QT_TRANSLATE_NOOP("kartoteka::cli", "tasks add: the deal's number.")},
        {"due",
         QT_TRANSLATE_NOOP("kartoteka::cli", "tasks add: the day, YYYY-MM-DD, or day and time, "
                                             "YYYY-MM-DDTHH:MM (default: today).")},
        {"remind", QT_TRANSLATE_NOOP("kartoteka::cli",
                                     "tasks add: 15m, 2h, 1d before, or a moment (repeat for "
                                     "more).")},
        {"repeat",
         QT_TRANSLATE_NOOP("kartoteka::cli", "tasks add: an RFC 5545 rule, FREQ=WEEKLY;BYDAY=MO.")},
        {"for", QT_TRANSLATE_NOOP("kartoteka::cli",
                                  "tasks: the person responsible, by login or full name (add: "
                                  "yourself unless given; only the owner and seniors name "
                                  "others).")},
        {"day",
         QT_TRANSLATE_NOOP("kartoteka::cli", "tasks done|cancel: the day of a repeating task.")},
        {"notes", QT_TRANSLATE_NOOP("kartoteka::cli",
                                    "tasks add: notes, the rest beside the one-line title.")},
        {"when", QT_TRANSLATE_NOOP("kartoteka::cli", "rules add: the event the rule answers.")},
        {"days", QT_TRANSLATE_NOOP("kartoteka::cli",
                                   "rules add: a birthday rule runs so many days before.")},
        {"min-amount",
         QT_TRANSLATE_NOOP("kartoteka::cli", "rules add: only deals of at least this amount.")},
        {"task", QT_TRANSLATE_NOOP("kartoteka::cli", "rules add: the title of the task it makes.")},
        {"in", QT_TRANSLATE_NOOP("kartoteka::cli",
                                 "rules add: the task is due so long after the event (2d, 4h).")},
        {"set", QT_TRANSLATE_NOOP("kartoteka::cli",
                                  "rules add: FIELD=VALUE, a field it changes (repeat for more).")},
        {"note", QT_TRANSLATE_NOOP("kartoteka::cli",
                                   "rules add: a note it adds to the client's timeline.")},
        {"result", QT_TRANSLATE_NOOP("kartoteka::cli",
                                     "tasks done: how it went, for the client's timeline.")},
        {"sheet", QT_TRANSLATE_NOOP("kartoteka::cli", "clients import: the workbook's sheet.")},
        {"legal-form",
         QT_TRANSLATE_NOOP("kartoteka::cli", "shop set: the legal form (sole trader, LLC...).")},
        {"tax-id", QT_TRANSLATE_NOOP("kartoteka::cli", "shop set: the shop's tax ID.")},
        {"vat", QT_TRANSLATE_NOOP("kartoteka::cli", "shop set: yes or no, a VAT payer.")},
        {"vat-rate", QT_TRANSLATE_NOOP("kartoteka::cli", "shop set: the VAT rate in percent.")},
        {"iban", QT_TRANSLATE_NOOP("kartoteka::cli", "shop set: the shop's IBAN.")},
        {"bank", QT_TRANSLATE_NOOP("kartoteka::cli", "shop set: the shop's bank.")},
        {"address", QT_TRANSLATE_NOOP("kartoteka::cli", "shop set: the shop's address.")},
        {"website", QT_TRANSLATE_NOOP("kartoteka::cli", "shop set: the shop's website.")},
        {"logo", QT_TRANSLATE_NOOP("kartoteka::cli", "shop set: a PNG or JPEG logo, or none.")},
        {"signature",
         QT_TRANSLATE_NOOP("kartoteka::cli",
                           "shop set: a PNG or JPEG of the signature and stamp, or none.")},
        {"template", QT_TRANSLATE_NOOP("kartoteka::cli", "documents make: the template's name.")},
        {"host", QT_TRANSLATE_NOOP("kartoteka::cli", "mail set: the SMTP server's name.")},
        {"port", QT_TRANSLATE_NOOP("kartoteka::cli", "mail set: the SMTP port (587, 465, 25).")},
        {"security", QT_TRANSLATE_NOOP("kartoteka::cli", "mail set: starttls, ssl or none.")},
        {"login", QT_TRANSLATE_NOOP("kartoteka::cli", "mail set: the mail account's login.")},
        {"from-address",
         QT_TRANSLATE_NOOP("kartoteka::cli", "mail set: the address letters come from.")},
        {"from-name",
         QT_TRANSLATE_NOOP("kartoteka::cli", "mail set: the sender's name (default: the shop's).")},
        {"subject", QT_TRANSLATE_NOOP("kartoteka::cli", "mail send: the letter's subject.")},
        {"url", QT_TRANSLATE_NOOP("kartoteka::cli", "sms set: the service's request URL.")},
        {"method", QT_TRANSLATE_NOOP("kartoteka::cli", "sms set: GET or POST.")},
        {"header",
         QT_TRANSLATE_NOOP("kartoteka::cli",
                           "sms set: a request header \"Name: value\" (repeat; the headers "
                           "given replace all those kept).")},
        {"body", QT_TRANSLATE_NOOP("kartoteka::cli", "sms set: the request's body (POST).")},
        {"accepted", QT_TRANSLATE_NOOP("kartoteka::cli",
                                       "sms set: text the answer has when the service took it.")},
        {"sender", QT_TRANSLATE_NOOP("kartoteka::cli", "sms set: the sender's name, {sender}.")},
        {"send-email", QT_TRANSLATE_NOOP("kartoteka::cli",
                                         "rules add: a letter from this template to the client.")},
        {"attach",
         QT_TRANSLATE_NOOP("kartoteka::cli", "rules add: a document template issued "
                                             "from the deal and attached to the letter.")},
        {"email-text",
         QT_TRANSLATE_NOOP("kartoteka::cli", "rules add: the letter's own words ({{text}}).")},
        {"send-sms", QT_TRANSLATE_NOOP("kartoteka::cli", "rules add: an SMS of this text.")},
        {"per-minute",
         QT_TRANSLATE_NOOP("kartoteka::cli", "mailing start: at most this many letters a minute.")},
        {"attach-document",
         QT_TRANSLATE_NOOP("kartoteka::cli", "mail send: an issued document to attach.")},
        {"date", QT_TRANSLATE_NOOP("kartoteka::cli", "documents make: the document's date.")},
        {"columns",
         QT_TRANSLATE_NOOP("kartoteka::cli", "clients export: the columns, by key, comma-separated "
                                             "(default: all).")},
        {"take", QT_TRANSLATE_NOOP("kartoteka::cli",
                                   "clients merge: FIELD=CLIENT_ID, the card a field's value comes "
                                   "from (repeat for more fields).")},
        {"header-row",
         QT_TRANSLATE_NOOP("kartoteka::cli",
                           "clients import: the row that holds the headers (0: none).")},
        {"map", QT_TRANSLATE_NOOP("kartoteka::cli",
                                  "clients import: \"COLUMN=field\" (repeat for more columns).")},
        {"encoding",
         QT_TRANSLATE_NOOP("kartoteka::cli",
                           "clients import: utf-8, windows-1251 or utf-16le (default: detected).")},
        {"on-duplicate",
         QT_TRANSLATE_NOOP("kartoteka::cli",
                           "clients import: skip, fill or create (default: skip).")},
        {"value",
         QT_TRANSLATE_NOOP("kartoteka::cli", "clients import: what a value the base lacks becomes: "
                                             "\"FIELD:VALUE=EXISTING\", =+ create, =- empty.")},
        {"new-values",
         QT_TRANSLATE_NOOP("kartoteka::cli", "clients import: create or empty, for every value the "
                                             "base lacks.")}};
    // A placeholder in help, as LOGIN and FILE in the commands above: translated too.
    const QString valueName = QCoreApplication::translate("kartoteka::cli", "VALUE");
    for (const auto& [name, help] : valueOptions)
        parser.addOption(QCommandLineOption(QString::fromLatin1(name),
                                            QCoreApplication::translate("kartoteka::cli", help),
                                            valueName));
    parser.addPositionalArgument(QCoreApplication::translate("kartoteka::cli", "command"),
                                 QCoreApplication::translate("kartoteka::cli", "What to do."));
    const QStringList arguments =
        cli::negativeNumbersAsArguments(cli::separateAuditUser(app.arguments()));
    // "kartoteka-cli documents --help": that command's lines, not all 370.
    if (parser.parse(arguments) && parser.isSet(u"help"_s) &&
        !parser.positionalArguments().isEmpty()) {
        const QString asked = parser.positionalArguments().first();
        if (const QString help = cli::commandHelp(parser.applicationDescription(), asked);
            commands.count(asked) > 0 && !help.isEmpty()) {
            fprintf(stdout, "%s\n\n%s\n\n%s\n", qPrintable(parser.helpText().section(u'\n', 0, 0)),
                    qPrintable(help),
                    qPrintable(QCoreApplication::translate(
                        "kartoteka::cli", "Every command and option: kartoteka-cli --help")));
            return 0;
        }
    }
    parser.process(arguments);

    cli::CliContext context;
    context.json = parser.isSet(jsonOption);
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        parser.showHelp(2);
    }
    const QString command = positional.takeFirst();
    const auto found = commands.find(command);
    if (found == commands.end())
        return context.fail(
            QCoreApplication::translate("kartoteka::cli", "Unknown command \"%1\". See --help.")
                .arg(command));
    if (parser.isSet(sharedOption) && parser.isSet(localOption))
        return context.fail(
            QCoreApplication::translate("kartoteka::cli", "Choose either --shared or --local."));
    context.databasePath = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath();
    context.mode = parser.isSet(sharedOption)  ? ModeChoice::Shared
                   : parser.isSet(localOption) ? ModeChoice::Local
                                               : ModeChoice::Automatic;
    context.yes = parser.isSet(yesOption);
    context.to = parser.value(toOption);
    context.dir = parser.value(dirOption);
    context.arguments = positional;
    context.parser = &parser;
    context.command = command;
    if (Status s = context.checkOptions(); !s)
        return context.fail(s.error());
    // A demo is a new database file, with its own accounts.
    static const QStringList fileOnly{u"demo"_s};
    if (isServerAddress(context.databasePath) && fileOnly.contains(command))
        return context.fail(
            QCoreApplication::translate("kartoteka::cli", "\"%1\" works with database files only.")
                .arg(command));
    if (Status s = cli::signInForCommand(context); !s)
        return context.fail(s.error());
    return found->second(context);
}
