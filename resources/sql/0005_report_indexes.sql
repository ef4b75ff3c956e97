-- Schema 5: indexes for the owner's reports. Every report reads a period of
-- deals or sales; these let it read just that period, from the index alone.

-- Deals created in a period of one pipeline (funnel, channels, managers).
DROP INDEX deals_created;
CREATE INDEX deals_pipeline_created ON deals (pipeline_id, created_at);

-- Deals closed in a period, with what the client analytics sums.
CREATE INDEX deals_closed_days ON deals (closed_at, client_id, amount_minor, stage_id)
    WHERE closed_at IS NOT NULL;

-- Purchases per client in date order (client analytics over all time, the
-- drifting clients) and purchases of a period, both with their amounts.
DROP INDEX interactions_purchases;
CREATE INDEX interactions_purchases ON interactions (client_id, occurred_at, amount_minor)
    WHERE kind = 'purchase';
CREATE INDEX interactions_purchase_days ON interactions (occurred_at, client_id, amount_minor)
    WHERE kind = 'purchase';

-- Calls, meetings and e-mails logged in a period (managers report).
CREATE INDEX interactions_days ON interactions (occurred_at, kind, client_id);

-- Won deals per client over all time (the drifting clients).
CREATE INDEX deals_client_closed ON deals (client_id, closed_at, stage_id, amount_minor)
    WHERE closed_at IS NOT NULL;

-- New clients of a period per source (channels report).
CREATE INDEX clients_created ON clients (created_at);

-- Birthdays by month and day (the call list's "birthdays in the next days").
CREATE INDEX clients_birthday_day ON clients (substr(birthday, 6, 5)) WHERE birthday IS NOT NULL;
