-- Schema 9 on a PostgreSQL server: the twin of ../0009_list_orders.sql. The
-- triggers are the same rules; PostgreSQL runs a trigger's body as a
-- function, and a BEFORE trigger sets the sort columns on the row itself.
ALTER TABLE clients ADD COLUMN company_sort text NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN status_sort text NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN manager_sort text NOT NULL DEFAULT '';

UPDATE clients SET
    company_sort = COALESCE((SELECT co.sort_key FROM clients co WHERE co.id = clients.company_id),
                            lower(company_name)),
    status_sort = COALESCE((SELECT s.name FROM list_items s WHERE s.id = clients.status_id), ''),
    manager_sort = COALESCE((SELECT u.name FROM users u WHERE u.id = clients.manager_id), '');

CREATE INDEX clients_by_company ON clients (archived, company_sort, sort_key, id);
CREATE INDEX clients_by_status ON clients (archived, status_sort, sort_key, id);
CREATE INDEX clients_by_manager ON clients (archived, manager_sort, sort_key, id);
CREATE INDEX clients_manager_by_company ON clients (manager_id, archived, company_sort, sort_key, id);
CREATE INDEX clients_manager_by_status ON clients (manager_id, archived, status_sort, sort_key, id);
CREATE INDEX clients_status ON clients (status_id) WHERE status_id IS NOT NULL;

CREATE FUNCTION clients_sort_columns() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.company_sort := COALESCE((SELECT co.sort_key FROM clients co WHERE co.id = NEW.company_id),
                                 lower(NEW.company_name));
    NEW.status_sort := COALESCE((SELECT s.name FROM list_items s WHERE s.id = NEW.status_id), '');
    NEW.manager_sort := COALESCE((SELECT u.name FROM users u WHERE u.id = NEW.manager_id), '');
    RETURN NEW;
END;
$$;
CREATE TRIGGER clients_sort_on_insert BEFORE INSERT ON clients
    FOR EACH ROW EXECUTE FUNCTION clients_sort_columns();
CREATE TRIGGER clients_sort_on_update BEFORE UPDATE OF company_id, company_name, status_id, manager_id
    ON clients FOR EACH ROW
    WHEN (OLD.company_id IS DISTINCT FROM NEW.company_id
          OR OLD.company_name IS DISTINCT FROM NEW.company_name
          OR OLD.status_id IS DISTINCT FROM NEW.status_id
          OR OLD.manager_id IS DISTINCT FROM NEW.manager_id)
    EXECUTE FUNCTION clients_sort_columns();

CREATE FUNCTION clients_sort_company_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE clients SET company_sort = NEW.sort_key WHERE company_id = NEW.id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER clients_sort_company_renamed AFTER UPDATE OF sort_key ON clients
    FOR EACH ROW WHEN (OLD.sort_key IS DISTINCT FROM NEW.sort_key)
    EXECUTE FUNCTION clients_sort_company_renamed();

CREATE FUNCTION clients_sort_status_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE clients SET status_sort = NEW.name WHERE status_id = NEW.id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER clients_sort_status_renamed AFTER UPDATE OF name ON list_items
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name AND NEW.list = 'status')
    EXECUTE FUNCTION clients_sort_status_renamed();

CREATE FUNCTION clients_sort_manager_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE clients SET manager_sort = NEW.name WHERE manager_id = NEW.id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER clients_sort_manager_renamed AFTER UPDATE OF name ON users
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION clients_sort_manager_renamed();

CREATE TABLE client_sales (
    client_id bigint PRIMARY KEY,
    sales     bigint NOT NULL,
    total     bigint,
    first_at  text NOT NULL,
    last_at   text NOT NULL
);

INSERT INTO client_sales (client_id, sales, total, first_at, last_at)
SELECT client_id, count(*), sum(amount), min(at), max(at) FROM (
    SELECT client_id, occurred_at AS at, amount_minor AS amount FROM interactions
     WHERE kind = 'purchase'
    UNION ALL
    SELECT client_id, closed_at, amount_minor FROM deals
     WHERE closed_at IS NOT NULL AND stage_id IN (SELECT id FROM stages WHERE kind = 'won')) AS sales
GROUP BY client_id;

CREATE INDEX client_sales_total ON client_sales (total DESC, client_id);
CREATE INDEX client_sales_last ON client_sales (last_at);

