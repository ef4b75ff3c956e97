#include "TestSupport.h"

#include "storage/Sql.h"
#include "workspace/Workspace.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace kartoteka::test {

PrivateSettings::PrivateSettings()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

PrivateSettings::~PrivateSettings()
{
    const QString standard =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, standard);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, standard);
}

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

LanguageGuard::LanguageGuard(Language language)
{
    REQUIRE(QCoreApplication::instance());
    useLanguage(*QCoreApplication::instance(), language);
}

LanguageGuard::~LanguageGuard()
{
    // useLanguage parents its translators to the application.
    const QList<QTranslator*> translators =
        QCoreApplication::instance()->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(m_locale);
}

QString TempDir::path(const QString& name) const
{
    return name.isEmpty() ? m_dir.path() : m_dir.filePath(name);
}

std::unique_ptr<Database> openTestDatabase(const QString& path, ModeChoice mode,
                                           const QList<Migration>& migrations)
{
    return requireValue(openDatabase({path, mode, true}, migrations));
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

void requireOk(const Status& status)
{
    if (!status)
        FAIL(status.error().fullText().toStdString());
}

void createProbeTable(Database& db)
{
    requireOk(db.write([](Transaction& tx) -> Status {
        for (const QString& statement :
             {u"CREATE TABLE probe (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, "
              u"version INTEGER NOT NULL DEFAULT 1)"_s,
              u"CREATE INDEX probe_name ON probe (name)"_s,
              u"CREATE VIRTUAL TABLE probe_fts USING fts5 (name, content='probe', "
              u"content_rowid='id', tokenize='unicode61')"_s,
              u"CREATE TRIGGER probe_ai AFTER INSERT ON probe BEGIN INSERT INTO probe_fts "
              u"(rowid, name) VALUES (new.id, new.name); END"_s}) {
            if (Status s = sql::exec(tx.db(), statement); !s)
                return s;
        }
        return Status::success();
    }));
}

void insertProbe(Database& db, const QString& name)
{
    requireOk(db.write([&](Transaction& tx) -> Status {
        if (Status s = sql::exec(tx.db(), u"INSERT INTO probe (name) VALUES (?)"_s, {name}); !s)
            return s;
        Result<QVariant> id = sql::scalar(tx.db(), u"SELECT last_insert_rowid()"_s);
        tx.recordChange(u"probe"_s, id ? id->toLongLong() : 0, ChangeOp::Insert);
        return Status::success();
    }));
}

QStringList probeNames(Database& db)
{
    QStringList names;
    for (const QSqlRecord& r :
         requireValue(sql::rows(db.connection(), u"SELECT name FROM probe ORDER BY id"_s)))
        names.append(r.value(0).toString());
    return names;
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

QByteArray pngBytes(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    return bytes;
}

QString pdfText(const QByteArray& pdf)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    REQUIRE_FALSE(tool.isEmpty()); // poppler-utils, installed by test.sh
    QProcess process;
    process.start(tool, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, u"-"_s, u"-"_s});
    REQUIRE(process.waitForStarted());
    process.write(pdf);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace kartoteka::test
