-- Schema 10 on a PostgreSQL server: the twin of ../0010_report_day_facts.sql
-- (the reasons are written there). The same tables, keys, index and triggers
-- by the same names; PostgreSQL runs a trigger's body as a function, so the
-- adding and taking out are small functions the triggers share.
--
-- Local days: SQLite's date(at, 'localtime') uses the time zone of the PC
-- that writes. A server has no such PC: report_day() converts the ISO-8601
-- UTC instant in the session's TimeZone setting (the server's default unless
-- the connection sets one). That equals SQLite's day only when the server's
-- (or the session's) zone is the shop's zone; the server must be set up so.
--
-- One difference of dialect shapes the functions: PostgreSQL's ON CONFLICT
-- cannot touch one key twice in one statement (SQLite adds row by row), so
-- each total is added by its own statement, and a total reaching nothing goes
-- right there.

CREATE TABLE report_deal_days (
    pipeline_id       bigint NOT NULL,
    day               text NOT NULL,
    manager_id        bigint NOT NULL,
    stage_id          bigint NOT NULL,
    furthest_stage_id bigint NOT NULL,
    loss_reason_id    bigint NOT NULL,
    source_id         bigint NOT NULL,
    deals             bigint NOT NULL,
    amount            bigint NOT NULL,
    win_ms            bigint NOT NULL, -- created to closed, for the closed ones
    PRIMARY KEY (pipeline_id, day, manager_id, stage_id, furthest_stage_id, loss_reason_id, source_id)
);

CREATE TABLE report_won_days (
    pipeline_id bigint NOT NULL,
    day         text NOT NULL,
    manager_id  bigint NOT NULL,
    stage_id    bigint NOT NULL,
    deals       bigint NOT NULL,
    amount      bigint NOT NULL,
    PRIMARY KEY (pipeline_id, day, manager_id, stage_id)
);

CREATE TABLE report_stay_days (
    pipeline_id bigint NOT NULL,
    day         text NOT NULL,
    manager_id  bigint NOT NULL,
    to_stage_id bigint NOT NULL,
    stays       bigint NOT NULL,
    stay_ms     bigint NOT NULL,
    PRIMARY KEY (pipeline_id, day, manager_id, to_stage_id)
);

CREATE TABLE report_timeline_days (
    kind       text NOT NULL,
    day        text NOT NULL,
    manager_id bigint NOT NULL,
    entries    bigint NOT NULL,
    amount     bigint NOT NULL, -- purchases: what they came to
    PRIMARY KEY (kind, day, manager_id)
);

CREATE TABLE report_client_days (
    day        text NOT NULL,
    manager_id bigint NOT NULL,
    source_id  bigint NOT NULL,
    clients    bigint NOT NULL,
    PRIMARY KEY (day, manager_id, source_id)
);

CREATE INDEX client_sales_first ON client_sales (first_at);

-- date(at, 'localtime'): the local day of an ISO-8601 UTC instant (see above).
CREATE FUNCTION report_day(at text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT to_char(at::timestamptz, 'YYYY-MM-DD');
$$;

-- round((julianday(to) - julianday(from)) * 86400000): whole milliseconds.
CREATE FUNCTION report_ms_between(from_at text, to_at text) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$
    SELECT round(extract(epoch FROM (to_at::timestamptz - from_at::timestamptz)) * 1000)::bigint;
$$;

-- round(days * 86400000), halves away from zero as SQLite's round().
CREATE FUNCTION report_days_ms(days double precision) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
    SELECT round((days * 86400000)::numeric)::bigint;
$$;

-- A deal's won/lost time as 0010 counts it: none while it is open.
CREATE FUNCTION report_win_ms(d deals) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN d.closed_at IS NULL THEN 0 ELSE report_ms_between(d.created_at, d.closed_at) END;
$$;

-- The deal's source: its own, else its client's, else none.
CREATE FUNCTION report_deal_source(d deals) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT COALESCE(d.source_id, (SELECT c.source_id FROM clients c WHERE c.id = d.client_id), 0);
$$;

-- What is there today.
INSERT INTO report_deal_days (pipeline_id, day, manager_id, stage_id, furthest_stage_id, loss_reason_id, source_id, deals, amount, win_ms)
SELECT d.pipeline_id, report_day(d.created_at), COALESCE(d.manager_id, 0), d.stage_id, COALESCE(d.furthest_stage_id, 0), COALESCE(d.loss_reason_id, 0), COALESCE(d.source_id, c.source_id, 0),
       count(*), sum(d.amount_minor), sum(report_win_ms(d))
  FROM deals d LEFT JOIN clients c ON c.id = d.client_id GROUP BY 1, 2, 3, 4, 5, 6, 7;

INSERT INTO report_won_days (pipeline_id, day, manager_id, stage_id, deals, amount)
SELECT d.pipeline_id, report_day(d.closed_at), COALESCE(d.manager_id, 0), d.stage_id, count(*), sum(d.amount_minor)
  FROM deals d WHERE d.closed_at IS NOT NULL GROUP BY 1, 2, 3, 4;

INSERT INTO report_stay_days (pipeline_id, day, manager_id, to_stage_id, stays, stay_ms)
SELECT d.pipeline_id, report_day(d.created_at), COALESCE(d.manager_id, 0), h.to_stage_id, count(*), sum(report_days_ms(h.days_in_stage))
  FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id
 WHERE h.days_in_stage IS NOT NULL GROUP BY 1, 2, 3, 4;

INSERT INTO report_timeline_days (kind, day, manager_id, entries, amount)
SELECT i.kind, report_day(i.occurred_at), COALESCE(c.manager_id, 0), count(*), sum(COALESCE(i.amount_minor, 0))
  FROM interactions i JOIN clients c ON c.id = i.client_id
 WHERE i.kind IN ('call', 'meeting', 'email', 'purchase') GROUP BY 1, 2, 3;

INSERT INTO report_client_days (day, manager_id, source_id, clients)
SELECT report_day(c.created_at), COALESCE(c.manager_id, 0), COALESCE(c.source_id, 0), count(*) FROM clients c GROUP BY 1, 2, 3;

-- Adding to one total (negative: taking out); a total that reaches nothing goes.
CREATE FUNCTION report_deal_days_add(p_pipeline bigint, p_day text, p_manager bigint, p_stage bigint,
    p_furthest bigint, p_loss bigint, p_source bigint, p_deals bigint, p_amount bigint, p_win_ms bigint)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_deal_days AS t (pipeline_id, day, manager_id, stage_id, furthest_stage_id, loss_reason_id, source_id, deals, amount, win_ms)
    VALUES (p_pipeline, p_day, p_manager, p_stage, p_furthest, p_loss, p_source, p_deals, p_amount, p_win_ms)
    ON CONFLICT (pipeline_id, day, manager_id, stage_id, furthest_stage_id, loss_reason_id, source_id) DO UPDATE
        SET deals = t.deals + excluded.deals, amount = t.amount + excluded.amount, win_ms = t.win_ms + excluded.win_ms;
    DELETE FROM report_deal_days WHERE deals = 0 AND pipeline_id = p_pipeline AND day = p_day AND manager_id = p_manager
        AND stage_id = p_stage AND furthest_stage_id = p_furthest AND loss_reason_id = p_loss AND source_id = p_source;
END;
$$;

CREATE FUNCTION report_won_days_add(p_pipeline bigint, p_day text, p_manager bigint, p_stage bigint,
    p_deals bigint, p_amount bigint)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_won_days AS t (pipeline_id, day, manager_id, stage_id, deals, amount)
    VALUES (p_pipeline, p_day, p_manager, p_stage, p_deals, p_amount)
    ON CONFLICT (pipeline_id, day, manager_id, stage_id) DO UPDATE
        SET deals = t.deals + excluded.deals, amount = t.amount + excluded.amount;
    DELETE FROM report_won_days WHERE deals = 0 AND pipeline_id = p_pipeline AND day = p_day
        AND manager_id = p_manager AND stage_id = p_stage;
END;
$$;

CREATE FUNCTION report_stay_days_add(p_pipeline bigint, p_day text, p_manager bigint, p_to_stage bigint,
    p_stays bigint, p_stay_ms bigint)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_stay_days AS t (pipeline_id, day, manager_id, to_stage_id, stays, stay_ms)
    VALUES (p_pipeline, p_day, p_manager, p_to_stage, p_stays, p_stay_ms)
    ON CONFLICT (pipeline_id, day, manager_id, to_stage_id) DO UPDATE
        SET stays = t.stays + excluded.stays, stay_ms = t.stay_ms + excluded.stay_ms;
    DELETE FROM report_stay_days WHERE stays = 0 AND pipeline_id = p_pipeline AND day = p_day
        AND manager_id = p_manager AND to_stage_id = p_to_stage;
END;
$$;

CREATE FUNCTION report_timeline_days_add(p_kind text, p_day text, p_manager bigint, p_entries bigint, p_amount bigint)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_timeline_days AS t (kind, day, manager_id, entries, amount)
    VALUES (p_kind, p_day, p_manager, p_entries, p_amount)
    ON CONFLICT (kind, day, manager_id) DO UPDATE
        SET entries = t.entries + excluded.entries, amount = t.amount + excluded.amount;
    DELETE FROM report_timeline_days WHERE entries = 0 AND kind = p_kind AND day = p_day AND manager_id = p_manager;
END;
$$;

CREATE FUNCTION report_client_days_add(p_day text, p_manager bigint, p_source bigint, p_clients bigint)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_client_days AS t (day, manager_id, source_id, clients)
    VALUES (p_day, p_manager, p_source, p_clients)
    ON CONFLICT (day, manager_id, source_id) DO UPDATE SET clients = t.clients + excluded.clients;
    DELETE FROM report_client_days WHERE clients = 0 AND day = p_day AND manager_id = p_manager AND source_id = p_source;
END;
$$;

-- One deal counted (sign 1) or taken out (sign -1): its created day and, when
-- closed, its closed day.
CREATE FUNCTION report_deal_count(d deals, sign bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_deal_days_add(d.pipeline_id, report_day(d.created_at), COALESCE(d.manager_id, 0), d.stage_id,
        COALESCE(d.furthest_stage_id, 0), COALESCE(d.loss_reason_id, 0), report_deal_source(d),
        sign, sign * d.amount_minor, sign * report_win_ms(d));
    IF d.closed_at IS NOT NULL THEN
        PERFORM report_won_days_add(d.pipeline_id, report_day(d.closed_at), COALESCE(d.manager_id, 0), d.stage_id,
            sign, sign * d.amount_minor);
    END IF;
END;
$$;

-- A deal's finished stays counted or taken out, by the deal's created day.
CREATE FUNCTION report_deal_stays_count(d deals, sign bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_stay_days_add(d.pipeline_id, report_day(d.created_at), COALESCE(d.manager_id, 0), h.to_stage_id,
        sign, sign * report_days_ms(h.days_in_stage))
       FROM deal_stage_history h WHERE h.deal_id = d.id AND h.days_in_stage IS NOT NULL;
END;
$$;

-- One stay counted or taken out, if its deal is there (a deal being deleted
-- took its stays out already).
CREATE FUNCTION report_stay_count(s deal_stage_history, sign bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_stay_days_add(d.pipeline_id, report_day(d.created_at), COALESCE(d.manager_id, 0), s.to_stage_id,
        sign, sign * report_days_ms(s.days_in_stage))
       FROM deals d WHERE d.id = s.deal_id AND s.days_in_stage IS NOT NULL;
END;
$$;

-- One timeline entry counted or taken out under the given manager.
CREATE FUNCTION report_entry_count(i interactions, manager bigint, sign bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF i.kind IN ('call', 'meeting', 'email', 'purchase') THEN
        PERFORM report_timeline_days_add(i.kind, report_day(i.occurred_at), COALESCE(manager, 0),
            sign, sign * COALESCE(i.amount_minor, 0));
    END IF;
END;
$$;

CREATE FUNCTION report_deal_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_deal_count(NEW, 1);
    RETURN NULL;
END;
$$;
CREATE TRIGGER report_deal_added AFTER INSERT ON deals
    FOR EACH ROW EXECUTE FUNCTION report_deal_added();

CREATE FUNCTION report_deal_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_deal_count(OLD, -1);
    RETURN NULL;
END;
$$;
CREATE TRIGGER report_deal_removed AFTER DELETE ON deals
    FOR EACH ROW EXECUTE FUNCTION report_deal_removed();

-- Before: the stays are still there to read (they go with the deal).
CREATE FUNCTION report_deal_stays_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_deal_stays_count(OLD, -1);
    RETURN OLD;
END;
$$;
CREATE TRIGGER report_deal_stays_removed BEFORE DELETE ON deals
    FOR EACH ROW EXECUTE FUNCTION report_deal_stays_removed();

CREATE FUNCTION report_deal_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_deal_count(OLD, -1);
    PERFORM report_deal_count(NEW, 1);
    RETURN NULL;
END;
$$;
CREATE TRIGGER report_deal_changed AFTER UPDATE OF pipeline_id, stage_id, client_id, manager_id, source_id, amount_minor, loss_reason_id,
    created_at, closed_at, furthest_stage_id ON deals
    FOR EACH ROW EXECUTE FUNCTION report_deal_changed();

CREATE FUNCTION report_deal_stays_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_deal_stays_count(OLD, -1);
    PERFORM report_deal_stays_count(NEW, 1);
    RETURN NULL;
END;
$$;
CREATE TRIGGER report_deal_stays_moved AFTER UPDATE OF pipeline_id, manager_id, created_at ON deals
    FOR EACH ROW
    WHEN (OLD.pipeline_id IS DISTINCT FROM NEW.pipeline_id OR OLD.manager_id IS DISTINCT FROM NEW.manager_id
          OR OLD.created_at IS DISTINCT FROM NEW.created_at)
    EXECUTE FUNCTION report_deal_stays_moved();

CREATE FUNCTION report_stay_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_stay_count(NEW, 1);
    RETURN NULL;
END;
$$;
CREATE TRIGGER report_stay_added AFTER INSERT ON deal_stage_history
    FOR EACH ROW WHEN (NEW.days_in_stage IS NOT NULL)
    EXECUTE FUNCTION report_stay_added();

CREATE FUNCTION report_stay_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_stay_count(OLD, -1);
    RETURN NULL;
END;
$$;
CREATE TRIGGER report_stay_removed AFTER DELETE ON deal_stage_history
    FOR EACH ROW WHEN (OLD.days_in_stage IS NOT NULL)
    EXECUTE FUNCTION report_stay_removed();

CREATE FUNCTION report_stay_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_stay_count(OLD, -1);
    PERFORM report_stay_count(NEW, 1);
    RETURN NULL;
END;
$$;
CREATE TRIGGER report_stay_changed AFTER UPDATE OF deal_id, to_stage_id, days_in_stage ON deal_stage_history
    FOR EACH ROW EXECUTE FUNCTION report_stay_changed();

CREATE FUNCTION report_entry_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_entry_count(NEW, (SELECT c.manager_id FROM clients c WHERE c.id = NEW.client_id), 1);
    RETURN NULL;
END;
$$;
CREATE TRIGGER report_entry_added AFTER INSERT ON interactions
    FOR EACH ROW WHEN (NEW.kind IN ('call', 'meeting', 'email', 'purchase'))
    EXECUTE FUNCTION report_entry_added();

-- (A trigger's WHEN cannot hold a subquery here: whether the client is still
-- there - a client being deleted took its entries out already - is asked inside.)
CREATE FUNCTION report_entry_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM clients c WHERE c.id = OLD.client_id) THEN
        PERFORM report_entry_count(OLD, (SELECT c.manager_id FROM clients c WHERE c.id = OLD.client_id), -1);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER report_entry_removed AFTER DELETE ON interactions
    FOR EACH ROW WHEN (OLD.kind IN ('call', 'meeting', 'email', 'purchase'))
    EXECUTE FUNCTION report_entry_removed();

CREATE FUNCTION report_entry_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_entry_count(OLD, (SELECT c.manager_id FROM clients c WHERE c.id = OLD.client_id), -1);
    PERFORM report_entry_count(NEW, (SELECT c.manager_id FROM clients c WHERE c.id = NEW.client_id), 1);
    RETURN NULL;
END;
$$;
CREATE TRIGGER report_entry_changed AFTER UPDATE OF kind, occurred_at, client_id, amount_minor ON interactions
    FOR EACH ROW
    WHEN (OLD.kind IN ('call', 'meeting', 'email', 'purchase') OR NEW.kind IN ('call', 'meeting', 'email', 'purchase'))
    EXECUTE FUNCTION report_entry_changed();

CREATE FUNCTION report_client_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_client_days_add(report_day(NEW.created_at), COALESCE(NEW.manager_id, 0), COALESCE(NEW.source_id, 0), 1);
    RETURN NULL;
END;
$$;
CREATE TRIGGER report_client_added AFTER INSERT ON clients
    FOR EACH ROW EXECUTE FUNCTION report_client_added();

CREATE FUNCTION report_client_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_client_days_add(report_day(OLD.created_at), COALESCE(OLD.manager_id, 0), COALESCE(OLD.source_id, 0), -1);
    RETURN NULL;
END;
$$;
CREATE TRIGGER report_client_removed AFTER DELETE ON clients
    FOR EACH ROW EXECUTE FUNCTION report_client_removed();

-- Before: the entries are still there to read (they go with the client).
CREATE FUNCTION report_client_entries_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_entry_count(i, OLD.manager_id, -1) FROM interactions i WHERE i.client_id = OLD.id;
    RETURN OLD;
END;
$$;
CREATE TRIGGER report_client_entries_removed BEFORE DELETE ON clients
    FOR EACH ROW EXECUTE FUNCTION report_client_entries_removed();

CREATE FUNCTION report_client_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_client_days_add(report_day(OLD.created_at), COALESCE(OLD.manager_id, 0), COALESCE(OLD.source_id, 0), -1);
    PERFORM report_client_days_add(report_day(NEW.created_at), COALESCE(NEW.manager_id, 0), COALESCE(NEW.source_id, 0), 1);
    RETURN NULL;
END;
$$;
CREATE TRIGGER report_client_changed AFTER UPDATE OF created_at, manager_id, source_id ON clients
    FOR EACH ROW
    WHEN (OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.manager_id IS DISTINCT FROM NEW.manager_id
          OR OLD.source_id IS DISTINCT FROM NEW.source_id)
    EXECUTE FUNCTION report_client_changed();

CREATE FUNCTION report_client_manager_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_entry_count(i, OLD.manager_id, -1) FROM interactions i WHERE i.client_id = NEW.id;
    PERFORM report_entry_count(i, NEW.manager_id, 1) FROM interactions i WHERE i.client_id = NEW.id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER report_client_manager_changed AFTER UPDATE OF manager_id ON clients
    FOR EACH ROW WHEN (OLD.manager_id IS DISTINCT FROM NEW.manager_id)
    EXECUTE FUNCTION report_client_manager_changed();

-- The deals without a source of their own follow their client's.
CREATE FUNCTION report_client_source_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_deal_days_add(d.pipeline_id, report_day(d.created_at), COALESCE(d.manager_id, 0), d.stage_id,
        COALESCE(d.furthest_stage_id, 0), COALESCE(d.loss_reason_id, 0), COALESCE(OLD.source_id, 0),
        -1, -d.amount_minor, -report_win_ms(d))
       FROM deals d WHERE d.client_id = NEW.id AND d.source_id IS NULL;
    PERFORM report_deal_days_add(d.pipeline_id, report_day(d.created_at), COALESCE(d.manager_id, 0), d.stage_id,
        COALESCE(d.furthest_stage_id, 0), COALESCE(d.loss_reason_id, 0), COALESCE(NEW.source_id, 0),
        1, d.amount_minor, report_win_ms(d))
       FROM deals d WHERE d.client_id = NEW.id AND d.source_id IS NULL;
    RETURN NULL;
END;
$$;
CREATE TRIGGER report_client_source_changed AFTER UPDATE OF source_id ON clients
    FOR EACH ROW WHEN (OLD.source_id IS DISTINCT FROM NEW.source_id)
    EXECUTE FUNCTION report_client_source_changed();
