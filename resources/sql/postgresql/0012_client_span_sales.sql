-- Schema 12 on a PostgreSQL server: the twin of ../0012_client_span_sales.sql
-- (the reasons are written there). The same table, index, view and triggers
-- by the same names; the spans are named by report_day() of schema 10 (the
-- session's time zone standing for the shop's).
CREATE TABLE client_span_sales (
    span      text NOT NULL,
    client_id bigint NOT NULL,
    sales     bigint NOT NULL,
    total     bigint,
    first_at  text NOT NULL,
    last_at   text NOT NULL,
    PRIMARY KEY (span, client_id)
);

CREATE INDEX client_span_sales_client ON client_span_sales (client_id);

-- Each buyer's source, for the channels report beside the clients report:
-- read from this narrow index, not from the wide client rows (100,000 of
-- them took 59 ms, the index 5 ms).
CREATE INDEX clients_source ON clients (source_id);

-- A sale in each of the three spans it lies in.
CREATE VIEW client_span_sale_rows AS
SELECT CASE k.level WHEN 0 THEN substr(s.day, 1, 7)
                    WHEN 1 THEN substr(s.day, 1, 4) || '-Q' || ((substr(s.day, 6, 2)::integer + 2) / 3)
                    ELSE substr(s.day, 1, 4) END AS span,
       s.client_id, s.at, s.amount
  FROM (SELECT client_id, at, amount, report_day(at) AS day FROM (
            SELECT client_id, occurred_at AS at, amount_minor AS amount FROM interactions
             WHERE kind = 'purchase'
            UNION ALL
            SELECT client_id, closed_at, amount_minor FROM deals
             WHERE closed_at IS NOT NULL AND stage_id IN (SELECT id FROM stages WHERE kind = 'won')) AS sales) AS s
 CROSS JOIN (VALUES (0), (1), (2)) AS k(level);

INSERT INTO client_span_sales (span, client_id, sales, total, first_at, last_at)
SELECT span, client_id, count(*), sum(amount), min(at), max(at) FROM client_span_sale_rows
 GROUP BY span, client_id;

-- The clients' span rows counted again from their sales.
CREATE FUNCTION client_spans_recount(ids bigint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM client_span_sales WHERE client_id = ANY (ids);
    INSERT INTO client_span_sales (span, client_id, sales, total, first_at, last_at)
    SELECT span, client_id, count(*), sum(amount), min(at), max(at) FROM client_span_sale_rows
     WHERE client_id = ANY (ids) GROUP BY span, client_id;
END;
$$;

-- A new sale adds to the three spans of its day (three keys: one statement
-- touches each once).
CREATE FUNCTION client_spans_add(client bigint, amount bigint, at text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    day text := report_day(at);
BEGIN
    INSERT INTO client_span_sales AS s (span, client_id, sales, total, first_at, last_at)
    SELECT span, client, 1, amount, at, at FROM (VALUES
        (substr(day, 1, 7)),
        (substr(day, 1, 4) || '-Q' || ((substr(day, 6, 2)::integer + 2) / 3)),
        (substr(day, 1, 4))) AS k(span)
    ON CONFLICT (span, client_id) DO UPDATE SET
        sales = s.sales + 1,
        total = CASE WHEN excluded.total IS NULL THEN s.total WHEN s.total IS NULL THEN excluded.total
                     ELSE s.total + excluded.total END,
        first_at = least(s.first_at, excluded.first_at),
        last_at = greatest(s.last_at, excluded.last_at);
END;
$$;

CREATE FUNCTION client_spans_purchase_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM client_spans_add(NEW.client_id, NEW.amount_minor, NEW.occurred_at);
    RETURN NULL;
END;
$$;
CREATE TRIGGER client_spans_purchase_added AFTER INSERT ON interactions
    FOR EACH ROW WHEN (NEW.kind = 'purchase')
    EXECUTE FUNCTION client_spans_purchase_added();

CREATE FUNCTION client_spans_deal_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.stage_id IN (SELECT id FROM stages WHERE kind = 'won') THEN
        PERFORM client_spans_add(NEW.client_id, NEW.amount_minor, NEW.closed_at);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER client_spans_deal_added AFTER INSERT ON deals
    FOR EACH ROW WHEN (NEW.closed_at IS NOT NULL)
    EXECUTE FUNCTION client_spans_deal_added();

-- A deal won adds as a new sale does.
CREATE FUNCTION client_spans_deal_won() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT (OLD.closed_at IS NOT NULL AND OLD.stage_id IN (SELECT id FROM stages WHERE kind = 'won'))
       AND NEW.closed_at IS NOT NULL AND NEW.stage_id IN (SELECT id FROM stages WHERE kind = 'won') THEN
        PERFORM client_spans_add(NEW.client_id, NEW.amount_minor, NEW.closed_at);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER client_spans_deal_won AFTER UPDATE OF stage_id, client_id, closed_at, amount_minor
    ON deals FOR EACH ROW WHEN (NEW.closed_at IS NOT NULL)
    EXECUTE FUNCTION client_spans_deal_won();

CREATE FUNCTION client_spans_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM client_spans_recount(ARRAY[OLD.client_id]);
    ELSE
        PERFORM client_spans_recount(ARRAY[OLD.client_id, NEW.client_id]);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER client_spans_purchase_changed
    AFTER UPDATE OF kind, client_id, occurred_at, amount_minor ON interactions
    FOR EACH ROW WHEN (OLD.kind = 'purchase' OR NEW.kind = 'purchase')
    EXECUTE FUNCTION client_spans_changed();
CREATE TRIGGER client_spans_purchase_removed AFTER DELETE ON interactions
    FOR EACH ROW WHEN (OLD.kind = 'purchase')
    EXECUTE FUNCTION client_spans_changed();
-- A deal that was no sale is left to client_spans_deal_won.
CREATE FUNCTION client_spans_deal_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.stage_id IN (SELECT id FROM stages WHERE kind = 'won') THEN
        PERFORM client_spans_recount(ARRAY[OLD.client_id, NEW.client_id]);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER client_spans_deal_changed AFTER UPDATE OF stage_id, client_id, closed_at, amount_minor
    ON deals FOR EACH ROW WHEN (OLD.closed_at IS NOT NULL)
    EXECUTE FUNCTION client_spans_deal_changed();
CREATE TRIGGER client_spans_deal_removed AFTER DELETE ON deals
    FOR EACH ROW WHEN (OLD.closed_at IS NOT NULL)
    EXECUTE FUNCTION client_spans_changed();

CREATE FUNCTION client_spans_stage_kind() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM client_spans_recount(ARRAY(SELECT DISTINCT client_id FROM deals WHERE stage_id = NEW.id));
    RETURN NULL;
END;
$$;
CREATE TRIGGER client_spans_stage_kind AFTER UPDATE OF kind ON stages
    FOR EACH ROW WHEN (OLD.kind IS DISTINCT FROM NEW.kind)
    EXECUTE FUNCTION client_spans_stage_kind();

CREATE FUNCTION client_spans_client_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM client_span_sales WHERE client_id = OLD.id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER client_spans_client_deleted AFTER DELETE ON clients
    FOR EACH ROW EXECUTE FUNCTION client_spans_client_deleted();
