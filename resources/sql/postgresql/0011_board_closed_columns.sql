-- Schema 11 on a PostgreSQL server: the twin of ../0011_board_closed_columns.sql.
CREATE INDEX deals_board_closed ON deals (pipeline_id, stage_id, closed_at, board_position,
                                          amount_minor, manager_id, client_id)
    WHERE closed_at IS NOT NULL;

DROP INDEX deals_open;
CREATE INDEX deals_open ON deals (pipeline_id, stage_id, board_position, id, amount_minor,
                                  manager_id, client_id)
    WHERE closed_at IS NULL;
