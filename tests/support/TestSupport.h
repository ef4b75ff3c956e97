#pragma once

#include "Catch.h"

#include "language/Language.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace kartoteka::test {

// A fresh folder per test, removed afterwards.
class TempDir
{
public:
    TempDir();
    QString path(const QString& name = {}) const;

private:
    QTemporaryDir m_dir;
};

// A QSettings file of the test's own while it lives (the language, the window's
// geometry): ctest runs test cases as parallel processes of one program, which
// would otherwise share, and race on, the user's settings.
class PrivateSettings
{
public:
    PrivateSettings();
    ~PrivateSettings();
    PrivateSettings(const PrivateSettings&) = delete;
    PrivateSettings& operator=(const PrivateSettings&) = delete;

private:
    TempDir m_dir;
};

// Opens (creating and migrating) a database; fails the test if it cannot.
std::unique_ptr<Database>
openTestDatabase(const QString& path, ModeChoice mode = ModeChoice::Local,
                 const QList<Migration>& migrations = builtinMigrations());

QByteArray fileBytes(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

// A table standing in for business data (the later features' tables), with
// an index, a trigger and an FTS5 index, so restore is tested on all kinds.
void createProbeTable(Database& db);
void insertProbe(Database& db, const QString& name);
QStringList probeNames(Database& db);

// What the program shows for the message `source` of `context` in the language
// in use: tests that must look at a shown text compare with this, never with
// English, so that no translation can break them.
inline QString shownText(const char* context, const char* source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

// Runs the event loop until `done` or the timeout; true when done.
// The text of a PDF as poppler's pdftotext reads it (what a viewer or a
// bank's robot finds), runs of spaces and line ends made one space. Fails the
// test when pdftotext (poppler-utils) is missing.
QString pdfText(const QByteArray& pdf);
// A PNG of `width` × `height` pixels of one colour (a logo for the tests).
QByteArray pngBytes(int width, int height);

bool waitUntil(const std::function<bool()>& done, int timeoutMs = 5000);

// Speaks `language` while it lives (Kartoteka's and Qt's translations, the
// default locale), then English with the formats it found: tests run in
// English unless one installs a language this way.
class LanguageGuard
{
public:
    explicit LanguageGuard(Language language);
    ~LanguageGuard();
    LanguageGuard(const LanguageGuard&) = delete;
    LanguageGuard& operator=(const LanguageGuard&) = delete;

private:
    QLocale m_locale;
};

// Fails the test with the error's text when `status` failed.
void requireOk(const Status& status);
template <typename T> T requireValue(Result<T> result)
{
    if (!result)
        FAIL(result.error().fullText().toStdString());
    return std::move(result).value();
}

// The kind of error `status` (or `result`) failed with; fails the test when it succeeded.
inline ErrorKind kindOf(const Status& status)
{
    REQUIRE_FALSE(status.ok());
    return status.error().kind;
}
template <typename T> ErrorKind kindOf(const Result<T>& result)
{
    REQUIRE_FALSE(result.ok());
    return result.error().kind;
}
// The key an error carries in its detail ("letter.no-address"); fails the
// test when it succeeded.
template <typename T> QString errorDetailOf(const Result<T>& result)
{
    REQUIRE_FALSE(result.ok());
    return result.error().detail;
}
inline QString errorDetailOf(const Status& status)
{
    REQUIRE_FALSE(status.ok());
    return status.error().detail;
}

} // namespace kartoteka::test
