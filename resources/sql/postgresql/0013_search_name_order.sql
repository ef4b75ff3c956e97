-- Schema 13 on a PostgreSQL server: the twin of ../0013_search_name_order.sql,
-- which rebuilds SQLite's FTS5 search indexes (client_words, client_grams) in
-- the list's name order and adds client_search_order, the table that pairs
-- their row keys with clients. Both are SQLite's search machinery alone: the
-- server searches with its own tools (pg_trgm over a folded search column,
-- see 0002_clients.sql), which need no such table. Nothing changes here; the
-- step exists so that both backends count the same schema versions.
SELECT 1;
