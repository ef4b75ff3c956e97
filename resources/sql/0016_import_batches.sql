-- Schema 16: client imports as batches that can be undone.
-- Each import of a client file is one batch: who brought which file in, and
-- what it did. import_batch_clients lists every client the batch added or
-- filled, with the version the import left it at (an undo touches only
-- clients nobody changed since) and, for a filled client, the version and the
-- card as they were before (core/import/ClientSnapshot's JSON), which the undo
-- restores.
CREATE TABLE import_batches (
    id         INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    user_id    INTEGER,
    user_name  TEXT NOT NULL DEFAULT '',
    file_name  TEXT NOT NULL DEFAULT '',
    added      INTEGER NOT NULL DEFAULT 0,
    updated    INTEGER NOT NULL DEFAULT 0,
    skipped    INTEGER NOT NULL DEFAULT 0,
    problems   INTEGER NOT NULL DEFAULT 0,
    undone_at  TEXT
);

CREATE TABLE import_batch_clients (
    batch_id      INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    client_id     INTEGER NOT NULL,
    action        TEXT NOT NULL CHECK (action IN ('added', 'updated')),
    version_after INTEGER NOT NULL,
    version_before INTEGER,
    before        TEXT,
    PRIMARY KEY (batch_id, client_id)
);

-- Importing clients is a capability of its own (Administration > Roles);
-- the admin has it out of the box, as the owner has everything.
INSERT INTO role_capabilities (role, capability) VALUES ('admin', 'import');
