-- Schema 24: the open tasks of a period, by their own indexes. Today and the
-- lists read open tasks only, and a person's year holds twenty done for each
-- open one: through these indexes the done ones are not read at all. A
-- query uses them by saying state = 'open' (and whether the task repeats)
-- in so many words, as TaskRepository::occurrences does.
CREATE INDEX tasks_open ON tasks (responsible_id, due_date)
    WHERE state = 'open' AND repeat_rule IS NULL;
CREATE INDEX tasks_open_series ON tasks (responsible_id, repeat_until, due_date)
    WHERE state = 'open' AND repeat_rule IS NOT NULL;
