-- Schema 13: the search indexes give their matches in the list's name order.
-- A keystroke's first page is the first 100 matches in (sort_key, id) order.
-- With the indexes keyed by client id, a short prefix ("к", "gmail.c",
-- "0671") made every search collect all its matches (a sixth of the base for
-- a first letter) before the first 100 by name could be chosen: at 1,000,000
-- clients tens of milliseconds per keystroke.
--
-- Now a row of client_words and client_grams is keyed by its client's place
-- in name order, a rank: FTS5 hands its matches out in rowid order, so the
-- search reads matches in name order and stops at the page's last one.
-- client_search_order pairs each rank with its client. Ranks leave gaps
-- (2^32 apart here) so that a new or renamed client takes a number between its
-- neighbours' ones; when a gap is used up the repository spreads the
-- neighbouring clients out again (core/clients/SearchIndex).
CREATE TABLE client_search_order (
    rank      INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL UNIQUE REFERENCES clients (id) ON DELETE CASCADE
);
INSERT INTO client_search_order (rank, client_id)
SELECT row_number() OVER (ORDER BY sort_key, id) * 4294967296, id FROM clients;

-- The indexes are built anew in rank order (appending is FTS5's fast path),
-- then take the old names.
CREATE VIRTUAL TABLE client_words_ranked USING fts5 (words, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3');
INSERT INTO client_words_ranked (rowid, words)
SELECT o.rank, w.words FROM client_search_order o JOIN client_words w ON w.rowid = o.client_id
 ORDER BY o.rank;
DROP TABLE client_words;
ALTER TABLE client_words_ranked RENAME TO client_words;

CREATE VIRTUAL TABLE client_grams_ranked USING fts5 (grams, tokenize = 'trigram');
INSERT INTO client_grams_ranked (rowid, grams)
SELECT o.rank, g.grams FROM client_search_order o JOIN client_grams g ON g.rowid = o.client_id
 ORDER BY o.rank;
DROP TABLE client_grams;
ALTER TABLE client_grams_ranked RENAME TO client_grams;
