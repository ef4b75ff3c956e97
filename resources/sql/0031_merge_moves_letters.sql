-- Schema 31: a merge moves the merged cards' tasks and letters to the kept
-- card as it moves their timeline and documents, and passes their "no
-- mailings" on (clients/ClientMerges): the moves gain the kinds 'task',
-- 'letter' and 'refusal'. Before, the merged card's tasks went with it and a
-- card with letters could not be merged. SQLite changes a CHECK only by
-- copying the table.
CREATE TABLE client_merge_moves_31 (
    merge_id       INTEGER NOT NULL REFERENCES client_merges (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL
                   CHECK (kind IN ('entry', 'deal', 'person', 'document', 'task', 'letter', 'refusal')),
    row_id         INTEGER NOT NULL,
    from_client_id INTEGER NOT NULL,
    version_after  INTEGER NOT NULL,
    PRIMARY KEY (merge_id, kind, row_id)
);
INSERT INTO client_merge_moves_31 (merge_id, kind, row_id, from_client_id, version_after)
    SELECT merge_id, kind, row_id, from_client_id, version_after FROM client_merge_moves;
DROP TABLE client_merge_moves;
ALTER TABLE client_merge_moves_31 RENAME TO client_merge_moves;
