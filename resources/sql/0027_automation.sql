-- Schema 27: automation rules (automation/Rule.h). A rule: what starts it
-- (trigger_kind, with the stage or the days it needs), the conditions an
-- event must meet (NULL: any), and its actions as a JSON array, so that new
-- kinds of action (an e-mail, an SMS) need no new columns. The conditions
-- name list items and accounts by id without a foreign key: a rule whose
-- source was removed matches nothing rather than everything.
-- AUTOINCREMENT: a removed rule's number is never given to another, so an
-- old line of the audit or a script that names it never means a new one.
CREATE TABLE automation_rules (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    name             TEXT NOT NULL,
    trigger_kind     TEXT NOT NULL,
    stage_id         INTEGER REFERENCES stages (id) ON DELETE CASCADE,
    days             INTEGER NOT NULL DEFAULT 0,
    pipeline_id      INTEGER REFERENCES pipelines (id) ON DELETE CASCADE,
    source_id        INTEGER,
    min_amount_minor INTEGER,
    contact_type_id  INTEGER,
    manager_id       INTEGER,
    actions          TEXT NOT NULL,
    enabled          INTEGER NOT NULL DEFAULT 1,
    runs             INTEGER NOT NULL DEFAULT 0,
    last_run_at      TEXT,
    last_failure     TEXT,
    last_failure_at  TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX automation_rules_trigger ON automation_rules (trigger_kind) WHERE enabled = 1;
-- Each event a rule ran for, once: whichever PC or window inserts the key
-- first runs the rule ("client:7:birthday:2027"); the others find it taken.
CREATE TABLE automation_runs (
    rule_id   INTEGER NOT NULL REFERENCES automation_rules (id) ON DELETE CASCADE,
    event_key TEXT NOT NULL,
    ran_at    TEXT NOT NULL,
    PRIMARY KEY (rule_id, event_key)
);
