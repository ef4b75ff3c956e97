-- Schema 20 on a PostgreSQL server: the server itself enforces who sees and
-- changes what, so a manager's limits hold in psql or any other tool too.
--
-- Each account with a login is a login role of the server named
-- "<database>.<login>" (roles belong to the whole server, databases do not:
-- the prefix keeps two bases on one server apart), a member of the group
-- role "<database>.staff". The server checks the password; the program
-- stores none (users.password_hash holds the marker 'server').
--
-- Whoever migrates (the database's owner) owns the tables and is not held
-- by row-level security: it is the administrator's connection. Staff roles
-- are. The owner needs CREATEROLE for the account functions below, which
-- run as the owner (SECURITY DEFINER) and check the caller themselves.
--
-- A later step that adds tables calls kartoteka_grant_staff() at its end.

-- Whether the session is a staff member's login rather than the owner's or
-- a DBA's connection.
CREATE FUNCTION kartoteka_staff() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT EXISTS (
        SELECT 1 FROM pg_catalog.pg_auth_members m
         WHERE m.roleid = (SELECT oid FROM pg_catalog.pg_roles
                            WHERE rolname = current_database() || '.staff')
           AND m.member = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = session_user))
$$;

-- The account of the session's login role (NULL for anyone else, and for a
-- deactivated account). session_user, not current_user: inside these
-- functions current_user is their owner, and SET ROLE changes only the latter.
CREATE FUNCTION kartoteka_me() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT id FROM users
     WHERE login = substr(session_user, length(current_database()) + 2)
       AND left(session_user, length(current_database()) + 1) = current_database() || '.'
       AND active = 1
$$;

-- Whether the session's account is an owner's.
CREATE FUNCTION kartoteka_owner() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT EXISTS (SELECT 1 FROM users WHERE id = kartoteka_me() AND role = 'owner')
$$;

-- Whether the session may do what `capability` (accounts/Roles.h) allows:
-- the owner always, staff as role_capabilities says, others (the database's
-- owner, a DBA) always.
CREATE FUNCTION kartoteka_can(capability text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT NOT kartoteka_staff() OR kartoteka_owner() OR EXISTS (
        SELECT 1 FROM users u JOIN role_capabilities rc ON rc.role = u.role
         WHERE u.id = kartoteka_me() AND rc.capability = $1)
$$;

-- The staff group and what it may touch: every table, but the audit only
-- to read and add to, and the schema's version only to read.
CREATE FUNCTION kartoteka_grant_staff() RETURNS void
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    staff text := current_database() || '.staff';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = staff) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', staff);
    END IF;
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', current_database(), staff);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), staff);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I',
                   current_schema(), staff);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I',
                   current_schema(), staff);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit, kartoteka_schema FROM %I', staff);
    EXECUTE format('REVOKE INSERT ON kartoteka_schema FROM %I', staff);
END;
$$;
SELECT kartoteka_grant_staff();

-- The triggers that keep orders, totals and report facts run as the owner:
-- a manager's change must update totals that include rows they cannot see.
DO $$
DECLARE
    f record;
BEGIN
    FOR f IN SELECT p.oid::regprocedure AS signature
               FROM pg_catalog.pg_proc p
              WHERE p.pronamespace = current_schema()::regnamespace
                AND p.prorettype = 'trigger'::regtype
    LOOP
        EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path FROM CURRENT',
                       f.signature);
    END LOOP;
END;
$$;

-- Row-level security, as accounts/Access.cpp's clientScope and dealScope say.
-- The functions are wrapped in sub-selects so the server asks them once per
-- statement, not once per row.
ALTER TABLE clients ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_reach ON clients
    USING ((SELECT kartoteka_can('clients.all'))
           OR manager_id = (SELECT kartoteka_me())
           OR (manager_id IS NULL AND (SELECT kartoteka_can('clients.unassigned'))));

