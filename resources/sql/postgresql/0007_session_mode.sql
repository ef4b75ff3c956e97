-- Schema 7 on a PostgreSQL server: the twin of ../0007_session_mode.sql. A
-- server has no journal modes to mix up, but the column keeps both schemas
-- alike (and a copy from a file brings its values).
ALTER TABLE sessions ADD COLUMN mode text;
