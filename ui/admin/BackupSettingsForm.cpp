#include "admin/BackupSettingsForm.h"

#include "accounts/Access.h"
#include "accounts/Passwords.h"
#include "admin/OwnerPassphraseDialog.h"
#include "backup/BackupSettings.h"
#include "backup/OwnerCopy.h"
#include "main/FileDialogs.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kartoteka::ui {

namespace {

const QStringList& formKeys()
{
    static const QStringList keys{backupKeys::kFolder,      backupKeys::kDailyAt,
                                  backupKeys::kKeepDaily,   backupKeys::kKeepWeekly,
                                  backupKeys::kKeepMonthly, backupKeys::kOwnerFolder};
    return keys;
}

QSpinBox* makeCount(QWidget* parent, int maximum)
{
    auto* box = new QSpinBox(parent);
    box->setRange(1, maximum);
    return box;
}

} // namespace

BackupSettingsForm::BackupSettingsForm(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_folder(new QLineEdit(this)),
      m_dailyEnabled(new QCheckBox(tr("Also at"), this)), m_dailyAt(new QTimeEdit(this)),
      m_keepDaily(makeCount(this, 365)), m_keepWeekly(makeCount(this, 520)),
      m_keepMonthly(makeCount(this, 240)), m_ownerFolder(new QLineEdit(this)),
      m_ownerKeyState(new QLabel(this)),
      m_setPassphrase(new QPushButton(tr("Set the owner's passphrase…"), this)),
      m_save(new QPushButton(tr("Save settings"), this)), m_keyJob(this)
{
    m_folder->setPlaceholderText(QDir::toNativeSeparators(defaultBackupFolder()));
    m_folder->setToolTip(tr("Another disk, a USB stick or a network folder. Empty: the "
                            "default folder on the PC that makes the backup."));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &BackupSettingsForm::browseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_dailyAt->setDisplayFormat(u"HH:mm"_s);
    connect(m_dailyEnabled, &QCheckBox::toggled, m_dailyAt, &QWidget::setEnabled);
    auto* dailyRow = new QHBoxLayout;
    dailyRow->addWidget(new QLabel(tr("At the first start of each day."), this));
    dailyRow->addWidget(m_dailyEnabled);
    dailyRow->addWidget(m_dailyAt);
    dailyRow->addStretch(1);

    auto* keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keepDaily);
    keepRow->addWidget(new QLabel(tr("daily,"), this));
    keepRow->addWidget(m_keepWeekly);
    keepRow->addWidget(new QLabel(tr("weekly,"), this));
    keepRow->addWidget(m_keepMonthly);
    keepRow->addWidget(new QLabel(tr("monthly"), this));
    keepRow->addStretch(1);

    m_ownerFolder->setObjectName(u"ownerFolder"_s);
    m_ownerFolder->setPlaceholderText(tr("none"));
    m_ownerFolder->setToolTip(
        tr("A USB stick or a folder synced to the owner's cloud drive. Every backup is also "
           "written there, encrypted so that only the owner's passphrase opens it; the same "
           "number of copies is kept as in the backup folder."));
    auto* browseOwner = new QPushButton(tr("Browse…"), this);
    connect(browseOwner, &QPushButton::clicked, this, &BackupSettingsForm::browseOwnerFolder);
    auto* ownerRow = new QHBoxLayout;
    ownerRow->addWidget(m_ownerFolder, 1);
    ownerRow->addWidget(browseOwner);
    // The state is a sentence: it gets the row's whole width, the button below it.
    auto* keyRow = new QVBoxLayout;
    keyRow->addWidget(m_ownerKeyState);
    keyRow->addWidget(m_setPassphrase, 0, Qt::AlignLeft);
    m_ownerKeyState->setWordWrap(true);
    m_setPassphrase->setObjectName(u"setOwnerPassphrase"_s);
    connect(m_setPassphrase, &QPushButton::clicked, this, &BackupSettingsForm::askOwnerPassphrase);

    auto* form = new QFormLayout;
    // A long label goes above its field when the column is narrow: beside
    // the idle lock, in Russian, the labels' column would push the window
    // past a 1366-pixel screen.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Backup folder:"), folderRow);
    form->addRow(tr("Automatic backup:"), dailyRow);
    form->addRow(tr("Keep:"), keepRow);
    form->addRow(tr("Owner's copy folder:"), ownerRow);
    form->addRow(tr("Owner's copy:"), keyRow);

    connect(m_save, &QPushButton::clicked, this, &BackupSettingsForm::save);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
    reload();
}

