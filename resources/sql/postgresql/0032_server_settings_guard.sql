-- Schema 32: the shop's own set-up changes only with the capability for it,
-- checked by the server as the program checks it (accounts/Roles.h), so that
-- a manager's password in psql or any other tool changes no list, field,
-- pipeline, rule, template or shared setting. Everyone still reads them all.
--
-- A statement trigger (once per statement, also for one that touches no row)
-- refuses with insufficient_privilege, which the program reports as
-- "not allowed" (ErrorKind::Forbidden). Its arguments are the capabilities
-- any one of which allows the change.
CREATE FUNCTION kartoteka_capability_guard() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    capability text;
BEGIN
    IF NOT kartoteka_staff() THEN
        RETURN NULL;
    END IF;
    FOREACH capability IN ARRAY TG_ARGV LOOP
        IF kartoteka_can(capability) THEN
            RETURN NULL;
        END IF;
    END LOOP;
    RAISE EXCEPTION 'changing % needs one of: %', TG_TABLE_NAME, array_to_string(TG_ARGV, ', ')
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- Lists, the card's own fields and each contact type's habits: "lists" (an
-- import that adds a list's value checks it too); pipelines and stages:
-- "pipelines"; automation rules and document templates: "settings"; the
-- shared settings: "settings", or "backup" for the backups' own keys.
CREATE TRIGGER capability_guard BEFORE INSERT OR UPDATE OR DELETE ON list_items
    FOR EACH STATEMENT EXECUTE FUNCTION kartoteka_capability_guard('lists');
CREATE TRIGGER capability_guard BEFORE INSERT OR UPDATE OR DELETE ON custom_fields
    FOR EACH STATEMENT EXECUTE FUNCTION kartoteka_capability_guard('lists');
CREATE TRIGGER capability_guard BEFORE INSERT OR UPDATE OR DELETE ON contact_type_habits
    FOR EACH STATEMENT EXECUTE FUNCTION kartoteka_capability_guard('lists');
CREATE TRIGGER capability_guard BEFORE INSERT OR UPDATE OR DELETE ON pipelines
    FOR EACH STATEMENT EXECUTE FUNCTION kartoteka_capability_guard('pipelines');
CREATE TRIGGER capability_guard BEFORE INSERT OR UPDATE OR DELETE ON stages
    FOR EACH STATEMENT EXECUTE FUNCTION kartoteka_capability_guard('pipelines');
-- A rule's own record of its runs is written by whoever's change ran it:
-- the guard looks at each row and lets through a change of that record only.
CREATE FUNCTION kartoteka_rules_guard() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    record_of_runs text[] := ARRAY['runs', 'last_run_at', 'last_failure', 'last_failure_at'];
BEGIN
    IF NOT kartoteka_staff() OR kartoteka_can('settings') THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF TG_OP = 'UPDATE' AND to_jsonb(NEW) - record_of_runs = to_jsonb(OLD) - record_of_runs THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'changing automation rules needs: settings'
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER capability_guard BEFORE INSERT OR UPDATE OR DELETE ON automation_rules
    FOR EACH ROW EXECUTE FUNCTION kartoteka_rules_guard();
CREATE TRIGGER capability_guard BEFORE INSERT OR UPDATE OR DELETE ON document_templates
    FOR EACH STATEMENT EXECUTE FUNCTION kartoteka_capability_guard('settings');
-- The shared settings row by row: "backup" reaches only the backups' own
-- keys (backup.*), so that whoever may make a backup cannot point the mail
-- server or the SMS service, whose passwords every PC sends, elsewhere.
CREATE FUNCTION kartoteka_settings_guard() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT kartoteka_staff() OR kartoteka_can('settings') THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF kartoteka_can('backup') AND COALESCE(NEW.key, OLD.key) LIKE 'backup.%'
       AND (TG_OP <> 'UPDATE' OR OLD.key LIKE 'backup.%') THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    RAISE EXCEPTION 'changing the setting % needs: settings', COALESCE(NEW.key, OLD.key)
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER capability_guard BEFORE INSERT OR UPDATE OR DELETE ON settings
    FOR EACH ROW EXECUTE FUNCTION kartoteka_settings_guard();
