-- Schema 26: keeping in touch. A client may say how often they should hear
-- from the shop (contact_every_days: NULL as their contact type says, 0 not
-- kept, N every N days); each contact type its habits: how often, when the
-- next sale is due after a won deal when the client's own history does not
-- tell, and whether a birthday makes a greeting task (N days before; NULL
-- none). tasks/KeepInTouch.h reads them.
ALTER TABLE clients ADD COLUMN contact_every_days INTEGER;
CREATE TABLE contact_type_habits (
    type_id              INTEGER PRIMARY KEY REFERENCES list_items (id) ON DELETE CASCADE,
    contact_every_days   INTEGER,
    repeat_sale_days     INTEGER,
    birthday_days_before INTEGER,
    version              INTEGER NOT NULL DEFAULT 1
);
-- The Today screen's clients to keep in touch with: a manager's clients
-- that say how often, and those of the types that do.
CREATE INDEX clients_contact_every ON clients (manager_id, contact_every_days)
    WHERE contact_every_days IS NOT NULL;
CREATE INDEX clients_manager_type ON clients (manager_id, contact_type_id, contact_every_days,
                                             created_at) WHERE archived = 0;

-- What made a task when the program did (the habits above, a rule):
-- "repeat_sale:DEAL" after a won deal, "birthday:YEAR" for a greeting. One
-- such task is open at a time, whichever PC makes it first (a win taken back
-- and won again makes the next sale's task anew).
ALTER TABLE tasks ADD COLUMN origin TEXT;
CREATE UNIQUE INDEX tasks_origin ON tasks (client_id, origin)
    WHERE origin IS NOT NULL AND state = 'open';
