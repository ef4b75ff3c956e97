#pragma once

// What the import readers' tests share: the fixtures written by other
// programs (tests/fixtures/import) and the key of a refusal.
#include "Catch.h"

#include "import/ImportTable.h"
#include "import/ReadError.h"
#include "storage/Result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace kartoteka::test {

inline QString importFixture(const char* name)
{
    return QStringLiteral(KARTOTEKA_IMPORT_FIXTURES "/") + QString::fromLatin1(name);
}

inline QByteArray importFixtureBytes(const char* name)
{
    QFile file(importFixture(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A refused file's key ("xlsx.shared-string-out-of-range"), after checking
// that it is a refusal with a message for the person.
inline QString refusalKey(const Result<ImportTable>& read)
{
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().kind == ErrorKind::Invalid);
    CHECK_FALSE(read.error().message.isEmpty());
    return readErrorKey(read.error());
}

} // namespace kartoteka::test
