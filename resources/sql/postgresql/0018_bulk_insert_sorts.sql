-- Schema 18 on a PostgreSQL server: the twin of ../0018_bulk_insert_sorts.sql,
-- which lets SQLite's bulk writers give a new client's sort columns with the
-- row. The server's sort columns are set by a BEFORE trigger that changes the
-- row as it is written (0009's twin), and it has no search order table: nothing
-- changes here; the step exists so that both backends count the same schema
-- versions.
SELECT 1;
