#include "audit/AuditText.h"
#include "language/Formats.h"

#include "accounts/AccountSettings.h"
#include "accounts/Roles.h"
#include "automation/Rule.h"
#include "backup/BackupSettings.h"
#include "documents/ShopDetails.h"
#include "firstrun/ShopProfile.h"
#include "language/Language.h"
#include "workspace/NewDatabase.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::AuditText)
};

struct Titled
{
    QString key;
    const char* title;
};

// The actions that are not changes of an entity.
const QList<Titled>& eventTitles()
{
    static const QList<Titled> table{
        {auditAction::kSignIn, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Sign-in")},
        {auditAction::kSignInFailed, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Failed sign-in")},
        {auditAction::kLockedOut,
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Sign-in held back after wrong passwords")},
        {auditAction::kSignOut, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Sign-out")},
        {auditAction::kExport, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Export")},
        {auditAction::kPrint, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Printing")},
        {auditAction::kBackup, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Backup")},
        {auditAction::kRestore, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Restore")},
        {auditAction::kAccountAdd, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Account added")},
        {auditAction::kAccountRole, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Role changed")},
        {auditAction::kAccountPassword, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Password set")},
        {auditAction::kAccountDeactivate,
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Account deactivated")},
        {auditAction::kAccountActivate,
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Account activated")},
        {auditAction::kHandOver, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Hand-over")},
        {auditAction::kRoleCapabilities,
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Role's rights changed")},
        {auditAction::kOwnerCopyKey,
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Owner's copy passphrase set")},
        {auditAction::kClientTake,
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Unassigned client taken")},
        {auditAction::kMovedToServer,
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Base moved to a server")},
        {auditAction::kRuleRun, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Automation rule ran")},
        {auditAction::kDocumentIssue, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Document issued")},
        {auditAction::kLetterSent, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Letter sent")},
        {auditAction::kLetterFailed, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Letter not sent")},
        {auditAction::kMailingStart, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Mailing started")},
        {auditAction::kMailingDone, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Mailing finished")},
        {auditAction::kMailingCancel,
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Mailing cancelled")},
    };
    return table;
}

struct EntityInfo
{
    QString entity;
    const char* title; // the noun, for the actions without a sentence of their own
    const char* created;
    const char* changed;
    const char* removed;
    const char* all; // the filter's name for all of its actions
};

const QList<EntityInfo>& entityTitles()
{
    static const QList<EntityInfo> table{
        {u"client"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Client"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Client added"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Client changed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Client removed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Clients: all changes")},
        {u"deal"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Deal"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Deal added"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Deal changed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Deal removed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Deals: all changes")},
        {u"interaction"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Timeline entry"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Timeline entry added"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Timeline entry changed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Timeline entry removed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Timeline: all changes")},
        {u"user"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Account"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Account added"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Account changed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Account removed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Accounts: all changes")},
        {u"list_item"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "List entry"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "List entry added"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "List entry changed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "List entry removed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Lists: all changes")},
        {u"pipeline"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Pipeline"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Pipeline added"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Pipeline changed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Pipeline removed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Pipelines: all changes")},
        {u"stage"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Stage"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Stage added"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Stage changed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Stage removed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Stages: all changes")},
        {u"settings"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Setting"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Setting added"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Setting changed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Setting removed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Shop settings: all changes")},
        {u"custom_field"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Card field"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Card field added"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Card field changed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Card field removed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Card fields: all changes")},
        {u"task"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Task"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Task added"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Task changed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Task removed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Tasks: all changes")},
        {u"contact_habits"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Contact type's habits"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Contact type's habits set"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Contact type's habits changed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Contact type's habits removed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Contact types' habits: all changes")},
        {u"document_template"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Document template"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Document template added"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Document template changed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Document template removed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Document templates: all changes")},
        {u"automation_rule"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Automation rule"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Automation rule added"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Automation rule changed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Automation rule removed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Automation rules: all changes")},
        {u"product"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Product"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Product added"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Product changed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Product removed"),
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Catalog: all changes")},
    };
    return table;
}

// Other operations on an entity: "Client: archived".
const QList<Titled>& operationTitles()
{
    static const QList<Titled> table{
        {u"archive"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "archived")},
        {u"unarchive"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "restored from the archive")},
        {u"move"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "moved")},
        {u"undo"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "move undone")},
        {u"import"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "imported")},
        {u"import_undo"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "import undone")},
        {u"merge"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "merged")},
        {u"unmerge"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "merge undone")},
        {u"not_duplicates"_s,
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "marked as not duplicates")},
        {u"done"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "done")},
        {u"cancel"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "cancelled")},
        {u"enable"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "switched on")},
        {u"disable"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "switched off")},
    };
    return table;
}

// Field names as stored by whoever records them: snake_case columns or
// camelCase members, singular or plural. Compared folded.
const QList<Titled>& fieldTitles()
{
    static const QList<Titled> table{
        {u"phone"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Phone")},
        {u"phones"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Phone")},
        {u"email"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "E-mail")},
        {u"emails"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "E-mail")},
        {u"links"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Links")},
        {u"kind"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Kind")},
        {u"name"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Name")},
        {u"displayname"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Name")},
        {u"lastname"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Last name")},
        {u"firstname"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "First name")},
        {u"middlename"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Middle name")},
        {u"companyname"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Company")},
        {u"company"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Company")},
        {u"companyid"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Company")},
        {u"birthday"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Birthday")},
        {u"gender"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Gender")},
        {u"occupation"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Occupation")},
        {u"jobtitle"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Job title")},
        {u"taxid"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Tax ID")},
        {u"bankname"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Bank")},
        {u"bankaccount"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Bank account")},
        {u"bankcode"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Bank code")},
        {u"contacttype"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Contact type")},
        {u"contacttypeid"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Contact type")},
        {u"status"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Status")},
        {u"statusid"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Status")},
        {u"source"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Source")},
        {u"sourceid"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Source")},
        {u"preferredchannel"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Preferred channel")},
        {u"manager"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Manager")},
        {u"managerid"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Manager")},
        {u"deliveryaddress"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Delivery address")},
        {u"actualaddress"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Address")},
        {u"address"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Address")},
        {u"comment"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Comment")},
        {u"tags"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Tags")},
        {u"archived"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Archived")},
        {u"nomailings"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "No mailings")},
        {u"title"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Title")},
        {u"stage"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Stage")},
        {u"stageid"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Stage")},
        {u"pipeline"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Pipeline")},
        {u"pipelineid"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Pipeline")},
        {u"amount"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Amount")},
        {u"amountminor"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Amount")},
        {u"currency"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Currency")},
        {u"expectedclose"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Expected close")},
        {u"notes"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Notes")},
        {u"lossreason"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Loss reason")},
        {u"lossreasonid"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Loss reason")},
        {u"items"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Items")},
        {u"text"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Text")},
        {u"result"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Result")},
        {u"occurredat"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "When")},
        {u"login"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Login")},
        {u"role"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Role")},
        {u"active"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Active")},
        {u"value"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Value")},
        {u"client"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Client")},
        {u"occurredat"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "When")},
        {u"direction"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Direction")},
        {u"durations"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Duration")},
        {u"duration"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Duration")},
        {u"durationseconds"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Duration")},
        {u"position"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Position")},
        {u"probability"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Probability")},
        {u"rottingdays"_s,
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Days before a deal goes stale")},
        {u"list"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "List")},
        {u"responsible"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Responsible")},
        {u"clientid"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Client")},
        {u"dealid"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Deal")},
        {u"duedate"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Due day")},
        {u"duetime"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Due time")},
        {u"durationmin"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Duration, minutes")},
        {u"priority"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Priority")},
        {u"repeatrule"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Repeats")},
        {u"state"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "State")},
        {u"day"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Day")},
        {u"contacteverydays"_s,
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Keep in touch every, days")},
        {u"repeatsaledays"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Next sale after, days")},
        {u"birthdaydaysbefore"_s,
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Birthday greeting, days before")},
    };
    return table;
}

// The shared settings an audit row names by their keys (SharedSettings::set
// and the database's language change record the key as the field): the
// person reads the name the settings screens give them.
const QList<Titled>& settingTitles()
{
    static const QList<Titled> table{
        {shopKeys::kName, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Shop name")},
        {shopKeys::kCurrency, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Currency")},
        {shopKeys::kCountry, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Phone numbers' country")},
        {shopDetailKeys::kLegalForm, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Legal form")},
        {shopDetailKeys::kTaxId, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Shop's tax ID")},
        {shopDetailKeys::kVatPayer, QT_TRANSLATE_NOOP("kartoteka::AuditText", "VAT payer")},
        {shopDetailKeys::kVatRate, QT_TRANSLATE_NOOP("kartoteka::AuditText", "VAT rate")},
        {shopDetailKeys::kIban, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Shop's IBAN")},
        {shopDetailKeys::kBank, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Shop's bank")},
        {shopDetailKeys::kAddress, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Shop's address")},
        {shopDetailKeys::kPhone, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Shop's phone")},
        {shopDetailKeys::kEmail, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Shop's e-mail")},
        {shopDetailKeys::kWebsite, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Shop's website")},
        {shopDetailKeys::kLogo, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Shop's logo")},
        {shopDetailKeys::kSignature,
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Signature and stamp")},
        {kDatabaseLanguageKey, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Language")},
        {accountKeys::kIdleLockMinutes,
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Lock after idle minutes")},
        {backupKeys::kFolder, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Backup folder")},
        {backupKeys::kDailyAt, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Daily backup time")},
        {backupKeys::kKeepDaily, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Daily backups kept")},
        {backupKeys::kKeepWeekly, QT_TRANSLATE_NOOP("kartoteka::AuditText", "Weekly backups kept")},
        {backupKeys::kKeepMonthly,
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Monthly backups kept")},
        {backupKeys::kOwnerFolder,
         QT_TRANSLATE_NOOP("kartoteka::AuditText", "Owner's copy folder")},
    };
    return table;
}

// A setting's stored code as people know it: the currency as amounts show it,
// the language by its own name, the country by its name.
QString settingValueText(const QString& key, const QString& value)
{
    if (key == shopKeys::kCurrency)
        return currencySign(value);
    if (key == kDatabaseLanguageKey) {
        if (const std::optional<Language> language = languageFromCode(value))
            return languageNativeName(*language);
    }
    if (key == shopKeys::kCountry) {
        for (const ShopChoice& c : countryChoices()) {
            if (c.code == value)
                return choiceName(c);
        }
    }
    return value;
}

QString folded(const QString& name)
{
    QString f = name.toLower();
    f.remove(u'_');
    f.remove(u'-');
    return f;
}

bool isYesNo(const QString& field)
{
    const QString f = folded(field);
    return f == u"archived" || f == u"active" || f == u"mustchangepassword" || f == u"nomailings";
}

QString shortened(const QString& text, int maxChars)
{
    QString oneLine = text;
    oneLine.replace(u'\n', u' ');
    if (maxChars <= 0 || oneLine.size() <= maxChars)
        return oneLine;
    return oneLine.left(maxChars - 1) + u'…';
}

// Fixed values that are stored as keys: the person reads them in words.
const QList<Titled>& valueWords(const QString& field)
{
    static const QList<Titled> gender{
        {u"female"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "female")},
        {u"male"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "male")}};
    static const QList<Titled> kind{
        {u"person"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "person")},
        {u"company"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "company")},
        {u"open"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "open")},
        {u"won"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "won")},
        {u"lost"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "lost")}};
    static const QList<Titled> direction{
        {u"in"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "incoming")},
        {u"out"_s, QT_TRANSLATE_NOOP("kartoteka::AuditText", "outgoing")}};
    static const QList<Titled> none;
    const QString f = folded(field);
    if (f == u"gender")
        return gender;
    if (f == u"kind")
        return kind;
    if (f == u"direction")
        return direction;
    return none;
}

QString exportWhatText(const QString& what)
{
    if (what == u"clients")
        return Tr::tr("client list");
    if (what == u"audit")
        return Tr::tr("audit log");
    if (what == u"report")
        return Tr::tr("report");
    return what;
}

// A value as people read it: role and capability names in words, yes/no.
QString valueText(const QString& entity, const QString& field, const QString& value, int maxChars)
{
    if (value.isEmpty())
        return u"—"_s;
    for (const Titled& t : settingTitles()) {
        if (t.key == field)
            return shortened(settingValueText(field, value), maxChars);
    }
    for (const Titled& t : valueWords(field)) {
        if (t.key == value)
            return Tr::tr(t.title);
    }
    if (entity == u"role") { // a role's capabilities, by name
        QStringList titles;
        for (const QString& name : value.split(u',', Qt::SkipEmptyParts)) {
            const std::optional<Capability> c = capabilityFromName(name.trimmed());
            titles.append(c ? capabilityTitle(*c) : name.trimmed());
        }
        return shortened(titles.join(u"; "_s), maxChars);
    }
    if (folded(field) == u"role") {
        if (const std::optional<Role> role = roleFromName(value))
            return roleTitle(*role);
    }
    if (isYesNo(field)) {
        // Stored as 1/0, true/false, or (a client's archived flag) yes/no.
        if (value == u"1" || value == u"true" || value == u"yes")
            return Tr::tr("yes");
        if (value == u"0" || value == u"false" || value == u"no")
            return Tr::tr("no");
    }
    return shortened(value, maxChars);
}

QString fieldTitleOf(const AuditEntry& entry, const FieldChange& change)
{
    // A role's capabilities are recorded with the role's name as the field.
    if (entry.entity == u"role") {
        if (const std::optional<Role> role = roleFromName(change.field))
            return roleTitle(*role);
    }
    return auditFieldTitle(entry.entity, change.field);
}

QString fieldLine(const AuditEntry& entry, const FieldChange& change, int maxChars)
{
    return Tr::tr("%1: %2 → %3")
        .arg(fieldTitleOf(entry, change),
             valueText(entry.entity, change.field, change.before, maxChars),
             valueText(entry.entity, change.field, change.after, maxChars));
}

QStringList fieldLines(const AuditEntry& entry, int maxChars)
{
    QStringList lines;
    for (const FieldChange& change : entry.fields)
        lines.append(fieldLine(entry, change, maxChars));
    return lines;
}

QString detailText(const QJsonObject& details, const QString& key)
{
    const QJsonValue v = details.value(key);
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isBool())
        return v.toBool() ? Tr::tr("yes") : Tr::tr("no");
    return v.toString();
}

QString accountName(const AuditEntry& entry, const AuditNames& names)
{
    if (!entry.details.value(u"name"_s).toString().isEmpty())
        return entry.details.value(u"name"_s).toString();
    if (const QString known = names.accounts.value(entry.entityId); !known.isEmpty())
        return known;
    if (!entry.details.value(u"login"_s).toString().isEmpty())
        return entry.details.value(u"login"_s).toString();
    return entry.entityId ? Tr::tr("account #%1").arg(entry.entityId) : QString();
}

QString clientName(const AuditEntry& entry, const AuditNames& names)
{
    const QString known = names.clients.value(entry.clientId);
    return known.isEmpty() ? Tr::tr("client #%1").arg(entry.clientId) : known;
}

} // namespace

QList<AuditActionChoice> auditActionChoices()
{
    QList<AuditActionChoice> choices;
    for (const EntityInfo& info : entityTitles())
        choices.append({info.entity + u'.', Tr::tr(info.all)});
    for (const Titled& t : eventTitles())
        choices.append({t.key, Tr::tr(t.title)});
    return choices;
}

QString auditActionTitle(const QString& action)
{
    for (const Titled& t : eventTitles()) {
        if (t.key == action)
            return Tr::tr(t.title);
    }
    const QString entity = action.section(u'.', 0, 0);
    const QString op = action.section(u'.', 1);
    for (const EntityInfo& info : entityTitles()) {
        if (info.entity != entity)
            continue;
        if (op == u"insert")
            return Tr::tr(info.created);
        if (op == u"update")
            return Tr::tr(info.changed);
        if (op == u"delete")
            return Tr::tr(info.removed);
        for (const Titled& t : operationTitles()) {
            if (t.key == op)
                return Tr::tr("%1: %2").arg(Tr::tr(info.title), Tr::tr(t.title));
        }
    }
    return action;
}

QString auditFieldTitle(const QString& /*entity*/, const QString& field)
{
    // The shop's own card fields are recorded by their names.
    if (field.startsWith(u"custom:"))
        return field.mid(7);
    for (const Titled& t : settingTitles()) {
        if (t.key == field)
            return Tr::tr(t.title);
    }
    const QString f = folded(field);
    for (const Titled& t : fieldTitles()) {
        if (t.key == f)
            return Tr::tr(t.title);
    }
    return field;
}

QString auditTimeText(const QDateTime& utc)
{
    // Never with a two-digit year: the audit is read years later.
    return formatDateTime(utc);
}

QString auditWho(const AuditEntry& entry)
{
    if (!entry.userName.isEmpty() && entry.userId != 0)
        return entry.userName;
    if (entry.action == auditAction::kSignInFailed || entry.action == auditAction::kLockedOut)
        return Tr::tr("nobody signed in");
    // Nobody signed in (the first-start assistant, a scheduled backup, the
    // command line): the name recorded is the computer's user, not an account.
    return entry.userName.isEmpty() ? Tr::tr("Kartoteka")
                                    : Tr::tr("Kartoteka (computer user: %1)").arg(entry.userName);
}

// What a rule's run did (automation/Automation.cpp's details), or why it
// could not.
static QString ruleRunText(const QJsonObject& d)
{
    const QString rule = detailText(d, u"rule"_s);
    if (d.contains(u"failure"_s))
        return Tr::tr("Rule «%1» could not run: %2").arg(rule, detailText(d, u"failure"_s));
    const QJsonArray did = d.value(u"did"_s).toArray();
    if (did.size() == 1 && did.first().toObject().value(u"kind"_s).toString() == u"task")
        return Tr::tr("Task «%1» created by rule «%2»")
            .arg(did.first().toObject().value(u"title"_s).toString(), rule);
    QStringList parts;
    for (const QJsonValue& v : did) {
        const QJsonObject o = v.toObject();
        const QString kind = o.value(u"kind"_s).toString();
        if (kind == u"task")
            parts.append(Tr::tr("task «%1» created").arg(o.value(u"title"_s).toString()));
        else if (kind == u"set_field") {
            const std::optional<RuleField> field =
                ruleFieldFromName(o.value(u"field"_s).toString());
            parts.append(Tr::tr("%1 changed")
                             .arg(field ? ruleFieldTitle(*field) : o.value(u"field"_s).toString()));
        } else if (kind == u"note")
            parts.append(Tr::tr("note added to the timeline"));
    }
    if (parts.isEmpty())
        return Tr::tr("Rule «%1» ran: nothing to change").arg(rule);
    return Tr::tr("Rule «%1»: %2").arg(rule, parts.join(u"; "_s));
}

QString auditWhat(const AuditEntry& entry, const AuditNames& names)
{
    const QJsonObject& d = entry.details;
    const QString a = entry.action;
    if (a == auditAction::kSignIn)
        return Tr::tr("Signed in");
    if (a == auditAction::kSignOut)
        return Tr::tr("Signed out");
    if (a == auditAction::kSignInFailed) {
        if (d.value(u"inactive"_s).toBool())
            return Tr::tr("Sign-in as %1 refused: the account is deactivated")
                .arg(detailText(d, u"login"_s));
        return Tr::tr("Wrong password for the login %1").arg(detailText(d, u"login"_s));
    }
    if (a == auditAction::kLockedOut)
        return Tr::tr("Sign-in as %1 held back after %n wrong password(s)", nullptr,
                      d.value(u"failures"_s).toInt())
            .arg(detailText(d, u"login"_s));
    if (a == auditAction::kAccountAdd) {
        const std::optional<Role> role = roleFromName(d.value(u"role"_s).toString());
        return Tr::tr("Added the account %1 (%2, %3)")
            .arg(detailText(d, u"login"_s), accountName(entry, names),
                 role ? roleTitle(*role) : detailText(d, u"role"_s));
    }
    if (a == auditAction::kAccountRole)
        return Tr::tr("Changed the role of %1").arg(accountName(entry, names));
    if (a == auditAction::kAccountPassword)
        return d.value(u"temporary"_s).toBool()
                   ? Tr::tr("Gave %1 a temporary password").arg(accountName(entry, names))
                   : Tr::tr("Changed their own password");
    if (a == auditAction::kAccountDeactivate)
        return Tr::tr("Deactivated the account of %1").arg(accountName(entry, names));
    if (a == auditAction::kAccountActivate)
        return Tr::tr("Activated the account of %1").arg(accountName(entry, names));
    if (a == auditAction::kHandOver) {
        QStringList to;
        for (const QJsonValue& v : d.value(u"to"_s).toArray()) {
            const QJsonObject o = v.toObject();
            to.append(Tr::tr("%1 (%2, %3)")
                          .arg(o.value(u"name"_s).toString(),
                               Tr::tr("%n client(s)", nullptr, o.value(u"clients"_s).toInt()),
                               Tr::tr("%n deal(s)", nullptr, o.value(u"deals"_s).toInt())));
        }
        return Tr::tr("Handed over %1 and %2 of %3 to %4")
            .arg(Tr::tr("%n client(s)", nullptr, d.value(u"clients"_s).toInt()),
                 Tr::tr("%n open deal(s)", nullptr, d.value(u"deals"_s).toInt()),
                 detailText(d, u"from"_s), to.join(u", "_s));
    }
    if (a == auditAction::kRoleCapabilities) {
        QStringList roles;
        for (const FieldChange& f : entry.fields)
            roles.append(fieldTitleOf(entry, f));
        return Tr::tr("Changed what %1 may do").arg(roles.join(u", "_s));
    }
    if (a == auditAction::kClientTake)
        return Tr::tr("Took the unassigned client %1").arg(clientName(entry, names));
    if (a == auditAction::kRuleRun)
        return ruleRunText(d);
    if (a == auditAction::kDocumentIssue)
        return Tr::tr("Issued «%1» for %2")
            .arg(d.value(u"title"_s).toString(), clientName(entry, names));
    if (a == auditAction::kLetterSent)
        return Tr::tr("Sent «%1» to %2 (%3)")
            .arg(detailText(d, u"subject"_s), clientName(entry, names), detailText(d, u"to"_s));
    if (a == auditAction::kMailingStart)
        return Tr::tr("Started the mailing «%1»: %2")
            .arg(detailText(d, u"subject"_s),
                 Tr::tr("%n letter(s)", nullptr, d.value(u"letters"_s).toInt()));
    if (a == auditAction::kMailingDone || a == auditAction::kMailingCancel)
        return u"%1: «%2»"_s.arg(auditActionTitle(a), detailText(d, u"subject"_s));
    if (a == auditAction::kLetterFailed)
        return Tr::tr("Could not send «%1» to %2 (%3)")
            .arg(detailText(d, u"subject"_s), clientName(entry, names), detailText(d, u"to"_s));
    if (a.endsWith(u".merge") || a.endsWith(u".unmerge")) {
        // ClientMerges' details: the merge's number and the merged cards' names.
        QStringList merged;
        for (const QJsonValue& name : d.value(u"names"_s).toArray())
            merged.append(name.toString());
        const QString what = merged.isEmpty() ? clientName(entry, names)
                                              : Tr::tr("%1 ← %2").arg(clientName(entry, names),
                                                                      merged.join(u", "_s));
        return Tr::tr("%1: %2 (merge %3)")
            .arg(auditActionTitle(a), what)
            .arg(d.value(u"merge"_s).toInteger());
    }
    if (a == auditAction::kExport || a == auditAction::kPrint) {
        QStringList parts;
        // "what" is a stable key (ExportRecord::what); the report's title was
        // recorded in the words of whoever exported it.
        if (const QString what = exportWhatText(detailText(d, u"what"_s)); !what.isEmpty())
            parts.append(what);
        for (const QString& key : {u"report"_s, u"format"_s}) {
            if (const QString v = detailText(d, key); !v.isEmpty() && v != u"print")
                parts.append(v);
        }
        if (d.contains(u"rows"_s))
            parts.append(Tr::tr("%n rows", nullptr, d.value(u"rows"_s).toInt()));
        if (const QString file = detailText(d, u"file"_s); !file.isEmpty())
            parts.append(QFileInfo(file).fileName());
        const QString title = auditActionTitle(a);
        return parts.isEmpty() ? title : title + u": "_s + parts.join(u", "_s);
    }
    if (a == auditAction::kBackup || a == auditAction::kRestore) {
        if (d.contains(u"ok"_s) && !d.value(u"ok"_s).toBool())
            return a == auditAction::kBackup
                       ? Tr::tr("Backup failed: %1").arg(detailText(d, u"error"_s))
                       : Tr::tr("Restore failed: %1").arg(detailText(d, u"error"_s));
        const QString file = detailText(d, u"file"_s);
        return file.isEmpty()
                   ? auditActionTitle(a)
                   : Tr::tr("%1: %2").arg(auditActionTitle(a), QFileInfo(file).fileName());
    }
    const QString title = auditActionTitle(a);
    if (a.endsWith(u".import") || a.endsWith(u".import_undo")) {
        // How many rows the import brought and, for the catalog, what it did
        // with each product (CatalogImport's details).
        QStringList parts;
        if (d.contains(u"rows"_s))
            parts.append(Tr::tr("%n rows", nullptr, d.value(u"rows"_s).toInt()));
        if (d.contains(u"added"_s))
            parts.append(Tr::tr("new: %1").arg(d.value(u"added"_s).toInt()));
        if (d.contains(u"changed"_s))
            parts.append(Tr::tr("changed: %1").arg(d.value(u"changed"_s).toInt()));
        if (d.contains(u"deactivated"_s))
            parts.append(Tr::tr("deactivated: %1").arg(d.value(u"deactivated"_s).toInt()));
        if (d.contains(u"kept_missing"_s))
            parts.append(Tr::tr("kept: %1").arg(d.value(u"kept_missing"_s).toInt()));
        if (d.contains(u"unchanged"_s))
            parts.append(Tr::tr("unchanged: %1").arg(d.value(u"unchanged"_s).toInt()));
        // A client import's batch, and what its undo did.
        if (d.contains(u"skipped"_s))
            parts.append(Tr::tr("skipped: %1").arg(d.value(u"skipped"_s).toInt()));
        if (d.contains(u"removed"_s))
            parts.append(Tr::tr("removed: %1").arg(d.value(u"removed"_s).toInt()));
        if (d.contains(u"restored"_s))
            parts.append(Tr::tr("restored: %1").arg(d.value(u"restored"_s).toInt()));
        if (d.contains(u"kept"_s))
            parts.append(Tr::tr("kept as changed since: %1").arg(d.value(u"kept"_s).toInt()));
        if (d.contains(u"batch"_s))
            parts.append(Tr::tr("import %1").arg(d.value(u"batch"_s).toInteger()));
        if (const QString file = detailText(d, u"file"_s); !file.isEmpty())
            parts.append(QFileInfo(file).fileName());
        if (!parts.isEmpty())
            return title + u": "_s + parts.join(u", "_s);
    }
    if (entry.entity == u"client" && entry.clientId)
        return Tr::tr("%1: %2").arg(title, clientName(entry, names));
    if (entry.entity == u"automation_rule")
        return Tr::tr("%1: %2").arg(title, detailText(d, u"name"_s));
    if (entry.entity == u"user" && entry.entityId)
        return Tr::tr("%1: %2").arg(title, accountName(entry, names));
    if (entry.clientId)
        return Tr::tr("%1 (client %2)").arg(title, clientName(entry, names));
    return title;
}

QStringList auditFieldLines(const AuditEntry& entry)
{
    return fieldLines(entry, 160);
}

QStringList auditHistoryLines(const AuditEntry& entry, const AuditNames& names)
{
    const QString who = auditWho(entry);
    const QString when = auditTimeText(entry.at);
    QStringList lines;
    if (entry.fields.isEmpty() || entry.entity == u"role" || entry.action.endsWith(u".insert")) {
        lines.append(Tr::tr("%1 — %2, %3").arg(auditWhat(entry, names), who, when));
        return lines;
    }
    const bool sameEntity = entry.entity == u"client";
    for (const FieldChange& change : entry.fields) {
        // "Phone changed by …": the client's own fields; a deal's or an
        // entry's fields say whose they are.
        const QString field = sameEntity ? fieldTitleOf(entry, change)
                                         : Tr::tr("%1 (%2)").arg(fieldTitleOf(entry, change),
                                                                 auditActionTitle(entry.action));
        lines.append(Tr::tr("%1 changed by %2, %3: %4 → %5")
                         .arg(field, who, when,
                              valueText(entry.entity, change.field, change.before, 160),
                              valueText(entry.entity, change.field, change.after, 160)));
    }
    return lines;
}

ReportTable auditTable(const QList<AuditEntry>& entries, const AuditNames& names)
{
    ReportTable table;
    table.title = Tr::tr("Audit");
    table.columns = {{Tr::tr("When")}, {Tr::tr("Who")},     {Tr::tr("Action")},
                     {Tr::tr("What")}, {Tr::tr("Details")}, {Tr::tr("Computer")}};
    table.rows.reserve(entries.size());
    for (const AuditEntry& e : entries)
        table.rows.append({auditTimeText(e.at), auditWho(e), auditActionTitle(e.action),
                           auditWhat(e, names), fieldLines(e, 0).join(u"; "_s), e.host});
    return table;
}

} // namespace kartoteka
