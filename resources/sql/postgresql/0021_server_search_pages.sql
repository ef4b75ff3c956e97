-- Schema 21 on a PostgreSQL server: search as you type a page at a time.
-- kartoteka_search (0020) hands over every match and the list sorts them:
-- a first letter matches half the base, and sorting 50,000 clients for a
-- page of 100 took a quarter of a second per keystroke. client_search now
-- carries what the list sorts and limits by (the name's sort key, archived,
-- manager, kept in step with clients by the triggers below), so the page's
-- matches are found in the list's own order:
--   many matches: walking the list in name order meets a page of them within
--   the next few thousand rows;
--   fewer, or many but all further on (a surname's): the trigram indexes
--   find them all and only they are sorted.
ALTER TABLE client_search
    ADD COLUMN sort_key text NOT NULL DEFAULT '',
    ADD COLUMN archived bigint NOT NULL DEFAULT 0,
    ADD COLUMN manager_id bigint;
UPDATE client_search s
   SET sort_key = c.sort_key, archived = c.archived, manager_id = c.manager_id
  FROM clients c
 WHERE c.id = s.client_id;
-- The walks below read these indexes alone (the texts are included): no
-- row of the table is fetched for the rows that do not match.
CREATE INDEX client_search_list ON client_search (archived, sort_key, client_id)
    INCLUDE (words, grams, manager_id);
CREATE INDEX client_search_manager ON client_search (manager_id, archived, sort_key, client_id)
    INCLUDE (words, grams);

-- A search row takes its client's place in the list as it is written...
CREATE FUNCTION client_search_place() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    SELECT c.sort_key, c.archived, c.manager_id
      INTO NEW.sort_key, NEW.archived, NEW.manager_id
      FROM clients c
     WHERE c.id = NEW.client_id;
    RETURN NEW;
END;
$$;
CREATE TRIGGER client_search_place BEFORE INSERT OR UPDATE ON client_search
    FOR EACH ROW EXECUTE FUNCTION client_search_place();

-- ...and follows it when the client is renamed, archived or handed over.
CREATE FUNCTION clients_search_place() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE client_search
       SET sort_key = NEW.sort_key, archived = NEW.archived, manager_id = NEW.manager_id
     WHERE client_id = NEW.id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER clients_search_place AFTER UPDATE OF sort_key, archived, manager_id ON clients
    FOR EACH ROW
    WHEN (OLD.sort_key IS DISTINCT FROM NEW.sort_key OR OLD.archived IS DISTINCT FROM NEW.archived
          OR OLD.manager_id IS DISTINCT FROM NEW.manager_id)
    EXECUTE FUNCTION clients_search_place();

-- The ids of one page of the list (name order, `descending` or not, after
-- the keyset (after_key, after_id) unless after_id is 0) whose search texts
-- match every pattern, within the session's reach and the program's
-- (for_manager's clients, and unassigned ones if with_unassigned; NULL:
-- everyone's), which may be narrower: the administrator's connection with
-- a manager signed in. Runs as the owner for the reason kartoteka_search
-- does; the patterns come the same way.
CREATE FUNCTION kartoteka_search_page(words jsonb, grams jsonb, archived bigint,
                                      descending boolean, after_key text, after_id bigint,
                                      page_size integer, for_manager bigint,
                                      with_unassigned boolean) RETURNS SETOF bigint
    LANGUAGE plpgsql SECURITY DEFINER ROWS 100 SET search_path FROM CURRENT AS $$
DECLARE
    can_all boolean := kartoteka_can('clients.all');
    can_unassigned boolean := kartoteka_can('clients.unassigned');
    me bigint := kartoteka_me();
    matching text := '';
    pattern text;
    place text := '';
    sorting text;
    walked text := 's.archived = $1';
    found bigint[];
    plan json;
    walk integer;
BEGIN
    FOR pattern IN SELECT jsonb_array_elements_text(words) LOOP
        matching := matching || format(' AND s.words LIKE %L', pattern);
    END LOOP;
    FOR pattern IN SELECT jsonb_array_elements_text(grams) LOOP
        matching := matching || format(' AND s.grams LIKE %L', pattern);
    END LOOP;
    matching := matching || ' AND ($2 OR s.manager_id = $3 OR (s.manager_id IS NULL AND $4))';
    IF for_manager IS NOT NULL THEN
        matching := matching || ' AND (s.manager_id = $7 OR (s.manager_id IS NULL AND $8))';
    END IF;
    IF after_id > 0 THEN
        place := format(' AND (s.sort_key, s.client_id) %s (%L, %s)',
                        CASE WHEN descending THEN '<' ELSE '>' END, after_key, after_id);
    END IF;
    sorting := CASE WHEN descending THEN ' ORDER BY s.sort_key DESC, s.client_id DESC'
                    ELSE ' ORDER BY s.sort_key, s.client_id' END;
    -- A manager who reaches only their own clients walks only those.
    IF NOT can_all AND NOT can_unassigned THEN
        walked := walked || ' AND s.manager_id = $3';
    ELSIF for_manager IS NOT NULL AND NOT with_unassigned THEN
        walked := walked || ' AND s.manager_id = $7';
    END IF;
    -- Many matches: the next rows of the list hold a page of them. Walking a
    -- row costs under a microsecond, sorting a match about two; how far to
    -- walk follows the planner's estimate of the matches (pg_trgm's
    -- statistics, a fraction of a millisecond): 5,000 rows (3 ms) for 1,500
    -- or more, else 1,000 (a common first name's matches are met early).
    -- Matches that cluster further on (a surname's) are sorted after all.
    EXECUTE 'EXPLAIN (FORMAT JSON) SELECT 1 FROM client_search s WHERE '
            || format('s.archived = %s', archived) || matching
        INTO plan USING archived, can_all, me, can_unassigned, page_size, 0, for_manager,
                        with_unassigned;
    walk := CASE WHEN (plan -> 0 -> 'Plan' ->> 'Plan Rows')::numeric >= 1500 THEN 5000
                 ELSE 1000 END;
    EXECUTE 'SELECT array_agg(client_id) FROM (SELECT s.client_id FROM (SELECT * FROM '
            || 'client_search s WHERE ' || walked || place || sorting || ' LIMIT $6) s '
            || 'WHERE true' || matching || sorting || ' LIMIT $5) p'
        INTO found USING archived, can_all, me, can_unassigned, page_size, walk, for_manager,
                         with_unassigned;
    IF cardinality(found) >= page_size THEN
        RETURN QUERY SELECT unnest(found);
        RETURN;
    END IF;
    -- Fewer: the trigram indexes find all of them first (MATERIALIZED keeps
    -- the planner from walking the list's index for them instead).
    RETURN QUERY EXECUTE 'WITH m AS MATERIALIZED (SELECT s.client_id, s.sort_key FROM '
            || 'client_search s WHERE s.archived = $1' || matching || ') '
            || 'SELECT s.client_id FROM m s WHERE true' || place || sorting || ' LIMIT $5'
        USING archived, can_all, me, can_unassigned, page_size, walk, for_manager,
              with_unassigned;
END;
$$;
