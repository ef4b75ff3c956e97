#include "firstrun/FirstStart.h"

#include "accounts/Accounts.h"
#include "accounts/Passwords.h"
#include "backup/BackupSettings.h"
#include "demo/DemoData.h"
#include "demo/DemoMark.h"
#include "firstrun/BackupPlace.h"
#include "settings/SharedSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kartoteka {

namespace {

// Translation context for this file's free functions (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kartoteka::FirstStart)
};

std::optional<SetupProblem> problem(SetupField field, const Status& s)
{
    if (s)
        return std::nullopt;
    return SetupProblem{field, s.error()};
}

// The demo's owner becomes the person: their login, name and password, so
// that the demo is theirs to try every owner's screen in.
Result<Principal> takeOverDemoOwner(Database& db, const OwnerChoice& owner)
{
    // The demo's owner as the database has it (its login depends on the
    // demo's language), not as a list in the code says.
    Accounts accounts(db);
    Result<QList<Account>> staff = accounts.list(false);
    if (!staff)
        return staff.error();
    QString demoOwner;
    for (const Account& a : *staff)
        if (a.role == Role::Owner && demoOwner.isEmpty())
            demoOwner = a.login;
    Result<Principal> demo = accounts.signIn(demoOwner, kDemoPassword);
    if (!demo)
        return demo.error();
    db.setPrincipal(*demo);
    if (Status s = accounts.rename(demo->accountId, owner.login, owner.name); !s)
        return s.error();
    if (Status s = accounts.changeOwnPassword(kDemoPassword, owner.password); !s)
        return s.error();
    if (Status s = markOwnPassword(db, demo->accountId); !s)
        return s.error();
    return accounts.principalOf(demo->accountId);
}

} // namespace

std::optional<SetupProblem> checkOwnerChoice(const OwnerChoice& owner)
{
    if (auto p = problem(SetupField::FullName, checkName(owner.name)))
        return p;
    if (auto p = problem(SetupField::Login, checkLoginFormat(owner.login)))
        return p;
    if (auto p = problem(SetupField::Password, checkNewPassword(owner.password)))
        return p;
    if (owner.password != owner.repeat)
        return SetupProblem{
            SetupField::Repeat,
            makeError(ErrorKind::Invalid,
                      Tr::tr("The two passwords differ. Type the same password twice."))};
    return std::nullopt;
}

QString demoDatabasePathFor(const QString& databasePath)
{
    const QFileInfo file(databasePath);
    const QString suffix = file.suffix().isEmpty() ? u"sqlite"_s : file.suffix();
    return file.absoluteDir().filePath(file.completeBaseName() + u"-demo."_s + suffix);
}

Result<Principal> applyFirstStart(Database& db, const FirstStartChoices& choices)
{
    if (const auto p = checkShopProfile(choices.shop))
        return p->error;
    if (const auto p = checkOwnerChoice(choices.owner))
        return p->error;
    if (const auto p = checkBackupFolder(choices.backupFolder))
        return p->error;

    Result<bool> demo = isDemoDatabase(db);
    if (!demo)
        return demo.error();
    Result<Principal> owner = [&]() -> Result<Principal> {
        if (*demo)
            return takeOverDemoOwner(db, choices.owner);
        Accounts accounts(db);
        Result<Account> created =
            accounts.createOwner(choices.owner.login, choices.owner.name, choices.owner.password);
        if (!created)
            return created.error();
        return accounts.signIn(created->login, choices.owner.password);
    }();
    if (!owner)
        return owner.error();
    db.setPrincipal(*owner);

    if (Status s = saveShopProfile(db, choices.shop); !s)
        return s.error();
    const QString folder = QDir::fromNativeSeparators(choices.backupFolder.trimmed());
    if (!folder.isEmpty()) {
        Status s = db.write([&](Transaction& tx) -> Status {
            Result<SettingValue> current = SharedSettings::get(tx, backupKeys::kFolder);
            if (!current)
                return current.error();
            Result<qint64> v =
                SharedSettings::set(tx, backupKeys::kFolder, folder, current->version, db.actor());
            return v ? Status::success() : Status(v.error());
        });
        if (!s)
            return s.error();
    }
    setChosenLanguage(choices.language);
    return owner;
}

} // namespace kartoteka
