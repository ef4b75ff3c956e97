-- Schema 26 on a PostgreSQL server, the twin of ../0026_contact_habits.sql:
-- how often a client should hear from the shop (NULL as their contact type
-- says, 0 not kept, N every N days), and each contact type's habits.
ALTER TABLE clients ADD COLUMN contact_every_days bigint;
CREATE TABLE contact_type_habits (
    type_id              bigint PRIMARY KEY REFERENCES list_items (id) ON DELETE CASCADE,
    contact_every_days   bigint,
    repeat_sale_days     bigint,
    birthday_days_before bigint,
    version              bigint NOT NULL DEFAULT 1
);
CREATE INDEX clients_contact_every ON clients (manager_id, contact_every_days)
    WHERE contact_every_days IS NOT NULL;
CREATE INDEX clients_manager_type ON clients (manager_id, contact_type_id, contact_every_days,
                                             created_at) WHERE archived = 0;
-- What made a task when the program did (the habits above, a rule):
-- "repeat_sale:DEAL" after a won deal, "birthday:YEAR" for a greeting. One
-- such task is open at a time, whichever PC makes it first (a win taken back
-- and won again makes the next sale's task anew).
ALTER TABLE tasks ADD COLUMN origin text;
CREATE UNIQUE INDEX tasks_origin ON tasks (client_id, origin)
    WHERE origin IS NOT NULL AND state = 'open';
SELECT kartoteka_grant_staff();
