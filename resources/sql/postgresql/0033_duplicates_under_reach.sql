-- Schema 33: the duplicate checks under row-level security. A manager about
-- to save a phone, an e-mail or a tax ID that a colleague's client already
-- has is told whose client it is (clients/ClientRepository.h DuplicateHit),
-- and an import skips such a row, as on a file; but the server hides that
-- client from her session. This function runs as the owner and answers only
-- that much: for each value asked, the managers (NULL: nobody's) of the live
-- clients outside the session's reach that have it, and nothing that names,
-- counts or opens those clients.
-- `kind` is 'phone' (E.164 numbers), 'email' (lower-case keys) or 'tax_id'
-- (its digits, as clients/ClientChecks.h taxIdKey gives them); `vals` a JSON
-- array of them. One value at a time, as the card asks; many only with the
-- import capability, and at most 5,000 a question: a login in psql cannot
-- list the base's phones by asking for every number there is.
CREATE FUNCTION kartoteka_taken_by(kind text, vals jsonb)
    RETURNS TABLE (taken_value text, manager_name text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    asked int := jsonb_array_length(vals);
BEGIN
    IF asked > 5000 OR (asked > 1 AND NOT kartoteka_can('import')) THEN
        RAISE EXCEPTION 'at most % values a question', CASE WHEN kartoteka_can('import')
            THEN 5000 ELSE 1 END
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
    WITH wanted AS (
        SELECT DISTINCT a.v FROM jsonb_array_elements_text(vals) AS a(v) WHERE a.v <> ''),
    found AS (
        -- "<> ''" as the partial indexes say (0002), so that they are used.
        SELECT p.client_id AS id, p.e164 AS v
          FROM client_phones p JOIN wanted ON p.e164 = wanted.v
         WHERE kartoteka_taken_by.kind = 'phone' AND p.e164 <> ''
        UNION
        SELECT e.client_id, e.email_key
          FROM client_emails e JOIN wanted ON e.email_key = wanted.v
         WHERE kartoteka_taken_by.kind = 'email'
        UNION
        SELECT t.id, regexp_replace(t.tax_id, '[^0-9]', '', 'g')
          FROM clients t JOIN wanted ON regexp_replace(t.tax_id, '[^0-9]', '', 'g') = wanted.v
         WHERE kartoteka_taken_by.kind = 'tax_id' AND t.tax_id <> '')
    SELECT DISTINCT found.v, u.name
      FROM found
      JOIN clients c ON c.id = found.id
      LEFT JOIN users u ON u.id = c.manager_id
     WHERE c.archived = 0
       AND NOT (kartoteka_can('clients.all')
                OR COALESCE(c.manager_id = kartoteka_me(), false)
                OR (c.manager_id IS NULL AND kartoteka_can('clients.unassigned')));
END;
$$;
