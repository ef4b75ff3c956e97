-- Schema 14 on a PostgreSQL server: the twin of ../0014_search_longer_prefixes.sql,
-- which rebuilds SQLite's FTS5 words index with prefixes of up to eight
-- letters. The server searches with pg_trgm over a folded column (see
-- 0002_clients.sql), which has no prefix lengths to choose. Nothing changes
-- here; the step exists so that both backends count the same schema versions.
SELECT 1;
