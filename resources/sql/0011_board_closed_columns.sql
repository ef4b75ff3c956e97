-- Schema 11: the board's columns read from their indexes alone. With the
-- last 30 days' closed shown, the board (15,000 open deals of one pipeline,
-- 20,000 closed in those 30 days) took 203-219 ms against a target of 200:
-- each closed column's figures and its first page read every deal of the
-- period from the table, through deals_closed (pipeline_id, closed_at), to
-- find its stage, amount and place; the open columns' figures read every open
-- deal's row for its amount.
--
-- deals_board_closed holds all of that for the closed columns, column by
-- column: a column's figures are summed from it and its first page is sorted
-- out of it without reading a deal row until the page is chosen. deals_open
-- gains the amount for the open columns' figures; its id follows the place,
-- so that it still gives a column in the board's order (board_position, id)
-- - without it the planner chose deals_board and read closed deals too.
-- manager_id and client_id are in both for a manager's board
-- (accounts/Access dealScope asks for them).
CREATE INDEX deals_board_closed ON deals (pipeline_id, stage_id, closed_at, board_position,
                                          amount_minor, manager_id, client_id)
    WHERE closed_at IS NOT NULL;

DROP INDEX deals_open;
CREATE INDEX deals_open ON deals (pipeline_id, stage_id, board_position, id, amount_minor,
                                  manager_id, client_id)
    WHERE closed_at IS NULL;
