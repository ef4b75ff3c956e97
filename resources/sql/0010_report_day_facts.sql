-- Schema 10: the owner's reports read totals per day, kept as the data
-- changes, instead of every deal and timeline entry of the period (the whole
-- dashboard took 0.5-0.7 s for a month and 2-2.7 s for a year or two at
-- 100,000 clients, and grew with the period). A report sums the days of its
-- period: a few rows a day, whatever the shop's size.
--
-- Days are the shop's local days, as date(..., 'localtime') gives them and
-- reports/ReportPeriod's boundsOf() reads them: the PCs of one shop share its
-- time zone. Keys hold 0 for "none" (NULLs never equal each other in a key).
-- Times are whole milliseconds, so that adding and taking out stays exact.
--
-- Why triggers and not the repositories: every writer changes these rows -
-- the forms, the board, imports, hand-overs, stage reorders (furthest stages
-- recounted in bulk), the demo - and a total that one path forgets is wrong
-- for ever after. Triggers keep them in the same transaction as the change,
-- whichever code writes it, as schema 9 does for the list's sort columns and
-- sales sums; the reports' reads stay plain SQL. The PostgreSQL schema gets
-- the same triggers in its own dialect. tests/core/test_report_facts.cpp
-- compares every report with a recount from the raw rows after thousands of
-- random changes.

-- Deals by the day they were created, as the funnel, channels and managers
-- reports count them: the stage they are in now (its kind is read from
-- stages, which may change), the furthest open stage reached, the loss reason,
-- and the source (the deal's own, else its client's).
CREATE TABLE report_deal_days (
    pipeline_id       INTEGER NOT NULL,
    day               TEXT NOT NULL,
    manager_id        INTEGER NOT NULL,
    stage_id          INTEGER NOT NULL,
    furthest_stage_id INTEGER NOT NULL,
    loss_reason_id    INTEGER NOT NULL,
    source_id         INTEGER NOT NULL,
    deals             INTEGER NOT NULL,
    amount            INTEGER NOT NULL,
    win_ms            INTEGER NOT NULL, -- created to closed, for the closed ones
    PRIMARY KEY (pipeline_id, day, manager_id, stage_id, furthest_stage_id, loss_reason_id, source_id)
) WITHOUT ROWID;