void BackupSettingsForm::reload()
{
    Result<QHash<QString, SettingValue>> values = SharedSettings(m_db).withPrefix(u"backup."_s);
    if (!values) {
        QMessageBox::warning(this, tr("Backup settings"), values.error().message);
        return;
    }
    m_loaded = *values;
    // Unsaved keys show the policy's defaults.
    const BackupPolicy defaults;
    QHash<QString, QString> shown{
        {backupKeys::kFolder, QString()},
        {backupKeys::kDailyAt,
         defaults.dailyAt ? defaults.dailyAt->toString(u"HH:mm"_s) : QString()},
        {backupKeys::kKeepDaily, QString::number(defaults.retention.daily)},
        {backupKeys::kKeepWeekly, QString::number(defaults.retention.weekly)},
        {backupKeys::kKeepMonthly, QString::number(defaults.retention.monthly)},
        {backupKeys::kOwnerFolder, QString()},
    };
    for (const QString& key : formKeys()) {
        if (m_loaded.contains(key))
            shown[key] = m_loaded.value(key).value;
    }
    showValues(shown);
    m_shown = formValues();
    showOwnerKeyState();
}

void BackupSettingsForm::showOwnerKeyState()
{
    // Whoever sets the key can open every later copy: the owner's alone.
    m_setPassphrase->setVisible(checkMaySetOwnerKey(m_db).ok());
    const SettingValue key = m_loaded.value(backupKeys::kOwnerKey);
    if (key.value.isEmpty() || !OwnerKey::fromSetting(key.value))
        m_ownerKeyState->setText(
            tr("No passphrase is set: owner's copies cannot be written until the owner sets "
               "one."));
    else
        m_ownerKeyState->setText(
            key.updatedBy.isEmpty()
                ? tr("The owner's passphrase is set; copies open only with it.")
                : tr("The owner's passphrase is set (by %1); copies open only with it.")
                      .arg(key.updatedBy));
}

void BackupSettingsForm::askOwnerPassphrase()
{
    OwnerPassphraseDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        setOwnerPassphrase(dialog.passphrase());
}

void BackupSettingsForm::setOwnerPassphrase(const QString& passphrase)
{
    if (m_keyJob.isRunning())
        return;
    if (Status s = checkNewPassword(passphrase); !s) {
        emit ownerKeySet(false, s.error().message);
        return;
    }
    if (Status s = checkMaySetOwnerKey(m_db); !s) {
        emit ownerKeySet(false, s.error().message);
        return;
    }
    m_setPassphrase->setEnabled(false);
    m_ownerKeyState->setText(tr("Deriving the owner's key from the passphrase…"));
    setCursor(Qt::BusyCursor);
    // Argon2id takes seconds and much memory on purpose: off the UI thread.
    m_keyJob.run(
        [passphrase] { return deriveOwnerKey(passphrase); },
        [this](const Result<OwnerKey>& key) {
            unsetCursor();
            m_setPassphrase->setEnabled(true);
            Status s = key ? saveOwnerKey(m_db, *key) : Status(key.error());
            // Only the key's state: unsaved edits in the form stay.
            if (Result<SettingValue> stored = SharedSettings(m_db).get(backupKeys::kOwnerKey);
                stored)
                m_loaded.insert(backupKeys::kOwnerKey, *stored);
            showOwnerKeyState();
            if (!s) {
                QMessageBox::warning(this, tr("The owner's passphrase"), s.error().message);
                emit ownerKeySet(false, s.error().message);
                return;
            }
            emit ownerKeySet(true, m_ownerKeyState->text());
        });
}

