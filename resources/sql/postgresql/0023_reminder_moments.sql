-- Schema 23 on a PostgreSQL server, the twin of ../0023_reminder_moments.sql:
-- each reminder keeps its next moment (UTC) and its task's person, so the
-- check that runs every minute reads one index range (tasks/Reminders.h).
-- The moments are computed from the repeat rules by the program: reminders
-- of open tasks start as due at once, and the first check sets each to its
-- next moment.
ALTER TABLE task_reminders ADD COLUMN next_at text;
ALTER TABLE task_reminders ADD COLUMN responsible_id bigint REFERENCES users (id);
UPDATE task_reminders
   SET responsible_id = (SELECT t.responsible_id FROM tasks t WHERE t.id = task_reminders.task_id),
       next_at = CASE WHEN (SELECT t.state FROM tasks t WHERE t.id = task_reminders.task_id) = 'open'
                      THEN '1970-01-01T00:00:00.000Z' END;
CREATE INDEX task_reminders_next ON task_reminders (responsible_id, next_at)
    WHERE next_at IS NOT NULL;


-- A period's series are those begun before its end and not ended before its
-- start: found by the end (endless ones have none) rather than read through
-- every series a person ever had; one person's, or everyone's.
DROP INDEX tasks_series;
CREATE INDEX tasks_series ON tasks (responsible_id, repeat_until, due_date)
    WHERE repeat_rule IS NOT NULL;
CREATE INDEX tasks_series_end ON tasks (repeat_until, due_date) WHERE repeat_rule IS NOT NULL;
