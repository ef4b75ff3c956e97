-- The physical floor of a 100,000-client import and of its undo: the same
-- rows written straight by SQLite, as the import finally writes them (one
-- statement a table, then the search index), and deleted again. Run on a
-- copy of the 100,000-client demo (it is changed and changed back):
--   sqlite3 COPY.sqlite < tests/bench/import_floor.sql
-- and set the figures beside kartoteka_import_bench's. The clients' indexes
-- are set aside and built again around the clients' write, as the import and
-- its undo do (storage/PausedIndexes.h; the statements are schema 19's: keep
-- them in step with resources/sql).
PRAGMA cache_size = -24576;
BEGIN;
CREATE TEMP TABLE src AS SELECT * FROM clients WHERE company_id IS NULL LIMIT 100000;
CREATE TEMP TABLE srcp AS SELECT p.* FROM client_phones p JOIN src s ON s.id = p.client_id;
CREATE TEMP TABLE srce AS SELECT e.* FROM client_emails e JOIN src s ON s.id = e.client_id;
CREATE TEMP TABLE sw AS
SELECT o.rank + 1000000000000 AS r, w.words, g.grams, o.client_id + 10000000 AS client_id
  FROM client_search_order o JOIN src s ON s.id = o.client_id
  JOIN client_words w ON w.rowid = o.rank JOIN client_grams g ON g.rowid = o.rank;
SELECT 'clients copied', count(*) FROM src;
.timer on
DROP INDEX clients_address;
DROP INDEX clients_tax_id;
DROP INDEX clients_created;
DROP INDEX clients_birthday_day;
DROP INDEX clients_manager;
DROP INDEX clients_by_company;
DROP INDEX clients_by_status;
DROP INDEX clients_by_manager;
DROP INDEX clients_manager_by_company;
DROP INDEX clients_manager_by_status;
DROP INDEX clients_status;
DROP INDEX clients_source;
INSERT INTO clients (id, kind, last_name, first_name, middle_name, company_name, display_name,
                     sort_key, birthday, tax_id, status_id, source_id, manager_id, actual_address,
                     address_key, comment, created_at, updated_at, company_sort, status_sort,
                     manager_sort)
SELECT id + 10000000, kind, last_name, first_name, middle_name, company_name, display_name,
       sort_key, birthday, tax_id, status_id, source_id, manager_id, actual_address, address_key,
       comment, created_at, updated_at, company_sort, status_sort, manager_sort
  FROM src;
CREATE INDEX clients_address ON clients (address_key) WHERE address_key <> '';
CREATE INDEX clients_tax_id ON clients (tax_id) WHERE tax_id <> '';
CREATE INDEX clients_created ON clients (created_at);
CREATE INDEX clients_birthday_day ON clients (substr(birthday, 6, 5)) WHERE birthday IS NOT NULL;
CREATE INDEX clients_manager ON clients (manager_id, archived, sort_key, id);
CREATE INDEX clients_by_company ON clients (archived, company_sort, sort_key, id);
CREATE INDEX clients_by_status ON clients (archived, status_sort, sort_key, id);
CREATE INDEX clients_by_manager ON clients (archived, manager_sort, sort_key, id);
CREATE INDEX clients_manager_by_company ON clients (manager_id, archived, company_sort, sort_key, id);
CREATE INDEX clients_manager_by_status ON clients (manager_id, archived, status_sort, sort_key, id);
CREATE INDEX clients_status ON clients (status_id) WHERE status_id IS NOT NULL;
CREATE INDEX clients_source ON clients (source_id);
INSERT INTO client_phones (client_id, position, label, raw, e164)
SELECT client_id + 10000000, position, label, raw, e164 FROM srcp;
INSERT INTO client_emails (client_id, position, label, email, email_key)
SELECT client_id + 10000000, position, label, email, email_key FROM srce;
INSERT INTO client_search_order (rank, client_id, manager_id) SELECT r, client_id, NULL FROM sw ORDER BY r;
INSERT INTO client_words (rowid, words) SELECT r, words FROM sw ORDER BY r;
INSERT INTO client_grams (rowid, grams) SELECT r, grams FROM sw ORDER BY r;
COMMIT;
.timer off
SELECT 'undo';
BEGIN;
.timer on
DELETE FROM client_words WHERE rowid IN (SELECT r FROM sw);
DELETE FROM client_grams WHERE rowid IN (SELECT r FROM sw);
DELETE FROM client_search_order WHERE rank IN (SELECT r FROM sw);
DROP INDEX clients_address;
DROP INDEX clients_tax_id;
DROP INDEX clients_created;
DROP INDEX clients_birthday_day;
DROP INDEX clients_manager;
DROP INDEX clients_by_company;
DROP INDEX clients_by_status;
DROP INDEX clients_by_manager;
DROP INDEX clients_manager_by_company;
DROP INDEX clients_manager_by_status;
DROP INDEX clients_status;
DROP INDEX clients_source;
DELETE FROM clients WHERE id > 10000000;
CREATE INDEX clients_address ON clients (address_key) WHERE address_key <> '';
CREATE INDEX clients_tax_id ON clients (tax_id) WHERE tax_id <> '';
CREATE INDEX clients_created ON clients (created_at);
CREATE INDEX clients_birthday_day ON clients (substr(birthday, 6, 5)) WHERE birthday IS NOT NULL;
CREATE INDEX clients_manager ON clients (manager_id, archived, sort_key, id);
CREATE INDEX clients_by_company ON clients (archived, company_sort, sort_key, id);
CREATE INDEX clients_by_status ON clients (archived, status_sort, sort_key, id);
CREATE INDEX clients_by_manager ON clients (archived, manager_sort, sort_key, id);
CREATE INDEX clients_manager_by_company ON clients (manager_id, archived, company_sort, sort_key, id);
CREATE INDEX clients_manager_by_status ON clients (manager_id, archived, status_sort, sort_key, id);
CREATE INDEX clients_status ON clients (status_id) WHERE status_id IS NOT NULL;
CREATE INDEX clients_source ON clients (source_id);
COMMIT;
