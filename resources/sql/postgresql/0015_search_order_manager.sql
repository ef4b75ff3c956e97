-- Schema 15 on a PostgreSQL server: the twin of ../0015_search_order_manager.sql,
-- which gives SQLite's search order (client_search_order, schema 13) its
-- clients' managers. The server has no such table (see 0013's twin): its
-- row-level rules and pg_trgm search read the clients themselves. Nothing
-- changes here; the step exists so that both backends count the same schema
-- versions.
SELECT 1;
