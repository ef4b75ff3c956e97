-- Schema 19 on a PostgreSQL server: search as you type with the server's own
-- tools. A file keeps its clients' words and digits in SQLite's FTS5 indexes;
-- the server keeps the same texts (clients/SearchText.h) in client_search and
-- finds them with pg_trgm's trigram indexes, which answer LIKE '%...%' on any
-- part of a text. `words` has every word of names, company, e-mails, tax ID
-- and custom values folded (ё = е) and split at punctuation, each after a
-- space, so a prefix of any word is LIKE '% prefix%'; `grams` has phone
-- digits, e-mails and the tax ID, matched anywhere.
--
-- pg_trgm ships with the server (Debian's postgresql package) and is a
-- trusted extension: the database's owner may add it without a superuser.
-- Servers had no clients before this step (their search had nowhere to go),
-- so there is nothing to fill.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE client_search (
    client_id BIGINT PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
    words TEXT NOT NULL,
    grams TEXT NOT NULL
);
CREATE INDEX client_search_words ON client_search USING gin (words gin_trgm_ops);
CREATE INDEX client_search_grams ON client_search USING gin (grams gin_trgm_ops);