ALTER TABLE deals ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_reach ON deals
    USING ((SELECT kartoteka_can('clients.all'))
           OR manager_id = (SELECT kartoteka_me())
           OR EXISTS (SELECT 1 FROM clients c WHERE c.id = deals.client_id));

DO $$
DECLARE
    t text;
BEGIN
    -- What belongs to a client: reached with the client.
    FOREACH t IN ARRAY ARRAY['client_phones', 'client_emails', 'client_links', 'client_tags',
                             'interactions', 'client_field_values', 'client_search',
                             'client_sales', 'client_span_sales']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY staff_reach ON %I USING '
                       '(EXISTS (SELECT 1 FROM clients c WHERE c.id = %I.client_id))', t, t);
    END LOOP;
    -- What belongs to a deal: reached with the deal.
    FOREACH t IN ARRAY ARRAY['deal_items', 'deal_stage_history']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY staff_reach ON %I USING '
                       '(EXISTS (SELECT 1 FROM deals d WHERE d.id = %I.deal_id))', t, t);
    END LOOP;
    -- The reports' day facts: one's own work, or everyone's with reports.all.
    FOREACH t IN ARRAY ARRAY['report_deal_days', 'report_won_days', 'report_stay_days',
                             'report_timeline_days', 'report_client_days']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY staff_reach ON %I USING '
                       '((SELECT kartoteka_can(''reports.all'')) '
                       'OR manager_id = (SELECT kartoteka_me()))', t);
    END LOOP;
END;
$$;

-- The change feed tells every listening connection (storage/ChangeWatcher)
-- when a commit added to it: other PCs show a save at once instead of at
-- their next poll. Delivered at commit, once per transaction and channel.
CREATE FUNCTION changes_notify() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM pg_notify('kartoteka_changes', '');
    RETURN NULL;
END;
$$;
CREATE TRIGGER changes_notify AFTER INSERT ON changes
    FOR EACH STATEMENT EXECUTE FUNCTION changes_notify();

-- Search as you type under row-level security. pg_trgm's LIKE is not
-- leakproof, so with client_search's policy in force the server would test
-- it row by row after the policy, never through the trigram indexes. This
-- function runs as the owner (no policy), matches with the indexes, and
-- keeps to the session's reach itself, as the clients' policy says. Its
-- patterns (clients/SearchText.h serverSearchMatch) are JSON arrays; each
-- reaches the query as a quoted literal (%L), the way the indexes are used.
CREATE FUNCTION kartoteka_search(words jsonb, grams jsonb) RETURNS SETOF bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    condition text := 'true';
    pattern text;
BEGIN
    FOR pattern IN SELECT jsonb_array_elements_text(words) LOOP
        condition := condition || format(' AND s.words LIKE %L', pattern);
    END LOOP;
    FOR pattern IN SELECT jsonb_array_elements_text(grams) LOOP
        condition := condition || format(' AND s.grams LIKE %L', pattern);
    END LOOP;
    RETURN QUERY EXECUTE
        'SELECT s.client_id FROM client_search s JOIN clients c ON c.id = s.client_id WHERE '
        || condition
        || ' AND ($1 OR c.manager_id = $2 OR (c.manager_id IS NULL AND $3))'
        USING kartoteka_can('clients.all'), kartoteka_me(), kartoteka_can('clients.unassigned');
END;
$$;

