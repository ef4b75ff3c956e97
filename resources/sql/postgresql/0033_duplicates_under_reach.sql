-- Schema 33: the duplicate checks under row-level security. A manager about
-- to save a phone, an e-mail or a tax ID that a colleague's client already
-- has is told whose client it is (clients/ClientRepository.h DuplicateHit),
-- and an import skips such a row, as on a file; but the server hides that
-- client from her session. This function runs as the owner and answers only
-- that much: for each value asked, the managers (NULL: nobody's) of the live
-- clients outside the session's reach that have it, and nothing that names,
-- counts or opens those clients.
-- `kind` is 'phone' (E.164 numbers), 'email' (lower-case keys) or 'tax_id';
-- `vals` a JSON array of them; each kind is found through its own index.
CREATE FUNCTION kartoteka_taken_by(kind text, vals jsonb, except_client bigint)
    RETURNS TABLE (taken_value text, manager_name text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    WITH asked AS (
        SELECT DISTINCT a.v FROM jsonb_array_elements_text(vals) AS a(v) WHERE a.v <> ''),
    found AS (
        SELECT p.client_id AS id, p.e164 AS v
          FROM client_phones p JOIN asked ON p.e164 = asked.v WHERE kind = 'phone'
        UNION
        SELECT e.client_id, e.email_key
          FROM client_emails e JOIN asked ON e.email_key = asked.v WHERE kind = 'email'
        UNION
        SELECT t.id, t.tax_id FROM clients t JOIN asked ON t.tax_id = asked.v WHERE kind = 'tax_id')
    SELECT DISTINCT found.v, u.name
      FROM found
      JOIN clients c ON c.id = found.id
      LEFT JOIN users u ON u.id = c.manager_id
     WHERE c.archived = 0 AND c.id <> except_client
       AND NOT ((SELECT kartoteka_can('clients.all'))
                OR COALESCE(c.manager_id = (SELECT kartoteka_me()), false)
                OR (c.manager_id IS NULL AND (SELECT kartoteka_can('clients.unassigned'))))
$$;
