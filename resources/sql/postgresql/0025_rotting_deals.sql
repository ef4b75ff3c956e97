-- Schema 25 on a PostgreSQL server, the twin of ../0025_rotting_deals.sql:
-- each stage's open deals of one manager with their last activity, for the
-- deals that rot on the board (the Today screen).
CREATE INDEX deals_rotting ON deals (stage_id, manager_id, updated_at, stage_entered_at)
    WHERE closed_at IS NULL;