-- The audit: anyone adds (every change records itself); one reads one's own
-- entries and those on clients one reaches, or everything with the audit
-- capability. Nobody changes or deletes (the grants above and 0008's triggers).
ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_add ON audit FOR INSERT WITH CHECK (true);
CREATE POLICY staff_read ON audit FOR SELECT
    USING ((SELECT kartoteka_can('audit'))
           OR user_id = (SELECT kartoteka_me())
           OR (client_id IS NOT NULL AND EXISTS (SELECT 1 FROM clients c
                                                  WHERE c.id = audit.client_id)));

-- Accounts and roles change only as the program allows: with the accounts
-- capability, an owner's account only by an owner, and one's own account
-- only in what is not a privilege (name, password flag). The roles'
-- capabilities only by an owner.
CREATE FUNCTION users_guard() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT kartoteka_staff() THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.id = kartoteka_me() AND NEW.id = OLD.id
       AND NEW.role = OLD.role AND NEW.active = OLD.active
       AND NEW.login IS NOT DISTINCT FROM OLD.login THEN
        RETURN NEW;
    END IF;
    IF NOT kartoteka_can('accounts') THEN
        RAISE EXCEPTION 'changing accounts needs the accounts capability'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT kartoteka_owner() AND ((TG_OP <> 'DELETE' AND NEW.role = 'owner')
                      OR (TG_OP <> 'INSERT' AND OLD.role = 'owner')) THEN
        RAISE EXCEPTION 'only an owner changes an owner''s account'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN COALESCE(NEW, OLD);
END;
$$;
CREATE TRIGGER users_guard BEFORE INSERT OR UPDATE OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION users_guard();

CREATE FUNCTION role_capabilities_guard() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF kartoteka_staff() AND NOT kartoteka_owner() THEN
        RAISE EXCEPTION 'only an owner adjusts the roles'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN COALESCE(NEW, OLD);
END;
$$;
CREATE TRIGGER role_capabilities_guard BEFORE INSERT OR UPDATE OR DELETE ON role_capabilities
    FOR EACH ROW EXECUTE FUNCTION role_capabilities_guard();

-- Whether the session may manage the login role of `account_login`: with
-- the accounts capability, and an owner's only as an owner (as the program's
-- Accounts says); anyone who is not staff may.
CREATE FUNCTION kartoteka_manages_login(account_login text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT NOT kartoteka_staff() OR (
        kartoteka_can('accounts')
        AND (kartoteka_owner()
             OR NOT EXISTS (SELECT 1 FROM users WHERE login = $1 AND role = 'owner')))
$$;

-- The login role of an account: made, given a password (a SCRAM verifier
-- the program computes, so the plain password never reaches the server),
-- enabled or disabled. By whoever manages it, or for one's own password.
-- NULL verifier: the password stays.
CREATE FUNCTION kartoteka_set_login(account_login text, verifier text, enabled boolean)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    role_name text := current_database() || '.' || account_login;
    staff text := current_database() || '.staff';
BEGIN
    IF NOT kartoteka_manages_login(account_login)
       AND NOT (role_name = session_user AND enabled) THEN
        RAISE EXCEPTION 'changing this login needs the accounts capability'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF octet_length(role_name) > 63 THEN
        RAISE EXCEPTION 'the login role name % is longer than the server allows', role_name
            USING ERRCODE = 'name_too_long';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = role_name) THEN
        EXECUTE format('CREATE ROLE %I', role_name);
    END IF;
    IF NOT pg_has_role(role_name, staff, 'MEMBER') THEN
        EXECUTE format('GRANT %I TO %I', staff, role_name);
    END IF;
    IF verifier IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', role_name, verifier);
    END IF;
    EXECUTE format('ALTER ROLE %I %s', role_name, CASE WHEN enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
END;
$$;

-- An account's new login renames its role; the password stays.
CREATE FUNCTION kartoteka_rename_login(old_login text, new_login text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    old_name text := current_database() || '.' || old_login;
    new_name text := current_database() || '.' || new_login;
BEGIN
    IF NOT kartoteka_manages_login(old_login) THEN
        RAISE EXCEPTION 'changing this login needs the accounts capability'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF octet_length(new_name) > 63 THEN
        RAISE EXCEPTION 'the login role name % is longer than the server allows', new_name
            USING ERRCODE = 'name_too_long';
    END IF;
    IF old_name <> new_name
       AND EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = old_name) THEN
        EXECUTE format('ALTER ROLE %I RENAME TO %I', old_name, new_name);
    END IF;
END;
$$;
