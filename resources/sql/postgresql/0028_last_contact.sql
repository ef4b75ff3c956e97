-- Schema 28 on a PostgreSQL server, the twin of ../0028_last_contact.sql:
-- each client's last contact (the timeline's last entry or the last sale),
-- kept beside the client by triggers, and the index the Today screen reads
-- a manager's clients owed a contact from.
ALTER TABLE clients ADD COLUMN last_contact_at text;

-- Client `client`'s last contact as the timeline and the sales say now.
CREATE FUNCTION client_last_contact(client bigint) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT NULLIF(GREATEST(
        COALESCE((SELECT max(i.occurred_at) FROM interactions i WHERE i.client_id = client), ''),
        COALESCE((SELECT s.last_at FROM client_sales s WHERE s.client_id = client), '')), '')
$$;

UPDATE clients SET last_contact_at = client_last_contact(id);

-- Run as the owner, as the other triggers that keep derived columns: a
-- manager's entry or sale updates a client row whatever they may change.
CREATE FUNCTION client_contact_added() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE clients SET last_contact_at = NEW.occurred_at
     WHERE id = NEW.client_id AND (last_contact_at IS NULL OR last_contact_at < NEW.occurred_at);
    RETURN NULL;
END;
$$;
CREATE TRIGGER client_contact_added AFTER INSERT ON interactions
    FOR EACH ROW EXECUTE FUNCTION client_contact_added();

CREATE FUNCTION client_contact_recount() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE clients SET last_contact_at = client_last_contact(id) WHERE id = OLD.client_id;
    ELSE
        UPDATE clients SET last_contact_at = client_last_contact(id)
         WHERE id IN (OLD.client_id, NEW.client_id);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER client_contact_changed AFTER UPDATE OF client_id, occurred_at ON interactions
    FOR EACH ROW EXECUTE FUNCTION client_contact_recount();
CREATE TRIGGER client_contact_removed AFTER DELETE ON interactions
    FOR EACH ROW EXECUTE FUNCTION client_contact_recount();

CREATE FUNCTION client_contact_sale() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE clients SET last_contact_at = client_last_contact(id) WHERE id = OLD.client_id;
    ELSE
        UPDATE clients SET last_contact_at = NEW.last_at
         WHERE id = NEW.client_id AND NEW.last_at IS NOT NULL
           AND (last_contact_at IS NULL OR last_contact_at < NEW.last_at);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER client_contact_sale_added AFTER INSERT ON client_sales
    FOR EACH ROW EXECUTE FUNCTION client_contact_sale();
CREATE TRIGGER client_contact_sale_changed AFTER UPDATE OF last_at ON client_sales
    FOR EACH ROW EXECUTE FUNCTION client_contact_sale();
CREATE TRIGGER client_contact_sale_removed AFTER DELETE ON client_sales
    FOR EACH ROW EXECUTE FUNCTION client_contact_sale();

DROP INDEX clients_manager_type;
CREATE INDEX clients_contact_due ON clients (manager_id, contact_type_id,
                                             COALESCE(last_contact_at, created_at))
    WHERE archived = 0 AND contact_every_days IS NULL;
SELECT kartoteka_grant_staff();
