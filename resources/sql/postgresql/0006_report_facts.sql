-- Schema 6 on a PostgreSQL server: the twin of ../0006_report_facts.sql.
ALTER TABLE deals ADD COLUMN furthest_stage_id bigint;

ALTER TABLE deal_stage_history ADD COLUMN days_in_stage double precision;

UPDATE deals SET furthest_stage_id = (
    SELECT o.id FROM deal_stage_history h
    JOIN stages o ON o.id = h.to_stage_id AND o.pipeline_id = deals.pipeline_id AND o.kind = 'open'
    WHERE h.deal_id = deals.id ORDER BY o.position DESC LIMIT 1);

-- julianday() differences there; the instants are ISO-8601 UTC text.
UPDATE deal_stage_history SET days_in_stage =
    extract(epoch FROM (n.next_at::timestamptz - deal_stage_history.at::timestamptz)) / 86400
FROM (SELECT id, lead(at) OVER (PARTITION BY deal_id ORDER BY at, id) AS next_at
      FROM deal_stage_history) AS n
WHERE n.id = deal_stage_history.id AND n.next_at IS NOT NULL;

DROP INDEX deals_pipeline_created;
CREATE INDEX deals_report ON deals (pipeline_id, created_at, manager_id, stage_id,
    furthest_stage_id, amount_minor, closed_at, source_id, client_id, loss_reason_id);

DROP INDEX deal_stage_history_deal;
CREATE INDEX deal_stage_history_deal ON deal_stage_history (deal_id, at, to_stage_id, days_in_stage);

DROP INDEX interactions_days;
CREATE INDEX interactions_work ON interactions (kind, occurred_at, client_id)
    WHERE kind IN ('call', 'meeting', 'email');
