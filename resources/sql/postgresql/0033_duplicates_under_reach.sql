-- Schema 33: the duplicate warning under row-level security. A manager about
-- to save a phone, an e-mail or a tax ID that a colleague's client already
-- has is told whose client it is (clients/ClientRepository.h DuplicateHit),
-- as on a file; but the server hides that client from her session. This
-- function runs as the owner and answers only that much: the managers (NULL:
-- nobody's) of the live clients outside the session's reach that have the
-- value, and nothing that names, counts or opens those clients.
-- `kind` is 'phone' (an E.164 number), 'email' (the lower-case key) or
-- 'tax_id'; each is found through its own index.
CREATE FUNCTION kartoteka_taken_by(kind text, value text, except_client bigint)
    RETURNS TABLE (manager_id bigint, manager_name text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT DISTINCT c.manager_id, u.name
      FROM (SELECT p.client_id AS id FROM client_phones p
             WHERE kind = 'phone' AND p.e164 = value AND value <> ''
            UNION
            SELECT e.client_id FROM client_emails e
             WHERE kind = 'email' AND e.email_key = value
            UNION
            SELECT t.id FROM clients t
             WHERE kind = 'tax_id' AND t.tax_id = value AND value <> '') found
      JOIN clients c ON c.id = found.id
      LEFT JOIN users u ON u.id = c.manager_id
     WHERE c.archived = 0 AND c.id <> except_client
       AND NOT ((SELECT kartoteka_can('clients.all'))
                OR COALESCE(c.manager_id = (SELECT kartoteka_me()), false)
                OR (c.manager_id IS NULL AND (SELECT kartoteka_can('clients.unassigned'))))
     LIMIT 5
$$;
