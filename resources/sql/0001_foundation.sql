-- Schema 1: the storage foundation every feature stands on.

-- Facts about this database itself: its identity (backups of different
-- databases may share one folder) and when it was created.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Settings that every PC of this database shares (backup folder, schedule,
-- retention...). Per-PC settings live in the OS settings store instead.
CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- The change feed: one row per changed entity, appended in the same
-- transaction as the change. Ids only grow, also across restores.
CREATE TABLE changes (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    op        TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete', 'reload')),
    actor     TEXT NOT NULL DEFAULT '',
    host      TEXT NOT NULL DEFAULT ''
);

-- Who has the database open right now. Runtime state: a restore keeps the
-- current rows instead of the backup's.
CREATE TABLE sessions (
    id           INTEGER PRIMARY KEY,
    host         TEXT NOT NULL,
    user_name    TEXT NOT NULL,
    pid          INTEGER NOT NULL,
    app_version  TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    heartbeat_at TEXT NOT NULL,
    maintenance  TEXT -- set while this session restores the database: what it does
);

-- Leases make exactly one PC do shared chores such as the daily backup.
CREATE TABLE leases (
    name       TEXT PRIMARY KEY,
    holder     TEXT,
    expires_at TEXT,
    done_at    TEXT
) WITHOUT ROWID;

INSERT INTO meta (key, value) VALUES ('database_id', lower(hex(randomblob(16))));
INSERT INTO meta (key, value) VALUES ('created_at', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- 'KRTK': tells a Kartoteka database from any other SQLite file.
PRAGMA application_id = 1263686731;
