-- Schema 31: a merge moves tasks and letters too and passes "no mailings"
-- on (see the SQLite script): the moves gain the kinds 'task', 'letter' and
-- 'refusal'.
ALTER TABLE client_merge_moves DROP CONSTRAINT client_merge_moves_kind_check;
ALTER TABLE client_merge_moves ADD CONSTRAINT client_merge_moves_kind_check
    CHECK (kind IN ('entry', 'deal', 'person', 'document', 'task', 'letter', 'refusal'));
