-- Schema 24 on a PostgreSQL server, the twin of ../0024_open_tasks.sql: the
-- open tasks of a period, by their own indexes, so that Today and the lists
-- do not read the done ones (twenty for each open one in a person's year).
CREATE INDEX tasks_open ON tasks (responsible_id, due_date)
    WHERE state = 'open' AND repeat_rule IS NULL;
CREATE INDEX tasks_open_series ON tasks (responsible_id, repeat_until, due_date)
    WHERE state = 'open' AND repeat_rule IS NOT NULL;