-- Closed deals by the day they were closed (the sales report's won deals).
CREATE TABLE report_won_days (
    pipeline_id INTEGER NOT NULL,
    day         TEXT NOT NULL,
    manager_id  INTEGER NOT NULL,
    stage_id    INTEGER NOT NULL,
    deals       INTEGER NOT NULL,
    amount      INTEGER NOT NULL,
    PRIMARY KEY (pipeline_id, day, manager_id, stage_id)
) WITHOUT ROWID;

-- Finished stays in a stage, by the day their deal was created (the funnel's
-- time in stage).
CREATE TABLE report_stay_days (
    pipeline_id INTEGER NOT NULL,
    day         TEXT NOT NULL,
    manager_id  INTEGER NOT NULL,
    to_stage_id INTEGER NOT NULL,
    stays       INTEGER NOT NULL,
    stay_ms     INTEGER NOT NULL,
    PRIMARY KEY (pipeline_id, day, manager_id, to_stage_id)
) WITHOUT ROWID;

-- Calls, meetings, e-mails and purchases logged, by day and by the manager
-- who looks after the client (managers' work, the sales report's purchases).
CREATE TABLE report_timeline_days (
    kind       TEXT NOT NULL,
    day        TEXT NOT NULL,
    manager_id INTEGER NOT NULL,
    entries    INTEGER NOT NULL,
    amount     INTEGER NOT NULL, -- purchases: what they came to
    PRIMARY KEY (kind, day, manager_id)
) WITHOUT ROWID;

-- New clients by day, manager and source (the channels report).
CREATE TABLE report_client_days (
    day        TEXT NOT NULL,
    manager_id INTEGER NOT NULL,
    source_id  INTEGER NOT NULL,
    clients    INTEGER NOT NULL,
    PRIMARY KEY (day, manager_id, source_id)
) WITHOUT ROWID;

-- Whether a period holds every sale ("All time"): then the clients and
-- channels reports read each client's sums of schema 9 (client_sales) instead
-- of grouping every sale. Its last sale has an index already.
CREATE INDEX client_sales_first ON client_sales (first_at);

-- What is there today.
INSERT INTO report_deal_days (pipeline_id, day, manager_id, stage_id, furthest_stage_id, loss_reason_id, source_id, deals, amount, win_ms)
SELECT d.pipeline_id, date(d.created_at, 'localtime'), COALESCE(d.manager_id, 0), d.stage_id, COALESCE(d.furthest_stage_id, 0), COALESCE(d.loss_reason_id, 0), COALESCE(d.source_id, (SELECT c.source_id FROM clients c WHERE c.id = d.client_id), 0),
       count(*), sum(d.amount_minor), sum(CASE WHEN d.closed_at IS NULL THEN 0 ELSE CAST(round((julianday(d.closed_at) - julianday(d.created_at)) * 86400000) AS INTEGER) END)
  FROM deals d GROUP BY 1, 2, 3, 4, 5, 6, 7;

INSERT INTO report_won_days (pipeline_id, day, manager_id, stage_id, deals, amount)
SELECT d.pipeline_id, date(d.closed_at, 'localtime'), COALESCE(d.manager_id, 0), d.stage_id, count(*), sum(d.amount_minor)
  FROM deals d WHERE d.closed_at IS NOT NULL GROUP BY 1, 2, 3, 4;

INSERT INTO report_stay_days (pipeline_id, day, manager_id, to_stage_id, stays, stay_ms)
SELECT d.pipeline_id, date(d.created_at, 'localtime'), COALESCE(d.manager_id, 0), h.to_stage_id, count(*), sum(CAST(round(h.days_in_stage * 86400000) AS INTEGER))
  FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id
 WHERE h.days_in_stage IS NOT NULL GROUP BY 1, 2, 3, 4;

INSERT INTO report_timeline_days (kind, day, manager_id, entries, amount)
SELECT i.kind, date(i.occurred_at, 'localtime'), COALESCE(c.manager_id, 0), count(*), sum(COALESCE(i.amount_minor, 0))
  FROM interactions i JOIN clients c ON c.id = i.client_id
 WHERE i.kind IN ('call', 'meeting', 'email', 'purchase') GROUP BY 1, 2, 3;

INSERT INTO report_client_days (day, manager_id, source_id, clients)
SELECT date(c.created_at, 'localtime'), COALESCE(c.manager_id, 0), COALESCE(c.source_id, 0), count(*) FROM clients c GROUP BY 1, 2, 3;

-- Kept in step: each change takes out what the old row counted and adds
-- what the new one counts; a total that reaches nothing goes.

CREATE TRIGGER report_deal_added AFTER INSERT ON deals
BEGIN
    INSERT INTO report_deal_days (pipeline_id, day, manager_id, stage_id, furthest_stage_id, loss_reason_id, source_id, deals, amount, win_ms)
    SELECT NEW.pipeline_id, date(NEW.created_at, 'localtime'), COALESCE(NEW.manager_id, 0), NEW.stage_id, COALESCE(NEW.furthest_stage_id, 0), COALESCE(NEW.loss_reason_id, 0), COALESCE(NEW.source_id, (SELECT c.source_id FROM clients c WHERE c.id = NEW.client_id), 0), 1, NEW.amount_minor, CASE WHEN NEW.closed_at IS NULL THEN 0 ELSE CAST(round((julianday(NEW.closed_at) - julianday(NEW.created_at)) * 86400000) AS INTEGER) END WHERE true
    ON CONFLICT (pipeline_id, day, manager_id, stage_id, furthest_stage_id, loss_reason_id, source_id) DO UPDATE SET deals = report_deal_days.deals + excluded.deals, amount = report_deal_days.amount + excluded.amount, win_ms = report_deal_days.win_ms + excluded.win_ms;
    INSERT INTO report_won_days (pipeline_id, day, manager_id, stage_id, deals, amount)
    SELECT NEW.pipeline_id, date(NEW.closed_at, 'localtime'), COALESCE(NEW.manager_id, 0), NEW.stage_id, 1, NEW.amount_minor WHERE NEW.closed_at IS NOT NULL
    ON CONFLICT (pipeline_id, day, manager_id, stage_id) DO UPDATE SET deals = report_won_days.deals + excluded.deals, amount = report_won_days.amount + excluded.amount;
END;

CREATE TRIGGER report_deal_removed AFTER DELETE ON deals
BEGIN
    INSERT INTO report_deal_days (pipeline_id, day, manager_id, stage_id, furthest_stage_id, loss_reason_id, source_id, deals, amount, win_ms)
    SELECT OLD.pipeline_id, date(OLD.created_at, 'localtime'), COALESCE(OLD.manager_id, 0), OLD.stage_id, COALESCE(OLD.furthest_stage_id, 0), COALESCE(OLD.loss_reason_id, 0), COALESCE(OLD.source_id, (SELECT c.source_id FROM clients c WHERE c.id = OLD.client_id), 0), -(1), -(OLD.amount_minor), -(CASE WHEN OLD.closed_at IS NULL THEN 0 ELSE CAST(round((julianday(OLD.closed_at) - julianday(OLD.created_at)) * 86400000) AS INTEGER) END) WHERE true
    ON CONFLICT (pipeline_id, day, manager_id, stage_id, furthest_stage_id, loss_reason_id, source_id) DO UPDATE SET deals = report_deal_days.deals + excluded.deals, amount = report_deal_days.amount + excluded.amount, win_ms = report_deal_days.win_ms + excluded.win_ms;
    DELETE FROM report_deal_days WHERE deals = 0 AND pipeline_id = OLD.pipeline_id AND day = date(OLD.created_at, 'localtime') AND manager_id = COALESCE(OLD.manager_id, 0) AND stage_id = OLD.stage_id AND furthest_stage_id = COALESCE(OLD.furthest_stage_id, 0) AND loss_reason_id = COALESCE(OLD.loss_reason_id, 0) AND source_id = COALESCE(OLD.source_id, (SELECT c.source_id FROM clients c WHERE c.id = OLD.client_id), 0);
    INSERT INTO report_won_days (pipeline_id, day, manager_id, stage_id, deals, amount)
    SELECT OLD.pipeline_id, date(OLD.closed_at, 'localtime'), COALESCE(OLD.manager_id, 0), OLD.stage_id, -(1), -(OLD.amount_minor) WHERE OLD.closed_at IS NOT NULL
    ON CONFLICT (pipeline_id, day, manager_id, stage_id) DO UPDATE SET deals = report_won_days.deals + excluded.deals, amount = report_won_days.amount + excluded.amount;
    DELETE FROM report_won_days WHERE deals = 0 AND pipeline_id = OLD.pipeline_id AND day = date(OLD.closed_at, 'localtime') AND manager_id = COALESCE(OLD.manager_id, 0) AND stage_id = OLD.stage_id;
END;

CREATE TRIGGER report_deal_stays_removed BEFORE DELETE ON deals
BEGIN
    INSERT INTO report_stay_days (pipeline_id, day, manager_id, to_stage_id, stays, stay_ms)
    SELECT OLD.pipeline_id, date(OLD.created_at, 'localtime'), COALESCE(OLD.manager_id, 0), h.to_stage_id, -(1), -(CAST(round(h.days_in_stage * 86400000) AS INTEGER)) FROM deal_stage_history h WHERE h.deal_id = OLD.id AND h.days_in_stage IS NOT NULL
    ON CONFLICT (pipeline_id, day, manager_id, to_stage_id) DO UPDATE SET stays = report_stay_days.stays + excluded.stays, stay_ms = report_stay_days.stay_ms + excluded.stay_ms;
    DELETE FROM report_stay_days WHERE stays = 0 AND (pipeline_id, day, manager_id, to_stage_id) IN (
        SELECT OLD.pipeline_id, date(OLD.created_at, 'localtime'), COALESCE(OLD.manager_id, 0), h.to_stage_id FROM deal_stage_history h WHERE h.deal_id = OLD.id);
END;

CREATE TRIGGER report_deal_changed AFTER UPDATE OF pipeline_id, stage_id, client_id, manager_id, source_id, amount_minor, loss_reason_id,
    created_at, closed_at, furthest_stage_id ON deals
BEGIN
    INSERT INTO report_deal_days (pipeline_id, day, manager_id, stage_id, furthest_stage_id, loss_reason_id, source_id, deals, amount, win_ms)
    SELECT OLD.pipeline_id, date(OLD.created_at, 'localtime'), COALESCE(OLD.manager_id, 0), OLD.stage_id, COALESCE(OLD.furthest_stage_id, 0), COALESCE(OLD.loss_reason_id, 0), COALESCE(OLD.source_id, (SELECT c.source_id FROM clients c WHERE c.id = OLD.client_id), 0), -(1), -(OLD.amount_minor), -(CASE WHEN OLD.closed_at IS NULL THEN 0 ELSE CAST(round((julianday(OLD.closed_at) - julianday(OLD.created_at)) * 86400000) AS INTEGER) END) WHERE true
    ON CONFLICT (pipeline_id, day, manager_id, stage_id, furthest_stage_id, loss_reason_id, source_id) DO UPDATE SET deals = report_deal_days.deals + excluded.deals, amount = report_deal_days.amount + excluded.amount, win_ms = report_deal_days.win_ms + excluded.win_ms;
    DELETE FROM report_deal_days WHERE deals = 0 AND pipeline_id = OLD.pipeline_id AND day = date(OLD.created_at, 'localtime') AND manager_id = COALESCE(OLD.manager_id, 0) AND stage_id = OLD.stage_id AND furthest_stage_id = COALESCE(OLD.furthest_stage_id, 0) AND loss_reason_id = COALESCE(OLD.loss_reason_id, 0) AND source_id = COALESCE(OLD.source_id, (SELECT c.source_id FROM clients c WHERE c.id = OLD.client_id), 0);
    INSERT INTO report_deal_days (pipeline_id, day, manager_id, stage_id, furthest_stage_id, loss_reason_id, source_id, deals, amount, win_ms)
    SELECT NEW.pipeline_id, date(NEW.created_at, 'localtime'), COALESCE(NEW.manager_id, 0), NEW.stage_id, COALESCE(NEW.furthest_stage_id, 0), COALESCE(NEW.loss_reason_id, 0), COALESCE(NEW.source_id, (SELECT c.source_id FROM clients c WHERE c.id = NEW.client_id), 0), 1, NEW.amount_minor, CASE WHEN NEW.closed_at IS NULL THEN 0 ELSE CAST(round((julianday(NEW.closed_at) - julianday(NEW.created_at)) * 86400000) AS INTEGER) END WHERE true
    ON CONFLICT (pipeline_id, day, manager_id, stage_id, furthest_stage_id, loss_reason_id, source_id) DO UPDATE SET deals = report_deal_days.deals + excluded.deals, amount = report_deal_days.amount + excluded.amount, win_ms = report_deal_days.win_ms + excluded.win_ms;
    INSERT INTO report_won_days (pipeline_id, day, manager_id, stage_id, deals, amount)
    SELECT OLD.pipeline_id, date(OLD.closed_at, 'localtime'), COALESCE(OLD.manager_id, 0), OLD.stage_id, -(1), -(OLD.amount_minor) WHERE OLD.closed_at IS NOT NULL
    ON CONFLICT (pipeline_id, day, manager_id, stage_id) DO UPDATE SET deals = report_won_days.deals + excluded.deals, amount = report_won_days.amount + excluded.amount;
    DELETE FROM report_won_days WHERE deals = 0 AND pipeline_id = OLD.pipeline_id AND day = date(OLD.closed_at, 'localtime') AND manager_id = COALESCE(OLD.manager_id, 0) AND stage_id = OLD.stage_id;
    INSERT INTO report_won_days (pipeline_id, day, manager_id, stage_id, deals, amount)
    SELECT NEW.pipeline_id, date(NEW.closed_at, 'localtime'), COALESCE(NEW.manager_id, 0), NEW.stage_id, 1, NEW.amount_minor WHERE NEW.closed_at IS NOT NULL
    ON CONFLICT (pipeline_id, day, manager_id, stage_id) DO UPDATE SET deals = report_won_days.deals + excluded.deals, amount = report_won_days.amount + excluded.amount;
END;

CREATE TRIGGER report_deal_stays_moved AFTER UPDATE OF pipeline_id, manager_id, created_at ON deals
WHEN OLD.pipeline_id IS NOT NEW.pipeline_id OR OLD.manager_id IS NOT NEW.manager_id
  OR OLD.created_at IS NOT NEW.created_at
BEGIN
    INSERT INTO report_stay_days (pipeline_id, day, manager_id, to_stage_id, stays, stay_ms)
    SELECT OLD.pipeline_id, date(OLD.created_at, 'localtime'), COALESCE(OLD.manager_id, 0), h.to_stage_id, -(1), -(CAST(round(h.days_in_stage * 86400000) AS INTEGER)) FROM deal_stage_history h WHERE h.deal_id = OLD.id AND h.days_in_stage IS NOT NULL
    ON CONFLICT (pipeline_id, day, manager_id, to_stage_id) DO UPDATE SET stays = report_stay_days.stays + excluded.stays, stay_ms = report_stay_days.stay_ms + excluded.stay_ms;
    DELETE FROM report_stay_days WHERE stays = 0 AND (pipeline_id, day, manager_id, to_stage_id) IN (
        SELECT OLD.pipeline_id, date(OLD.created_at, 'localtime'), COALESCE(OLD.manager_id, 0), h.to_stage_id FROM deal_stage_history h WHERE h.deal_id = OLD.id);
    INSERT INTO report_stay_days (pipeline_id, day, manager_id, to_stage_id, stays, stay_ms)
    SELECT NEW.pipeline_id, date(NEW.created_at, 'localtime'), COALESCE(NEW.manager_id, 0), h.to_stage_id, 1, CAST(round(h.days_in_stage * 86400000) AS INTEGER) FROM deal_stage_history h WHERE h.deal_id = NEW.id AND h.days_in_stage IS NOT NULL
    ON CONFLICT (pipeline_id, day, manager_id, to_stage_id) DO UPDATE SET stays = report_stay_days.stays + excluded.stays, stay_ms = report_stay_days.stay_ms + excluded.stay_ms;
END;

CREATE TRIGGER report_stay_added AFTER INSERT ON deal_stage_history
WHEN NEW.days_in_stage IS NOT NULL
BEGIN
    INSERT INTO report_stay_days (pipeline_id, day, manager_id, to_stage_id, stays, stay_ms)
    SELECT d.pipeline_id, date(d.created_at, 'localtime'), COALESCE(d.manager_id, 0), NEW.to_stage_id, 1, CAST(round(NEW.days_in_stage * 86400000) AS INTEGER) FROM deals d WHERE d.id = NEW.deal_id AND NEW.days_in_stage IS NOT NULL
    ON CONFLICT (pipeline_id, day, manager_id, to_stage_id) DO UPDATE SET stays = report_stay_days.stays + excluded.stays, stay_ms = report_stay_days.stay_ms + excluded.stay_ms;
END;

CREATE TRIGGER report_stay_removed AFTER DELETE ON deal_stage_history
WHEN OLD.days_in_stage IS NOT NULL
BEGIN
    INSERT INTO report_stay_days (pipeline_id, day, manager_id, to_stage_id, stays, stay_ms)
    SELECT d.pipeline_id, date(d.created_at, 'localtime'), COALESCE(d.manager_id, 0), OLD.to_stage_id, -(1), -(CAST(round(OLD.days_in_stage * 86400000) AS INTEGER)) FROM deals d WHERE d.id = OLD.deal_id AND OLD.days_in_stage IS NOT NULL
    ON CONFLICT (pipeline_id, day, manager_id, to_stage_id) DO UPDATE SET stays = report_stay_days.stays + excluded.stays, stay_ms = report_stay_days.stay_ms + excluded.stay_ms;
    DELETE FROM report_stay_days WHERE stays = 0 AND (pipeline_id, day, manager_id, to_stage_id) IN (
        SELECT d.pipeline_id, date(d.created_at, 'localtime'), COALESCE(d.manager_id, 0), OLD.to_stage_id FROM deals d WHERE d.id = OLD.deal_id);
END;

CREATE TRIGGER report_stay_changed AFTER UPDATE OF deal_id, to_stage_id, days_in_stage ON deal_stage_history
BEGIN
    INSERT INTO report_stay_days (pipeline_id, day, manager_id, to_stage_id, stays, stay_ms)
    SELECT d.pipeline_id, date(d.created_at, 'localtime'), COALESCE(d.manager_id, 0), OLD.to_stage_id, -(1), -(CAST(round(OLD.days_in_stage * 86400000) AS INTEGER)) FROM deals d WHERE d.id = OLD.deal_id AND OLD.days_in_stage IS NOT NULL
    ON CONFLICT (pipeline_id, day, manager_id, to_stage_id) DO UPDATE SET stays = report_stay_days.stays + excluded.stays, stay_ms = report_stay_days.stay_ms + excluded.stay_ms;
    DELETE FROM report_stay_days WHERE stays = 0 AND (pipeline_id, day, manager_id, to_stage_id) IN (
        SELECT d.pipeline_id, date(d.created_at, 'localtime'), COALESCE(d.manager_id, 0), OLD.to_stage_id FROM deals d WHERE d.id = OLD.deal_id);
    INSERT INTO report_stay_days (pipeline_id, day, manager_id, to_stage_id, stays, stay_ms)
    SELECT d.pipeline_id, date(d.created_at, 'localtime'), COALESCE(d.manager_id, 0), NEW.to_stage_id, 1, CAST(round(NEW.days_in_stage * 86400000) AS INTEGER) FROM deals d WHERE d.id = NEW.deal_id AND NEW.days_in_stage IS NOT NULL
    ON CONFLICT (pipeline_id, day, manager_id, to_stage_id) DO UPDATE SET stays = report_stay_days.stays + excluded.stays, stay_ms = report_stay_days.stay_ms + excluded.stay_ms;
END;

CREATE TRIGGER report_entry_added AFTER INSERT ON interactions
WHEN NEW.kind IN ('call', 'meeting', 'email', 'purchase')
BEGIN
    INSERT INTO report_timeline_days (kind, day, manager_id, entries, amount)
    SELECT NEW.kind, date(NEW.occurred_at, 'localtime'), COALESCE((SELECT c.manager_id FROM clients c WHERE c.id = NEW.client_id), 0), 1, COALESCE(NEW.amount_minor, 0) WHERE NEW.kind IN ('call', 'meeting', 'email', 'purchase')
    ON CONFLICT (kind, day, manager_id) DO UPDATE SET entries = report_timeline_days.entries + excluded.entries, amount = report_timeline_days.amount + excluded.amount;
END;

CREATE TRIGGER report_entry_removed AFTER DELETE ON interactions
WHEN OLD.kind IN ('call', 'meeting', 'email', 'purchase')
  AND EXISTS (SELECT 1 FROM clients c WHERE c.id = OLD.client_id)
BEGIN
    INSERT INTO report_timeline_days (kind, day, manager_id, entries, amount)
    SELECT OLD.kind, date(OLD.occurred_at, 'localtime'), COALESCE((SELECT c.manager_id FROM clients c WHERE c.id = OLD.client_id), 0), -(1), -(COALESCE(OLD.amount_minor, 0)) WHERE OLD.kind IN ('call', 'meeting', 'email', 'purchase')
    ON CONFLICT (kind, day, manager_id) DO UPDATE SET entries = report_timeline_days.entries + excluded.entries, amount = report_timeline_days.amount + excluded.amount;
    DELETE FROM report_timeline_days WHERE entries = 0 AND kind = OLD.kind AND day = date(OLD.occurred_at, 'localtime') AND manager_id = COALESCE((SELECT c.manager_id FROM clients c WHERE c.id = OLD.client_id), 0);
END;

CREATE TRIGGER report_entry_changed AFTER UPDATE OF kind, occurred_at, client_id, amount_minor ON interactions
WHEN OLD.kind IN ('call', 'meeting', 'email', 'purchase') OR NEW.kind IN ('call', 'meeting', 'email', 'purchase')
BEGIN
    INSERT INTO report_timeline_days (kind, day, manager_id, entries, amount)
    SELECT OLD.kind, date(OLD.occurred_at, 'localtime'), COALESCE((SELECT c.manager_id FROM clients c WHERE c.id = OLD.client_id), 0), -(1), -(COALESCE(OLD.amount_minor, 0)) WHERE OLD.kind IN ('call', 'meeting', 'email', 'purchase')
    ON CONFLICT (kind, day, manager_id) DO UPDATE SET entries = report_timeline_days.entries + excluded.entries, amount = report_timeline_days.amount + excluded.amount;
    DELETE FROM report_timeline_days WHERE entries = 0 AND kind = OLD.kind AND day = date(OLD.occurred_at, 'localtime') AND manager_id = COALESCE((SELECT c.manager_id FROM clients c WHERE c.id = OLD.client_id), 0);
    INSERT INTO report_timeline_days (kind, day, manager_id, entries, amount)
    SELECT NEW.kind, date(NEW.occurred_at, 'localtime'), COALESCE((SELECT c.manager_id FROM clients c WHERE c.id = NEW.client_id), 0), 1, COALESCE(NEW.amount_minor, 0) WHERE NEW.kind IN ('call', 'meeting', 'email', 'purchase')
    ON CONFLICT (kind, day, manager_id) DO UPDATE SET entries = report_timeline_days.entries + excluded.entries, amount = report_timeline_days.amount + excluded.amount;
END;

CREATE TRIGGER report_client_added AFTER INSERT ON clients
BEGIN
    INSERT INTO report_client_days (day, manager_id, source_id, clients)
    SELECT date(NEW.created_at, 'localtime'), COALESCE(NEW.manager_id, 0), COALESCE(NEW.source_id, 0), 1 WHERE true
    ON CONFLICT (day, manager_id, source_id) DO UPDATE SET clients = report_client_days.clients + excluded.clients;
END;

CREATE TRIGGER report_client_removed AFTER DELETE ON clients
BEGIN
    INSERT INTO report_client_days (day, manager_id, source_id, clients)
    SELECT date(OLD.created_at, 'localtime'), COALESCE(OLD.manager_id, 0), COALESCE(OLD.source_id, 0), -(1) WHERE true
    ON CONFLICT (day, manager_id, source_id) DO UPDATE SET clients = report_client_days.clients + excluded.clients;
    DELETE FROM report_client_days WHERE clients = 0 AND day = date(OLD.created_at, 'localtime') AND manager_id = COALESCE(OLD.manager_id, 0) AND source_id = COALESCE(OLD.source_id, 0);
END;

CREATE TRIGGER report_client_entries_removed BEFORE DELETE ON clients
BEGIN
    INSERT INTO report_timeline_days (kind, day, manager_id, entries, amount)
    SELECT i.kind, date(i.occurred_at, 'localtime'), COALESCE(OLD.manager_id, 0), -(1), -(COALESCE(i.amount_minor, 0)) FROM interactions i WHERE i.client_id = OLD.id AND i.kind IN ('call', 'meeting', 'email', 'purchase')
    ON CONFLICT (kind, day, manager_id) DO UPDATE SET entries = report_timeline_days.entries + excluded.entries, amount = report_timeline_days.amount + excluded.amount;
    DELETE FROM report_timeline_days WHERE entries = 0 AND (kind, day, manager_id) IN (
        SELECT i.kind, date(i.occurred_at, 'localtime'), COALESCE(OLD.manager_id, 0) FROM interactions i WHERE i.client_id = OLD.id AND i.kind IN ('call', 'meeting', 'email', 'purchase'));
END;

CREATE TRIGGER report_client_changed AFTER UPDATE OF created_at, manager_id, source_id ON clients
WHEN OLD.created_at IS NOT NEW.created_at OR OLD.manager_id IS NOT NEW.manager_id
  OR OLD.source_id IS NOT NEW.source_id
BEGIN
    INSERT INTO report_client_days (day, manager_id, source_id, clients)
    SELECT date(OLD.created_at, 'localtime'), COALESCE(OLD.manager_id, 0), COALESCE(OLD.source_id, 0), -(1) WHERE true
    ON CONFLICT (day, manager_id, source_id) DO UPDATE SET clients = report_client_days.clients + excluded.clients;
    DELETE FROM report_client_days WHERE clients = 0 AND day = date(OLD.created_at, 'localtime') AND manager_id = COALESCE(OLD.manager_id, 0) AND source_id = COALESCE(OLD.source_id, 0);
    INSERT INTO report_client_days (day, manager_id, source_id, clients)
    SELECT date(NEW.created_at, 'localtime'), COALESCE(NEW.manager_id, 0), COALESCE(NEW.source_id, 0), 1 WHERE true
    ON CONFLICT (day, manager_id, source_id) DO UPDATE SET clients = report_client_days.clients + excluded.clients;
END;

CREATE TRIGGER report_client_manager_changed AFTER UPDATE OF manager_id ON clients
WHEN OLD.manager_id IS NOT NEW.manager_id
BEGIN
    INSERT INTO report_timeline_days (kind, day, manager_id, entries, amount)
    SELECT i.kind, date(i.occurred_at, 'localtime'), COALESCE(OLD.manager_id, 0), -(1), -(COALESCE(i.amount_minor, 0)) FROM interactions i WHERE i.client_id = NEW.id AND i.kind IN ('call', 'meeting', 'email', 'purchase')
    ON CONFLICT (kind, day, manager_id) DO UPDATE SET entries = report_timeline_days.entries + excluded.entries, amount = report_timeline_days.amount + excluded.amount;
    DELETE FROM report_timeline_days WHERE entries = 0 AND (kind, day, manager_id) IN (
        SELECT i.kind, date(i.occurred_at, 'localtime'), COALESCE(OLD.manager_id, 0) FROM interactions i WHERE i.client_id = NEW.id AND i.kind IN ('call', 'meeting', 'email', 'purchase'));
    INSERT INTO report_timeline_days (kind, day, manager_id, entries, amount)
    SELECT i.kind, date(i.occurred_at, 'localtime'), COALESCE(NEW.manager_id, 0), 1, COALESCE(i.amount_minor, 0) FROM interactions i WHERE i.client_id = NEW.id AND i.kind IN ('call', 'meeting', 'email', 'purchase')
    ON CONFLICT (kind, day, manager_id) DO UPDATE SET entries = report_timeline_days.entries + excluded.entries, amount = report_timeline_days.amount + excluded.amount;
END;

CREATE TRIGGER report_client_source_changed AFTER UPDATE OF source_id ON clients
WHEN OLD.source_id IS NOT NEW.source_id
BEGIN
    INSERT INTO report_deal_days (pipeline_id, day, manager_id, stage_id, furthest_stage_id, loss_reason_id, source_id, deals, amount, win_ms)
    SELECT d.pipeline_id, date(d.created_at, 'localtime'), COALESCE(d.manager_id, 0), d.stage_id, COALESCE(d.furthest_stage_id, 0), COALESCE(d.loss_reason_id, 0), COALESCE(d.source_id, OLD.source_id, 0), -(1), -(d.amount_minor), -(CASE WHEN d.closed_at IS NULL THEN 0 ELSE CAST(round((julianday(d.closed_at) - julianday(d.created_at)) * 86400000) AS INTEGER) END) FROM deals d WHERE d.client_id = NEW.id AND d.source_id IS NULL
    ON CONFLICT (pipeline_id, day, manager_id, stage_id, furthest_stage_id, loss_reason_id, source_id) DO UPDATE SET deals = report_deal_days.deals + excluded.deals, amount = report_deal_days.amount + excluded.amount, win_ms = report_deal_days.win_ms + excluded.win_ms;
    DELETE FROM report_deal_days WHERE deals = 0 AND (pipeline_id, day, manager_id, stage_id, furthest_stage_id, loss_reason_id, source_id) IN (
        SELECT d.pipeline_id, date(d.created_at, 'localtime'), COALESCE(d.manager_id, 0), d.stage_id, COALESCE(d.furthest_stage_id, 0), COALESCE(d.loss_reason_id, 0), COALESCE(d.source_id, OLD.source_id, 0) FROM deals d WHERE d.client_id = NEW.id AND d.source_id IS NULL);
    INSERT INTO report_deal_days (pipeline_id, day, manager_id, stage_id, furthest_stage_id, loss_reason_id, source_id, deals, amount, win_ms)
    SELECT d.pipeline_id, date(d.created_at, 'localtime'), COALESCE(d.manager_id, 0), d.stage_id, COALESCE(d.furthest_stage_id, 0), COALESCE(d.loss_reason_id, 0), COALESCE(d.source_id, NEW.source_id, 0), 1, d.amount_minor, CASE WHEN d.closed_at IS NULL THEN 0 ELSE CAST(round((julianday(d.closed_at) - julianday(d.created_at)) * 86400000) AS INTEGER) END FROM deals d WHERE d.client_id = NEW.id AND d.source_id IS NULL
    ON CONFLICT (pipeline_id, day, manager_id, stage_id, furthest_stage_id, loss_reason_id, source_id) DO UPDATE SET deals = report_deal_days.deals + excluded.deals, amount = report_deal_days.amount + excluded.amount, win_ms = report_deal_days.win_ms + excluded.win_ms;
END;