-- The clients' sales counted again from their purchases and won deals (none: no row).
CREATE FUNCTION client_sales_recount(ids bigint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM client_sales WHERE client_id = ANY (ids);
    INSERT INTO client_sales (client_id, sales, total, first_at, last_at)
    SELECT client_id, count(*), sum(amount), min(at), max(at) FROM (
        SELECT client_id, occurred_at AS at, amount_minor AS amount FROM interactions
         WHERE client_id = ANY (ids) AND kind = 'purchase'
        UNION ALL
        SELECT client_id, closed_at, amount_minor FROM deals
         WHERE client_id = ANY (ids) AND closed_at IS NOT NULL
           AND stage_id IN (SELECT id FROM stages WHERE kind = 'won')) AS sales
    GROUP BY client_id;
END;
$$;

-- A new sale adds to the client's row.
CREATE FUNCTION client_sales_add(client bigint, amount bigint, at text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO client_sales AS s (client_id, sales, total, first_at, last_at)
    VALUES (client, 1, amount, at, at)
    ON CONFLICT (client_id) DO UPDATE SET
        sales = s.sales + 1,
        total = CASE WHEN excluded.total IS NULL THEN s.total WHEN s.total IS NULL THEN excluded.total
                     ELSE s.total + excluded.total END,
        first_at = least(s.first_at, excluded.first_at),
        last_at = greatest(s.last_at, excluded.last_at);
END;
$$;

CREATE FUNCTION clients_sort_company_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE clients SET company_sort = lower(company_name) WHERE company_id = OLD.id;
    DELETE FROM client_sales WHERE client_id = OLD.id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER clients_sort_company_deleted AFTER DELETE ON clients
    FOR EACH ROW EXECUTE FUNCTION clients_sort_company_deleted();

CREATE FUNCTION client_sales_purchase_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM client_sales_add(NEW.client_id, NEW.amount_minor, NEW.occurred_at);
    RETURN NULL;
END;
$$;
CREATE TRIGGER client_sales_purchase_added AFTER INSERT ON interactions
    FOR EACH ROW WHEN (NEW.kind = 'purchase')
    EXECUTE FUNCTION client_sales_purchase_added();

-- (A trigger's WHEN cannot hold a subquery here: the won stage is asked inside.)
CREATE FUNCTION client_sales_deal_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.stage_id IN (SELECT id FROM stages WHERE kind = 'won') THEN
        PERFORM client_sales_add(NEW.client_id, NEW.amount_minor, NEW.closed_at);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER client_sales_deal_added AFTER INSERT ON deals
    FOR EACH ROW WHEN (NEW.closed_at IS NOT NULL)
    EXECUTE FUNCTION client_sales_deal_added();

CREATE FUNCTION client_sales_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM client_sales_recount(ARRAY[OLD.client_id]);
    ELSE
        PERFORM client_sales_recount(ARRAY[OLD.client_id, NEW.client_id]);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER client_sales_purchase_changed
    AFTER UPDATE OF kind, client_id, occurred_at, amount_minor ON interactions
    FOR EACH ROW WHEN (OLD.kind = 'purchase' OR NEW.kind = 'purchase')
    EXECUTE FUNCTION client_sales_changed();
CREATE TRIGGER client_sales_purchase_removed AFTER DELETE ON interactions
    FOR EACH ROW WHEN (OLD.kind = 'purchase')
    EXECUTE FUNCTION client_sales_changed();
CREATE TRIGGER client_sales_deal_changed AFTER UPDATE OF stage_id, client_id, closed_at, amount_minor
    ON deals FOR EACH ROW WHEN (OLD.closed_at IS NOT NULL OR NEW.closed_at IS NOT NULL)
    EXECUTE FUNCTION client_sales_changed();
CREATE TRIGGER client_sales_deal_removed AFTER DELETE ON deals
    FOR EACH ROW WHEN (OLD.closed_at IS NOT NULL)
    EXECUTE FUNCTION client_sales_changed();

CREATE FUNCTION client_sales_stage_kind() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM client_sales_recount(ARRAY(SELECT DISTINCT client_id FROM deals WHERE stage_id = NEW.id));
    RETURN NULL;
END;
$$;
CREATE TRIGGER client_sales_stage_kind AFTER UPDATE OF kind ON stages
    FOR EACH ROW WHEN (OLD.kind IS DISTINCT FROM NEW.kind)
    EXECUTE FUNCTION client_sales_stage_kind();
