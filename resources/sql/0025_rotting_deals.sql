-- Schema 25: the deals that rot on the board (DealRepository::rotting), for
-- the Today screen: each stage's open deals of one manager with their last
-- activity, read from the index alone instead of every deal of theirs.
CREATE INDEX deals_rotting ON deals (stage_id, manager_id, updated_at, stage_entered_at)
    WHERE closed_at IS NULL;
