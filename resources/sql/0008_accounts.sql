-- Schema 8: the base belongs to the shop. Staff accounts sign in with a
-- password (stored only as an Argon2id hash), roles carry capabilities that
-- core checks, and an audit keeps who did what.

-- The staff list becomes the accounts. Existing people keep their ids (every
-- client's and deal's manager stays) and get a login made from their name;
-- they have no password until the owner gives them one. The old role column
-- ('staff', 'manager', 'admin') is replaced by the access roles.
ALTER TABLE users ADD COLUMN login TEXT;
ALTER TABLE users ADD COLUMN access_role TEXT NOT NULL DEFAULT 'manager';
UPDATE users SET access_role = CASE role WHEN 'admin' THEN 'admin' ELSE 'manager' END;
ALTER TABLE users DROP COLUMN role;
ALTER TABLE users RENAME COLUMN access_role TO role;
-- Argon2id in libsodium's string format; NULL: cannot sign in yet.
ALTER TABLE users ADD COLUMN password_hash TEXT;
-- Set with a temporary password: the person must choose their own at sign-in.
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN created_at TEXT;

UPDATE users SET login = lower(replace(trim(name), ' ', '.'));
UPDATE users SET login = login || '.' || id
 WHERE login = '' OR EXISTS (SELECT 1 FROM users AS other
                              WHERE other.login = users.login AND other.id < users.id);
CREATE UNIQUE INDEX users_login ON users (login);

-- The roles' capabilities, as the owner adjusted them; the owner's own role
-- has every capability and is not stored. Seeded with the defaults.
CREATE TABLE role_capabilities (
    role       TEXT NOT NULL CHECK (role IN ('admin', 'senior', 'manager')),
    capability TEXT NOT NULL,
    PRIMARY KEY (role, capability)
) WITHOUT ROWID;
INSERT INTO role_capabilities (role, capability) VALUES
    ('admin', 'clients.all'), ('admin', 'reports.all'), ('admin', 'export'),
    ('admin', 'print'), ('admin', 'accounts'), ('admin', 'lists'),
    ('admin', 'pipelines'), ('admin', 'backup'), ('admin', 'restore'),
    ('admin', 'audit'), ('admin', 'settings'),
    ('senior', 'clients.all'), ('senior', 'reports.all'), ('senior', 'export'),
    ('senior', 'print'), ('senior', 'backup');

-- Failed sign-ins per login (also logins that do not exist): repeated
-- failures wait longer and longer. Runtime state, kept across a restore.
CREATE TABLE signin_failures (
    login     TEXT PRIMARY KEY,
    failures  INTEGER NOT NULL,
    last_at   TEXT NOT NULL
) WITHOUT ROWID;

-- Who did what: every change with its old and new values, and the security
-- events (sign-ins, exports, backups, restores, role changes, hand-overs).
-- Rows are only ever added: the program has no way to change or delete them,
-- and a restore leaves them as they are: restoring an older backup keeps the
-- table with its indexes and triggers, hence IF NOT EXISTS here (SQLite
-- stores the definitions without it, so the schema reads the same).
CREATE TABLE IF NOT EXISTS audit (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    user_id   INTEGER,                 -- NULL: nobody signed in (a failed sign-in)
    user_name TEXT NOT NULL DEFAULT '', -- the name then, as the history shows it
    action    TEXT NOT NULL,           -- 'client.update', 'signin.failed', 'export', ...
    entity    TEXT NOT NULL DEFAULT '',
    entity_id INTEGER,
    client_id INTEGER,                 -- the client it concerns: the card's history
    details   TEXT NOT NULL DEFAULT '{}', -- JSON: changed fields (old, new), rows, file...
    host      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS audit_client ON audit (client_id, id) WHERE client_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS audit_user ON audit (user_id, id);
CREATE INDEX IF NOT EXISTS audit_action ON audit (action, id);
CREATE INDEX IF NOT EXISTS audit_at ON audit (at);
CREATE TRIGGER IF NOT EXISTS audit_is_append_only_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit rows cannot be changed');
END;
CREATE TRIGGER IF NOT EXISTS audit_is_append_only_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit rows cannot be deleted');
END;

-- The account behind each change, beside the names kept for reading.
ALTER TABLE changes ADD COLUMN actor_id INTEGER;
ALTER TABLE deal_stage_history ADD COLUMN by_user_id INTEGER;
ALTER TABLE interactions ADD COLUMN created_by_id INTEGER;
ALTER TABLE settings ADD COLUMN updated_by_id INTEGER;

-- A manager's list reads only their own clients, in the list's order; the
-- deal rule asks for a manager's deals and their clients' deals.
CREATE INDEX clients_manager ON clients (manager_id, archived, sort_key, id);
CREATE INDEX deals_manager ON deals (manager_id);
