-- Schema 28: each client's last contact, kept beside the client by
-- triggers: the timeline's last entry or the last sale (client_sales),
-- whichever is later; NULL while there has been none. The Today screen's
-- clients owed a contact (tasks/KeepInTouch.h) are then read from one index
-- in the order they are shown, instead of two look-ups per client of a
-- manager's thousands.
ALTER TABLE clients ADD COLUMN last_contact_at TEXT;
UPDATE clients SET last_contact_at = NULLIF(max(
    COALESCE((SELECT max(i.occurred_at) FROM interactions i WHERE i.client_id = clients.id), ''),
    COALESCE((SELECT s.last_at FROM client_sales s WHERE s.client_id = clients.id), '')), '');

-- A later contact moves it on; a removed or moved one has it counted again.
CREATE TRIGGER client_contact_added AFTER INSERT ON interactions
BEGIN
    UPDATE clients SET last_contact_at = NEW.occurred_at
     WHERE id = NEW.client_id AND (last_contact_at IS NULL OR last_contact_at < NEW.occurred_at);
END;
CREATE TRIGGER client_contact_changed AFTER UPDATE OF client_id, occurred_at ON interactions
BEGIN
    UPDATE clients SET last_contact_at = NULLIF(max(
        COALESCE((SELECT max(i.occurred_at) FROM interactions i WHERE i.client_id = clients.id), ''),
        COALESCE((SELECT s.last_at FROM client_sales s WHERE s.client_id = clients.id), '')), '')
     WHERE id IN (OLD.client_id, NEW.client_id);
END;
CREATE TRIGGER client_contact_removed AFTER DELETE ON interactions
BEGIN
    UPDATE clients SET last_contact_at = NULLIF(max(
        COALESCE((SELECT max(i.occurred_at) FROM interactions i WHERE i.client_id = clients.id), ''),
        COALESCE((SELECT s.last_at FROM client_sales s WHERE s.client_id = clients.id), '')), '')
     WHERE id = OLD.client_id;
END;
CREATE TRIGGER client_contact_sale_added AFTER INSERT ON client_sales
BEGIN
    UPDATE clients SET last_contact_at = NEW.last_at
     WHERE id = NEW.client_id AND NEW.last_at IS NOT NULL
       AND (last_contact_at IS NULL OR last_contact_at < NEW.last_at);
END;
CREATE TRIGGER client_contact_sale_changed AFTER UPDATE OF last_at ON client_sales
BEGIN
    UPDATE clients SET last_contact_at = NULLIF(max(
        COALESCE((SELECT max(i.occurred_at) FROM interactions i WHERE i.client_id = clients.id), ''),
        COALESCE(NEW.last_at, '')), '')
     WHERE id = NEW.client_id;
END;
CREATE TRIGGER client_contact_sale_removed AFTER DELETE ON client_sales
BEGIN
    UPDATE clients SET last_contact_at = NULLIF(
        COALESCE((SELECT max(i.occurred_at) FROM interactions i WHERE i.client_id = clients.id), ''), '')
     WHERE id = OLD.client_id;
END;

-- A type's clients of a manager that follow its interval, in the order they
-- fell out of touch (their last contact, else the day they were added).
DROP INDEX clients_manager_type;
CREATE INDEX clients_contact_due ON clients (manager_id, contact_type_id,
                                             COALESCE(last_contact_at, created_at))
    WHERE archived = 0 AND contact_every_days IS NULL;
