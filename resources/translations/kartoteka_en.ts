<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>kartoteka::AccountSettings</name>
    <message numerus="yes">
        <source>The window can lock after %1 to %n idle minute(s).</source>
        <translation>
            <numerusform>The window can lock after %1 to %n idle minute.</numerusform>
            <numerusform>The window can lock after %1 to %n idle minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::Accounts</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for %1. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords for %1. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords for %1. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::AuditText</name>
    <message numerus="yes">
        <source>Sign-in as %1 held back after %n wrong password(s)</source>
        <translation>
            <numerusform>Sign-in as %1 held back after %n wrong password</numerusform>
            <numerusform>Sign-in as %1 held back after %n wrong passwords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::Backup</name>
    <message numerus="yes">
        <source>%1 is damaged: the integrity check found %n problem(s).</source>
        <translation>
            <numerusform>%1 is damaged: the integrity check found %n problem.</numerusform>
            <numerusform>%1 is damaged: the integrity check found %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::CatalogImport</name>
    <message numerus="yes">
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n cell</numerusform>
            <numerusform>%n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %1 is %Ln characters long, at most %L2 fit: %3</source>
        <translation>
            <numerusform>the %1 is %Ln characters long, at most %L2 fit: %3</numerusform>
            <numerusform>the %1 is %Ln characters long, at most %L2 fit: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file leaves out %n of the %1 products on sale. Confirm that they really are no longer sold; nothing was changed.</source>
        <translation>
            <numerusform>The file leaves out %n of the %1 products on sale. Confirm that they really are no longer sold; nothing was changed.</numerusform>
            <numerusform>The file leaves out %n of the %1 products on sale. Confirm that they really are no longer sold; nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ClientRepository</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::Demo</name>
    <message numerus="yes">
        <source>This database already has %n client(s); demo data goes into a new, empty database.</source>
        <translation>
            <numerusform>This database already has %n client; demo data goes into a new, empty database.</numerusform>
            <numerusform>This database already has %n clients; demo data goes into a new, empty database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::MoveToServer</name>
    <message numerus="yes">
        <source>%1: %n row(s), checksum %2</source>
        <translation>
            <numerusform>%1: %n row, checksum %2</numerusform>
            <numerusform>%1: %n rows, checksum %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::Passwords</name>
    <message numerus="yes">
        <source>A password needs at least %n character(s).</source>
        <translation>
            <numerusform>A password needs at least %n character.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::PipelineRepository</name>
    <message numerus="yes">
        <source>The stage &quot;%1&quot; holds %n deal(s). Move them to another stage first.</source>
        <translation>
            <numerusform>The stage &quot;%1&quot; holds %n deal. Move it to another stage first.</numerusform>
            <numerusform>The stage &quot;%1&quot; holds %n deals. Move them to another stage first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ReportPeriod</name>
    <message numerus="yes">
        <source>A report covers at most %n year(s); choose a shorter period.</source>
        <translation>
            <numerusform>A report covers at most %n year; choose a shorter period.</numerusform>
            <numerusform>A report covers at most %n years; choose a shorter period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::RuleText</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) before</source>
        <translation>
            <numerusform>%1: %n day before</numerusform>
            <numerusform>%1: %n days before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::SalesReport</name>
    <message numerus="yes">
        <source>%n row(s) would be too many to read (at most %1): choose weeks, months or quarters, or a shorter period.</source>
        <translation>
            <numerusform>%n row would be too many to read (at most %1): choose weeks, months or quarters, or a shorter period.</numerusform>
            <numerusform>%n rows would be too many to read (at most %1): choose weeks, months or quarters, or a shorter period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ShopProfile</name>
    <message numerus="yes">
        <source>A shop&apos;s name can be at most %n characters long.</source>
        <translation>
            <numerusform>A shop&apos;s name can be at most %n character long.</numerusform>
            <numerusform>A shop&apos;s name can be at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::TaskRepository</name>
    <message numerus="yes">
        <source>A task is due within %n year(s) of today: check the day.</source>
        <translation>
            <numerusform>A task is due within %n year of today: check the day.</numerusform>
            <numerusform>A task is due within %n years of today: check the day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::Xlsx</name>
    <message numerus="yes">
        <source>Sheet “%1” is damaged: cell %2 refers to text number %3, but the workbook has %n text(s). Nothing was read; save it again from Excel or LibreOffice.</source>
        <translation>
            <numerusform>Sheet “%1” is damaged: cell %2 refers to text number %3, but the workbook has %n text. Nothing was read; save it again from Excel or LibreOffice.</numerusform>
            <numerusform>Sheet “%1” is damaged: cell %2 refers to text number %3, but the workbook has %n texts. Nothing was read; save it again from Excel or LibreOffice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::cli</name>
    <message numerus="yes">
        <source>%n old backup(s) pruned.</source>
        <translation>
            <numerusform>%n old backup pruned.</numerusform>
            <numerusform>%n old backups pruned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) written to %1.</source>
        <translation>
            <numerusform>%n client written to %1.</numerusform>
            <numerusform>%n clients written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) written to %2.</source>
        <translation>
            <numerusform>%1: %n row written to %2.</numerusform>
            <numerusform>%1: %n rows written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s) written to %1.</source>
        <translation>
            <numerusform>%n audit row written to %1.</numerusform>
            <numerusform>%n audit rows written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file leaves out %n of the %1 products on sale: more than half of the catalog. If that is right, run again with --yes; nothing was changed.</source>
        <translation>
            <numerusform>The file leaves out %n of the %1 products on sale: more than half of the catalog. If that is right, run again with --yes; nothing was changed.</numerusform>
            <numerusform>The file leaves out %n of the %1 products on sale: more than half of the catalog. If that is right, run again with --yes; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n product(s) on sale are not in the file and stay on sale; --deactivate-missing would take them off sale.</source>
        <translation>
            <numerusform>  %n product on sale are not in the file and stay on sale; --deactivate-missing would take them off sale.</numerusform>
            <numerusform>  %n products on sale are not in the file and stay on sale; --deactivate-missing would take them off sale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready-made name(s) translated.</source>
        <translation>
            <numerusform>%n ready-made name translated.</numerusform>
            <numerusform>%n ready-made names translated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) that the shop had changed were left as they are.</source>
        <translation>
            <numerusform>%n name that the shop had changed were left as they are.</numerusform>
            <numerusform>%n names that the shop had changed were left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) on this page.</source>
        <translation>
            <numerusform>%n client on this page.</numerusform>
            <numerusform>%n clients on this page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) would cost 0:</source>
        <translation>
            <numerusform>%n product would cost 0:</numerusform>
            <numerusform>%n products would cost 0:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1 (%n row(s) so far)</source>
        <translation>
            <numerusform>  %1 (%n row so far)</numerusform>
            <numerusform>  %1 (%n rows so far)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>client %1  %2%3, last purchase %n day(s) ago</source>
        <translation>
            <numerusform>client %1  %2%3, last purchase %n day ago</numerusform>
            <numerusform>client %1  %2%3, last purchase %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>client %1  %2%3, every %4 days, nothing for %n day(s)</source>
        <translation>
            <numerusform>client %1  %2%3, every %4 days, nothing for %n day</numerusform>
            <numerusform>client %1  %2%3, every %4 days, nothing for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (the board&apos;s &quot;Rotting only&quot; shows them all)</source>
        <translation>
            <numerusform>… and %n more (the board&apos;s &quot;Rotting only&quot; shows them all)</numerusform>
            <numerusform>… and %n more (the board&apos;s &quot;Rotting only&quot; shows them all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more overdue for over a year: tasks list --overdue --from YYYY-MM-DD</source>
        <translation>
            <numerusform>… and %n more overdue for over a year: tasks list --overdue --from YYYY-MM-DD</numerusform>
            <numerusform>… and %n more overdue for over a year: tasks list --overdue --from YYYY-MM-DD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ran %n time(s)</source>
        <translation>
            <numerusform>ran %n time</numerusform>
            <numerusform>ran %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The daily rules ran %n time(s).</source>
        <translation>
            <numerusform>The daily rules ran %n time.</numerusform>
            <numerusform>The daily rules ran %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) handed to the server without an answer: they may have gone and are not sent again.</source>
        <translation>
            <numerusform>%n letter handed to the server without an answer: it may have gone and is not sent again.</numerusform>
            <numerusform>%n letters handed to the server without an answer: they may have gone and are not sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SMS %1 sent to %2 as %n message(s).</source>
        <translation>
            <numerusform>SMS %1 sent to %2 as %n message.</numerusform>
            <numerusform>SMS %1 sent to %2 as %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an address a letter cannot go to (correct it on the card).</source>
        <translation>
            <numerusform>%n with an address a letter cannot go to (correct it on the card).</numerusform>
            <numerusform>%n with an address a letter cannot go to (correct it on the card).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::AccountsPanel</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::AuditPanel</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::AutomationPanel</name>
    <message numerus="yes">
        <source>%n time(s), last %1</source>
        <translation>
            <numerusform>%n time, last %1</numerusform>
            <numerusform>%n times, last %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::BoardPage</name>
    <message numerus="yes">
        <source>%n deal(s) move to a lost stage; the reason and the comment go with each of them.</source>
        <translation>
            <numerusform>%n deal moves to a lost stage; the reason and the comment go with it.</numerusform>
            <numerusform>%n deals move to a lost stage; the reason and the comment go with each of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %n day(s)</source>
        <translation>
            <numerusform>in the last %n day</numerusform>
            <numerusform>in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::CatalogPage</name>
    <message numerus="yes">
        <source>Also take the %n product(s) not in the file off sale</source>
        <translation>
            <numerusform>Also take the %n product not in the file off sale</numerusform>
            <numerusform>Also take the %n products not in the file off sale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file leaves out %n of the %1 products on sale. Take them all off sale?</source>
        <translation>
            <numerusform>The file leaves out %n of the %1 products on sale. Take them all off sale?</numerusform>
            <numerusform>The file leaves out %n of the %1 products on sale. Take them all off sale?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n product(s) will cost 0&lt;/b&gt; (marked ⚠ below).</source>
        <translation>
            <numerusform>&lt;b&gt;%n product will cost 0&lt;/b&gt; (marked ⚠ below).</numerusform>
            <numerusform>&lt;b&gt;%n products will cost 0&lt;/b&gt; (marked ⚠ below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) will cost 0. Apply anyway?</source>
        <translation>
            <numerusform>%n product will cost 0. Apply anyway?</numerusform>
            <numerusform>%n products will cost 0. Apply anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ClientCard</name>
    <message numerus="yes">
        <source>Deals: %n</source>
        <translation>
            <numerusform>Deals: %n</numerusform>
            <numerusform>Deals: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Birthday %1 (%n year(s))</source>
        <translation>
            <numerusform>Birthday %1 (%n year)</numerusform>
            <numerusform>Birthday %1 (%n years)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ClientTasks</name>
    <message numerus="yes">
        <source>Call back in %n day(s)</source>
        <translation>
            <numerusform>Call back in %n day</numerusform>
            <numerusform>Call back in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ClientsPage</name>
    <message numerus="yes">
        <source>%n client(s) saved to %1.</source>
        <translation>
            <numerusform>%n client saved to %1.</numerusform>
            <numerusform>%n clients saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DrillDialog</name>
    <message numerus="yes">
        <source>%1: %n, largest first. Double-click one to open it.</source>
        <translation>
            <numerusform>%1: %n, largest first. Double-click one to open it.</numerusform>
            <numerusform>%1: %n, largest first. Double-click one to open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n group(s) of clients that look like one, the most certain first.</source>
        <translation>
            <numerusform>%n group of clients that look like one, the most certain first.</numerusform>
            <numerusform>%n groups of clients that look like one, the most certain first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timeline entries</source>
        <translation>
            <numerusform>%n timeline entry</numerusform>
            <numerusform>%n timeline entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deals</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::FirstStartWizard</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::HandOverDialog</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ImportAssistant</name>
    <message numerus="yes">
        <source>%n row(s) with data in this sheet.</source>
        <translation>
            <numerusform>%n row with data in this sheet.</numerusform>
            <numerusform>%n rows with data in this sheet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ImportHistoryDialog</name>
    <message numerus="yes">
        <source>%n client(s) changed since were kept.</source>
        <translation>
            <numerusform>%n client changed since was kept.</numerusform>
            <numerusform>%n clients changed since were kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::MailingDialog</name>
    <message numerus="yes">
        <source>The letter goes to %n client(s) of the list shown</source>
        <translation>
            <numerusform>The letter goes to %n client of the list shown</numerusform>
            <numerusform>The letter goes to %n clients of the list shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the letter to %n client(s)?</source>
        <translation>
            <numerusform>Send the letter to %n client?</numerusform>
            <numerusform>Send the letter to %n clients?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The SMS goes to %n client(s) of the list shown</source>
        <translation>
            <numerusform>The SMS goes to %n client of the list shown</numerusform>
            <numerusform>The SMS goes to %n clients of the list shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an address a letter cannot go to (correct it on the card).</source>
        <translation>
            <numerusform>%n with an address a letter cannot go to (correct it on the card).</numerusform>
            <numerusform>%n with an address a letter cannot go to (correct it on the card).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::MergeHistoryDialog</name>
    <message numerus="yes">
        <source>The merge was undone: %n card(s) are back.</source>
        <translation>
            <numerusform>The merge was undone: %n card is back.</numerusform>
            <numerusform>The merge was undone: %n cards are back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::OwnerSetupDialog</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ReminderWatcher</name>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ReportCharts</name>
    <message numerus="yes">
        <source>Where deals fall out: %n deal(s) created</source>
        <translation>
            <numerusform>Where deals fall out: %n deal created</numerusform>
            <numerusform>Where deals fall out: %n deals created</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::ReportsPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;Birthdays&lt;/b&gt; in the next %n days.</source>
        <translation>
            <numerusform>&lt;b&gt;Birthdays&lt;/b&gt; in the next %n day.</numerusform>
            <numerusform>&lt;b&gt;Birthdays&lt;/b&gt; in the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Won deals: &lt;b&gt;%1&lt;/b&gt; (%n deal(s)), average check %2.</source>
        <translation>
            <numerusform>Won deals: &lt;b&gt;%1&lt;/b&gt; (%n deal), average check %2.</numerusform>
            <numerusform>Won deals: &lt;b&gt;%1&lt;/b&gt; (%n deals), average check %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Logged purchases (sales without a deal): &lt;b&gt;%1&lt;/b&gt; (%n purchase(s)).</source>
        <translation>
            <numerusform>Logged purchases (sales without a deal): &lt;b&gt;%1&lt;/b&gt; (%n purchase).</numerusform>
            <numerusform>Logged purchases (sales without a deal): &lt;b&gt;%1&lt;/b&gt; (%n purchases).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Won deals a year before: %1 (%n deal(s))%2.</source>
        <translation>
            <numerusform>Won deals a year before: %1 (%n deal)%2.</numerusform>
            <numerusform>Won deals a year before: %1 (%n deals)%2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Those who came back buy every %n day(s) on average.</source>
        <translation>
            <numerusform>Those who came back buy every %n day on average.</numerusform>
            <numerusform>Those who came back buy every %n days on average.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SendSmsDialog</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::SignInPanel</name>
    <message numerus="yes">
        <source>You signed in with a temporary password. Choose a password of your own (at least %n characters) that only you know; you will sign in with it from now on.</source>
        <translation>
            <numerusform>You signed in with a temporary password. Choose a password of your own (at least %n character) that only you know; you will sign in with it from now on.</numerusform>
            <numerusform>You signed in with a temporary password. Choose a password of your own (at least %n characters) that only you know; you will sign in with it from now on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::StagesModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::StatusLine</name>
    <message numerus="yes">
        <source>%n other(s) connected</source>
        <translation>
            <numerusform>%n other connected</numerusform>
            <numerusform>%n others connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TaskDialog</name>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n hour before</numerusform>
            <numerusform>%n hours before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TimelineModel</name>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1 (%n step)</numerusform>
            <numerusform>%1 (%n steps)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kartoteka::ui::TodayPage</name>
    <message numerus="yes">
        <source>Regular client: last purchase %n day(s) ago</source>
        <translation>
            <numerusform>Regular client: last purchase %n day ago</numerusform>
            <numerusform>Regular client: last purchase %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turns %n</source>
        <translation>
            <numerusform>Turns %n</numerusform>
            <numerusform>Turns %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): nothing for %n day(s)</source>
        <translation>
            <numerusform>%1 (%2): nothing for %n day</numerusform>
            <numerusform>%1 (%2): nothing for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %1 days; no contact for %n day(s)</source>
        <translation>
            <numerusform>Every %1 days; no contact for %n day</numerusform>
            <numerusform>Every %1 days; no contact for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more overdue for over a year: the calendar shows them by their month</source>
        <translation>
            <numerusform>… and %n more overdue for over a year: the calendar shows them by their month</numerusform>
            <numerusform>… and %n more overdue for over a year: the calendar shows them by their month</numerusform>
        </translation>
    </message>
</context>
</TS>
