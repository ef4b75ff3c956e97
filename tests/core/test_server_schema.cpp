// Both backends are always at the same schema (issue 13): the server's
// migrations (resources/sql/postgresql) are numbered as the file's, and an
// empty file and an empty server database migrated to the newest version
// have the same tables, columns, keys, constraints, indexes and triggers.
#include "Catch.h"
#include "TestServer.h"
#include "TestSupport.h"

#include "storage/Sql.h"

#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace kartoteka;
using namespace kartoteka::test;

namespace {

// One table as comparable lines: its columns in order, then its keys,
// constraints, indexes and triggers sorted.
using Schema = QMap<QString, QStringList>;

// SQLite's declared types and what the server's migrations use for them.
QString serverType(const QString& sqliteType)
{
    const QString type = sqliteType.toUpper();
    if (type == u"INTEGER")
        return u"bigint"_s;
    if (type == u"TEXT")
        return u"text"_s;
    if (type == u"REAL")
        return u"double precision"_s;
    if (type == u"BLOB")
        return u"bytea"_s;
    return u"unmapped " + sqliteType;
}

QString deleteRule(const QString& rule)
{
    return rule.toUpper();
}

QList<QSqlRecord> query(Database& db, const QString& statement, const QVariantList& args = {})
{
    return requireValue(sql::rows(db.connection(), statement, args));
}

Schema sqliteSchema(Database& db)
{
    Schema schema;
    // Search is FTS5 there and its own design on the server: the virtual
    // tables, the shadow tables SQLite keeps for them, the table that keys
    // them in name order (0013_search_name_order.sql) and its triggers are
    // left out.
    QStringList searchTables{u"client_search_order"_s};
    for (const QSqlRecord& r :
         query(db, u"SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE "
                   u"'CREATE VIRTUAL TABLE%'"_s))
        searchTables << r.value(0).toString();
    auto isSearch = [&](const QString& table) {
        for (const QString& v : searchTables)
            if (table == v || table.startsWith(v + u'_'))
                return true;
        return false;
    };
    for (const QSqlRecord& t :
         query(db, u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                   u"'sqlite_%' ORDER BY name"_s)) {
        const QString table = t.value(0).toString();
        if (isSearch(table))
            continue;
        const QString quoted = sql::quoteIdentifier(table);
        QStringList columns;
        QMap<int, QString> pk;
        for (const QSqlRecord& c : query(db, u"PRAGMA table_info(%1)"_s.arg(quoted))) {
            const bool primary = c.value(u"pk"_s).toInt() > 0;
            // A primary key column is NOT NULL on the server whatever SQLite allows.
            const bool notNull = c.value(u"notnull"_s).toInt() != 0 || primary;
            columns << u"column %1 %2%3"_s.arg(c.value(u"name"_s).toString(),
                                               serverType(c.value(u"type"_s).toString()),
                                               notNull ? u" not null"_s : QString());
            if (primary)
                pk.insert(c.value(u"pk"_s).toInt(), c.value(u"name"_s).toString());
        }
        QStringList rest;
        if (!pk.isEmpty())
            rest << u"primary key "_s + pk.values().join(u',');
        QMap<int, QStringList> fkFrom, fkTo;
        QMap<int, QString> fkTable, fkDelete;
        for (const QSqlRecord& f : query(db, u"PRAGMA foreign_key_list(%1)"_s.arg(quoted))) {
            const int id = f.value(u"id"_s).toInt();
            fkFrom[id] << f.value(u"from"_s).toString();
            fkTo[id] << f.value(u"to"_s).toString();
            fkTable[id] = f.value(u"table"_s).toString();
            fkDelete[id] = deleteRule(f.value(u"on_delete"_s).toString());
        }
        for (auto it = fkFrom.cbegin(); it != fkFrom.cend(); ++it)
            rest << u"foreign key %1 -> %2(%3) on delete %4"_s.arg(
                it.value().join(u','), fkTable[it.key()], fkTo[it.key()].join(u','),
                fkDelete[it.key()]);
        for (const QSqlRecord& i : query(db, u"PRAGMA index_list(%1)"_s.arg(quoted))) {
            const QString origin = i.value(u"origin"_s).toString();
            if (origin == u"pk")
                continue;
            QStringList keys;
            for (const QSqlRecord& k :
                 query(db, u"PRAGMA index_info(%1)"_s.arg(
                               sql::quoteIdentifier(i.value(u"name"_s).toString()))))
                keys << (k.value(u"name"_s).isNull() ? u"<expression>"_s
                                                     : k.value(u"name"_s).toString());
            if (origin == u"u")
                rest << u"unique "_s + keys.join(u',');
            else
                rest << u"index %1 (%2)%3%4"_s.arg(
                    i.value(u"name"_s).toString(), keys.join(u','),
                    i.value(u"unique"_s).toInt() ? u" unique"_s : QString(),
                    i.value(u"partial"_s).toInt() ? u" partial"_s : QString());
        }
        for (const QSqlRecord& tr :
             query(db, u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"_s,
                   {table})) {
            // A trigger that keeps the search machinery (named after its
            // table: client_search_order_manager on clients) is left out too.
            if (!isSearch(tr.value(0).toString()))
                rest << u"trigger "_s + tr.value(0).toString();
        }
        rest.sort();
        schema.insert(table, columns + rest);
    }
    return schema;
}

Schema serverSchema(Database& db)
{
    Schema schema;
    // A constraint's or index's columns by name, in their order (0: an expression).
    const QString keyNames =
        u"array_to_string(ARRAY(SELECT COALESCE(a.attname, '<expression>') FROM unnest(%1) "
        u"WITH ORDINALITY AS k(attnum, n) LEFT JOIN pg_attribute a ON a.attrelid = %2 "
        u"AND a.attnum = k.attnum ORDER BY k.n), ',')"_s;
    for (const QSqlRecord& t :
         query(db, u"SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                   u"ORDER BY tablename"_s)) {
        const QString table = t.value(0).toString();
        // The twin of SQLite's file header (user_version, application_id),
        // and the server's own search table (the file's is FTS5, left out
        // there too: postgresql/0019_server_search.sql).
        if (table == u"kartoteka_schema" || table == u"client_search")
            continue;
        QStringList columns;
        for (const QSqlRecord& c :
             query(db,
                   u"SELECT column_name, data_type, is_nullable FROM information_schema.columns "
                   u"WHERE table_schema = current_schema() AND table_name = ? "
                   u"ORDER BY ordinal_position"_s,
                   {table}))
            columns << u"column %1 %2%3"_s.arg(c.value(0).toString(), c.value(1).toString(),
                                               c.value(2).toString() == u"NO" ? u" not null"_s
                                                                              : QString());
        QStringList rest;
        const QString constraints =
            u"SELECT c.contype, "_s + keyNames.arg(u"c.conkey"_s, u"c.conrelid"_s) +
            u", f.relname, "_s + keyNames.arg(u"c.confkey"_s, u"c.confrelid"_s) +
            u", c.confdeltype FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid "
            u"LEFT JOIN pg_class f ON f.oid = c.confrelid "
            u"WHERE r.relname = ? AND r.relnamespace = current_schema()::regnamespace "
            u"AND c.contype IN ('p', 'f', 'u')"_s;
        for (const QSqlRecord& c : query(db, constraints, {table})) {
            const QString type = c.value(0).toString();
            if (type == u"p")
                rest << u"primary key "_s + c.value(1).toString();
            else if (type == u"u")
                rest << u"unique "_s + c.value(1).toString();
            else {
                static const QMap<QString, QString> rules{{u"a"_s, u"NO ACTION"_s},
                                                          {u"r"_s, u"RESTRICT"_s},
                                                          {u"c"_s, u"CASCADE"_s},
                                                          {u"n"_s, u"SET NULL"_s},
                                                          {u"d"_s, u"SET DEFAULT"_s}};
                rest << u"foreign key %1 -> %2(%3) on delete %4"_s.arg(
                    c.value(1).toString(), c.value(2).toString(), c.value(3).toString(),
                    rules.value(c.value(4).toString()));
            }
        }
        const QString indexes =
            u"SELECT x.relname, "_s + keyNames.arg(u"i.indkey::int2[]"_s, u"i.indrelid"_s) +
            u", i.indisunique, i.indpred IS NOT NULL FROM pg_index i "
            u"JOIN pg_class x ON x.oid = i.indexrelid JOIN pg_class r ON r.oid = i.indrelid "
            u"WHERE r.relname = ? AND r.relnamespace = current_schema()::regnamespace "
            u"AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)"_s;
        for (const QSqlRecord& i : query(db, indexes, {table}))
            rest << u"index %1 (%2)%3%4"_s.arg(i.value(0).toString(), i.value(1).toString(),
                                               i.value(2).toBool() ? u" unique"_s : QString(),
                                               i.value(3).toBool() ? u" partial"_s : QString());
        for (const QSqlRecord& tr :
             query(db,
                   u"SELECT t.tgname FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid "
                   u"WHERE r.relname = ? AND r.relnamespace = current_schema()::regnamespace "
                   u"AND NOT t.tgisinternal"_s,
                   {table})) {
            // The guards of accounts and roles against staff sessions (a file
            // has no staff sessions) and the change feed's notice to other
            // connections (a file's are polled): postgresql/0020_server_roles.sql.
            // And the one that keeps the server's search table in step with
            // clients (postgresql/0021_server_search_pages.sql), and the
            // capabilities' guards of the shop's set-up
            // (postgresql/0032_server_settings_guard.sql).
            const QString name = tr.value(0).toString();
            if (name != u"users_guard" && name != u"role_capabilities_guard" &&
                name != u"changes_notify" && name != u"clients_search_place" &&
                name != u"capability_guard")
                rest << u"trigger "_s + name;
        }
        rest.sort();
        schema.insert(table, columns + rest);
    }
    return schema;
}

QList<int> versions(const QList<Migration>& migrations)
{
    QList<int> numbers;
    for (const Migration& m : migrations)
        numbers << m.version;
    return numbers;
}

} // namespace

TEST_CASE("the server has a migration for every migration of the file, numbered the same",
          "[server][schema]")
{
    // A new SQLite step needs its server twin in resources/sql/postgresql.
    const QList<int> file = versions(builtinMigrations(Backend::Sqlite));
    const QList<int> server = versions(builtinMigrations(Backend::PostgreSql));
    REQUIRE_FALSE(file.isEmpty());
    CHECK(server == file);
    for (int i = 0; i < file.size(); ++i)
        CHECK(file.at(i) == i + 1);
}

TEST_CASE("a migrated file and a migrated server database have the same schema", "[server][schema]")
{
    KARTOTEKA_REQUIRE_TEST_SERVER();
    TempDir dir;
    std::unique_ptr<Database> file = openTestDatabase(dir.path(u"shop.sqlite"_s));
    ServerDatabase server;
    std::unique_ptr<Database> onServer = openServerTestDatabase(server);
    REQUIRE(requireValue(onServer->schemaVersion()) == requireValue(file->schemaVersion()));

    const Schema expected = sqliteSchema(*file);
    const Schema actual = serverSchema(*onServer);
    REQUIRE(expected.size() > 20);
    CHECK(actual.keys() == expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        INFO("table " << it.key().toStdString());
        const QStringList serverLines = actual.value(it.key());
        // The differences first, so a failure names just what is missing or extra.
        QStringList onlyFile, onlyServer;
        for (const QString& line : it.value())
            if (!serverLines.contains(line))
                onlyFile << line;
        for (const QString& line : serverLines)
            if (!it.value().contains(line))
                onlyServer << line;
        CHECK(onlyFile == QStringList{});
        CHECK(onlyServer == QStringList{});
        // Columns in the same order too: a copy between them goes column by column.
        CHECK(serverLines == it.value());
    }
}
