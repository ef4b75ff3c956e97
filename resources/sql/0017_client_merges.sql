-- Schema 17: merging duplicate clients, with an undo, and "not duplicates".
-- A merge keeps one card (kept_id) and removes the others: each merged card
-- is kept whole in client_merge_cards (core/clients/ClientSnapshot's JSON,
-- with its id, version, archive flag and creation time) and every timeline
-- entry, deal and person it brought to the kept card in client_merge_moves,
-- with the version the move gave it. An undo puts the cards back and moves
-- back what did not change since, as long as the kept card is still at
-- kept_version_after; it then restores the kept card from kept_before.
CREATE TABLE client_merges (
    id                  INTEGER PRIMARY KEY,
    created_at          TEXT NOT NULL,
    user_id             INTEGER,
    user_name           TEXT NOT NULL DEFAULT '',
    kept_id             INTEGER NOT NULL,
    kept_name           TEXT NOT NULL DEFAULT '',
    kept_version_before INTEGER NOT NULL,
    kept_version_after  INTEGER NOT NULL,
    kept_before         TEXT NOT NULL,
    undone_at           TEXT
);
CREATE INDEX client_merges_kept ON client_merges (kept_id);

CREATE TABLE client_merge_cards (
    merge_id    INTEGER NOT NULL REFERENCES client_merges (id) ON DELETE CASCADE,
    client_id   INTEGER NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL,
    archived    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    card        TEXT NOT NULL,
    restored_id INTEGER, -- after an undo: the id it came back under
    PRIMARY KEY (merge_id, client_id)
);
CREATE INDEX client_merge_cards_client ON client_merge_cards (client_id);

CREATE TABLE client_merge_moves (
    merge_id       INTEGER NOT NULL REFERENCES client_merges (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('entry', 'deal', 'person')),
    row_id         INTEGER NOT NULL,
    from_client_id INTEGER NOT NULL,
    version_after  INTEGER NOT NULL,
    PRIMARY KEY (merge_id, kind, row_id)
);

-- Clients someone said are not duplicates of each other, as pairs
-- (client_id < other_id): a duplicate group of only such pairs is not shown
-- again; a new client joining it brings it back.
CREATE TABLE client_not_duplicates (
    client_id  INTEGER NOT NULL,
    other_id   INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    user_name  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (client_id, other_id)
);
