-- Schema 7: each session records the mode it uses the file in ("local" or
-- "shared"), so that a program on the same PC in the other mode is refused:
-- switching the file to WAL under a program in rollback mode (or the reverse)
-- would succeed and corrupt it once other PCs join. NULL for sessions of
-- older programs, which are then judged by their host alone.
ALTER TABLE sessions ADD COLUMN mode TEXT;