void BackupSettingsForm::showValues(const QHash<QString, QString>& values)
{
    m_folder->setText(QDir::toNativeSeparators(values.value(backupKeys::kFolder)));
    const QTime at = QTime::fromString(values.value(backupKeys::kDailyAt), u"HH:mm"_s);
    m_dailyEnabled->setChecked(at.isValid());
    m_dailyAt->setEnabled(at.isValid());
    m_dailyAt->setTime(at.isValid() ? at : QTime(18, 0));
    m_keepDaily->setValue(values.value(backupKeys::kKeepDaily).toInt());
    m_keepWeekly->setValue(values.value(backupKeys::kKeepWeekly).toInt());
    m_keepMonthly->setValue(values.value(backupKeys::kKeepMonthly).toInt());
    m_ownerFolder->setText(QDir::toNativeSeparators(values.value(backupKeys::kOwnerFolder)));
}

QHash<QString, QString> BackupSettingsForm::formValues() const
{
    return {
        {backupKeys::kFolder, QDir::fromNativeSeparators(m_folder->text().trimmed())},
        {backupKeys::kDailyAt,
         m_dailyEnabled->isChecked() ? m_dailyAt->time().toString(u"HH:mm"_s) : u"off"_s},
        {backupKeys::kKeepDaily, QString::number(m_keepDaily->value())},
        {backupKeys::kKeepWeekly, QString::number(m_keepWeekly->value())},
        {backupKeys::kKeepMonthly, QString::number(m_keepMonthly->value())},
        {backupKeys::kOwnerFolder, QDir::fromNativeSeparators(m_ownerFolder->text().trimmed())},
    };
}

bool BackupSettingsForm::isModified() const
{
    return formValues() != m_shown;
}

bool BackupSettingsForm::save()
{
    const QHash<QString, QString> mine = formValues();
    Status s = m_db.write([&](Transaction& tx) -> Status {
        for (const QString& key : formKeys()) {
            if (mine.value(key) == m_shown.value(key))
                continue;
            Result<qint64> v = SharedSettings::set(tx, key, mine.value(key),
                                                   m_loaded.value(key).version, m_db.actor());
            if (!v)
                return v.error();
        }
        return Status::success();
    });
    if (s.ok()) {
        reload();
        emit saved();
        return true;
    }
    if (s.error().kind == ErrorKind::Conflict)
        return resolveConflict(mine);
    QMessageBox::warning(this, tr("Backup settings"), s.error().message);
    return false;
}

bool BackupSettingsForm::resolveConflict(const QHash<QString, QString>& mine)
{
    const QHash<QString, SettingValue> before = m_loaded;
    reload(); // now shows theirs, with the current versions
    const QHash<QString, QString> theirs = formValues();
    QStringList lines;
    QString who;
    for (const QString& key : formKeys()) {
        if (m_loaded.value(key).version != before.value(key).version) {
            lines.append(tr("%1: theirs \"%2\", yours \"%3\"")
                             .arg(key.section(u'.', 1), theirs.value(key), mine.value(key)));
            who = m_loaded.value(key).updatedBy;
        }
    }
    QMessageBox box(QMessageBox::Question, tr("Backup settings were changed"),
                    tr("%1 saved the backup settings after you opened them.").arg(who),
                    QMessageBox::NoButton, this);
    box.setInformativeText(lines.join(u'\n'));
    QPushButton* keepMine = box.addButton(tr("Keep mine"), QMessageBox::AcceptRole);
    keepMine->setObjectName(u"keepMine"_s);
    box.addButton(tr("Keep theirs"), QMessageBox::RejectRole)->setObjectName(u"keepTheirs"_s);
    box.exec();
    if (box.clickedButton() != keepMine)
        return false; // the form already shows theirs
    showValues(mine);
    return save();
}

void BackupSettingsForm::browseFolder()
{
    const QString start = m_folder->text().isEmpty() ? defaultBackupFolder() : m_folder->text();
    const QString folder = chooseFolder(this, tr("Backup folder"), start);
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void BackupSettingsForm::browseOwnerFolder()
{
    const QString folder =
        chooseFolder(this, tr("Owner's copy folder"),
                     m_ownerFolder->text().isEmpty() ? QDir::homePath() : m_ownerFolder->text());
    if (!folder.isEmpty())
        m_ownerFolder->setText(QDir::toNativeSeparators(folder));
}

} // namespace kartoteka::ui
