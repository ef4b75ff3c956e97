-- Schema 5 on a PostgreSQL server: the twin of ../0005_report_indexes.sql.
DROP INDEX deals_created;
CREATE INDEX deals_pipeline_created ON deals (pipeline_id, created_at);

CREATE INDEX deals_closed_days ON deals (closed_at, client_id, amount_minor, stage_id)
    WHERE closed_at IS NOT NULL;

DROP INDEX interactions_purchases;
CREATE INDEX interactions_purchases ON interactions (client_id, occurred_at, amount_minor)
    WHERE kind = 'purchase';
CREATE INDEX interactions_purchase_days ON interactions (occurred_at, client_id, amount_minor)
    WHERE kind = 'purchase';

CREATE INDEX interactions_days ON interactions (occurred_at, kind, client_id);

CREATE INDEX deals_client_closed ON deals (client_id, closed_at, stage_id, amount_minor)
    WHERE closed_at IS NOT NULL;

CREATE INDEX clients_created ON clients (created_at);

CREATE INDEX clients_birthday_day ON clients (substr(birthday, 6, 5)) WHERE birthday IS NOT NULL;
