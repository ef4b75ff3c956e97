-- Schema 19: the server's own search table (postgresql/0019_server_search.sql).
-- A file searches with SQLite's FTS5 indexes (0002, 0013, 0014): nothing
-- changes here; the step exists so that both backends count the same schema
-- versions.
SELECT 1;
