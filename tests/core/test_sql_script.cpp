#include "Catch.h"

#include "storage/SqlScript.h"

using namespace Qt::StringLiterals;
using kartoteka::sql::splitScript;

TEST_CASE("a script splits into statements at semicolons", "[sql]")
{
    const QStringList parts = splitScript(u"CREATE TABLE a (x);\n\nINSERT INTO a VALUES (1);  "_s);
    REQUIRE(parts == QStringList{u"CREATE TABLE a (x)"_s, u"INSERT INTO a VALUES (1)"_s});
}

TEST_CASE("semicolons in quotes and comments do not split", "[sql]")
{
    const QStringList parts =
        splitScript(u"-- a comment; still a comment\nINSERT INTO a VALUES ('x;y', \"q;\"\"z\");\n"
                    u"/* block; comment */ INSERT INTO a VALUES ('it''s; fine');"_s);
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].contains(u"'x;y'"_s));
    CHECK(parts[0].contains(u"\"q;\"\"z\""_s));
    CHECK(parts[1].contains(u"'it''s; fine'"_s));
}

TEST_CASE("a trigger body stays one statement", "[sql]")
{
    const QStringList parts =
        splitScript(u"CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (new.x);\n"
                    u"  UPDATE c SET n = CASE WHEN n > 0 THEN n END;\nEND;\nSELECT 1;"_s);
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].startsWith(u"CREATE TRIGGER"_s));
    CHECK(parts[0].endsWith(u"END"_s));
    CHECK(parts[1] == u"SELECT 1"_s);
}

TEST_CASE("a dollar-quoted function body stays one statement", "[sql]")
{
    const QStringList parts = splitScript(
        u"CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
        u"  UPDATE c SET n = 1; RETURN NEW;\nEND;\n$$;\n"
        u"CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $body$ SELECT 'a;$$b' $body$;\n"
        u"SELECT $1, price$ FROM t;"_s);
    REQUIRE(parts.size() == 3);
    CHECK(parts[0].endsWith(u"END;\n$$"_s));
    CHECK(parts[1].endsWith(u"$body$"_s));
    CHECK(parts[2] == u"SELECT $1, price$ FROM t"_s);
}
