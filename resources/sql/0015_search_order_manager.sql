-- Schema 15: each search rank carries its client's manager.
-- A manager's search reads matches in name order until it has a page of their
-- own clients. With the manager only on the client row, every match of the
-- others (four in five, in a shop of five managers) read its wide client row
-- to be turned down: a manager's keystroke took half again an owner's at
-- 1,000,000 clients. Now client_search_order says it, beside the rank the
-- match is joined on (core/clients/ClientRepository searchByName).
ALTER TABLE client_search_order ADD COLUMN manager_id INTEGER;
UPDATE client_search_order
   SET manager_id = (SELECT manager_id FROM clients WHERE clients.id = client_search_order.client_id);

-- Kept by the database itself, whatever writes a client or hands one over.
CREATE TRIGGER client_search_order_added AFTER INSERT ON client_search_order
BEGIN
    UPDATE client_search_order
       SET manager_id = (SELECT manager_id FROM clients WHERE id = NEW.client_id)
     WHERE rank = NEW.rank;
END;

CREATE TRIGGER client_search_order_manager AFTER UPDATE OF manager_id ON clients
BEGIN
    UPDATE client_search_order SET manager_id = NEW.manager_id WHERE client_id = NEW.id;
END;
