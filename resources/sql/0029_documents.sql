-- Schema 29: documents (documents/). The shop's own templates (a shipped
-- template the owner edited is kept here under its shipped key; the
-- shipped ones themselves live in the program, so a new version of the
-- program improves those nobody touched), the numbers given per kind and
-- year, and every document as issued: its PDF in the database, so that it is
-- in every backup and opens again exactly as it was sent, whatever the
-- template, the prices or the client became since.
CREATE TABLE document_templates (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    shipped_key TEXT UNIQUE,            -- "invoice.uk": the shipped template this one replaces
    kind        TEXT NOT NULL,          -- invoice, proposal, delivery_note, letter, greeting
    name        TEXT NOT NULL UNIQUE,
    language    TEXT NOT NULL,          -- uk, ru, en: words the program adds (amount in words...)
    subject     TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL,          -- HTML with Mustache fields
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);
-- The last number given to a kind of document in a year: taken in the
-- transaction that stores the document, so a number is never given twice
-- and a document that was not stored leaves no gap.
CREATE TABLE document_numbers (
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (kind, year)
) WITHOUT ROWID;
-- No cascade from clients or deals: an issued invoice outlives neither
-- silently (a client's card is archived, not deleted, once it has one).
CREATE TABLE documents (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    kind          TEXT NOT NULL,
    year          INTEGER NOT NULL,
    doc_date      TEXT NOT NULL,        -- the date the document carries (YYYY-MM-DD)
    number        INTEGER,              -- NULL: a kind without numbers (a letter)
    title         TEXT NOT NULL,
    client_id     INTEGER REFERENCES clients (id),
    deal_id       INTEGER REFERENCES deals (id),
    template_name TEXT NOT NULL,
    language      TEXT NOT NULL,
    total_minor   INTEGER,
    currency      TEXT,
    pdf           BLOB NOT NULL,
    pdf_bytes     INTEGER NOT NULL,
    issued_at     TEXT NOT NULL,
    issued_by     INTEGER,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX documents_number ON documents (kind, year, number) WHERE number IS NOT NULL;
CREATE INDEX documents_client ON documents (client_id, issued_at);
CREATE INDEX documents_deal ON documents (deal_id) WHERE deal_id IS NOT NULL;

-- A merge moves the merged cards' documents to the kept card as it moves
-- their timeline (clients/ClientMerges): the moves gain the kind 'document'.
-- SQLite changes a CHECK only by copying the table.
CREATE TABLE client_merge_moves_29 (
    merge_id       INTEGER NOT NULL REFERENCES client_merges (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('entry', 'deal', 'person', 'document')),
    row_id         INTEGER NOT NULL,
    from_client_id INTEGER NOT NULL,
    version_after  INTEGER NOT NULL,
    PRIMARY KEY (merge_id, kind, row_id)
);
INSERT INTO client_merge_moves_29 (merge_id, kind, row_id, from_client_id, version_after)
    SELECT merge_id, kind, row_id, from_client_id, version_after FROM client_merge_moves;
DROP TABLE client_merge_moves;
ALTER TABLE client_merge_moves_29 RENAME TO client_merge_moves;
