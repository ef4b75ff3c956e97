-- Schema 22: tasks (core/tasks). A task is about a client and/or a deal, has
-- one person responsible and a due day (with a time and a duration for
-- meetings); it may repeat by an RFC 5545 rule (tasks/Recurrence.h), whose
-- occurrences are computed, not stored: only an occurrence changed on its
-- own (done, cancelled, moved) has a row in task_occurrences.
CREATE TABLE tasks (
    id             INTEGER PRIMARY KEY,
    title          TEXT NOT NULL,
    kind_id        INTEGER REFERENCES list_items (id),
    client_id      INTEGER REFERENCES clients (id) ON DELETE CASCADE,
    deal_id        INTEGER REFERENCES deals (id) ON DELETE CASCADE,
    responsible_id INTEGER REFERENCES users (id),
    due_date       TEXT NOT NULL,        -- YYYY-MM-DD, the shop's local day (the first occurrence's)
    due_time       TEXT,                 -- HH:MM local; NULL: some time that day
    duration_min   INTEGER NOT NULL DEFAULT 0,
    priority       INTEGER NOT NULL DEFAULT 1 CHECK (priority BETWEEN 0 AND 2),
    notes          TEXT NOT NULL DEFAULT '',
    repeat_rule    TEXT,                 -- RRULE value; NULL: once
    repeat_until   TEXT,                 -- a finite series' last day; NULL: endless or once
    state          TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'cancelled')),
    result         TEXT NOT NULL DEFAULT '',
    done_at        TEXT,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL DEFAULT '',
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX tasks_responsible ON tasks (responsible_id, due_date);
CREATE INDEX tasks_due ON tasks (due_date);
CREATE INDEX tasks_client ON tasks (client_id) WHERE client_id IS NOT NULL;
CREATE INDEX tasks_deal ON tasks (deal_id) WHERE deal_id IS NOT NULL;
-- Repeating tasks apart: a period's series are those begun before its end
-- and not ended before its start.
CREATE INDEX tasks_series ON tasks (responsible_id, due_date) WHERE repeat_rule IS NOT NULL;

-- One occurrence of a repeating task done, cancelled or moved on its own.
CREATE TABLE task_occurrences (
    task_id  INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    occurs_on TEXT NOT NULL,             -- its day in the series, YYYY-MM-DD
    state    TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'cancelled')),
    moved_to TEXT,                       -- YYYY-MM-DD or YYYY-MM-DDTHH:MM, local
    result   TEXT NOT NULL DEFAULT '',
    done_at  TEXT,
    PRIMARY KEY (task_id, occurs_on)
);
CREATE INDEX task_occurrences_moved ON task_occurrences (moved_to) WHERE moved_to IS NOT NULL;

-- Reminders: so many minutes before each occurrence's start (a whole-day
-- task starts at the day's start of work, tasks/Task.h), or at one moment.
CREATE TABLE task_reminders (
    id             INTEGER PRIMARY KEY,
    task_id        INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    minutes_before INTEGER,
    at             TEXT,                 -- UTC
    CHECK ((minutes_before IS NULL) <> (at IS NULL))
);
CREATE INDEX task_reminders_task ON task_reminders (task_id);

-- Each reminder of each occurrence is shown once, by whichever PC or window
-- of the person claims it first (tasks/Reminders.h).
CREATE TABLE task_reminder_deliveries (
    reminder_id  INTEGER NOT NULL REFERENCES task_reminders (id) ON DELETE CASCADE,
    occurs_on    TEXT NOT NULL,
    delivered_at TEXT NOT NULL,
    host         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (reminder_id, occurs_on)
);

-- The editable list of task kinds, in the shop's language when it has one
-- (a new database gets its language's names right after: NewDatabase.cpp).
-- `meaning` says what a done task of the kind becomes on the client's
-- timeline (clients/Client.h InteractionKind names; NULL: a note), whatever
-- the shop renames it to.
ALTER TABLE list_items ADD COLUMN meaning TEXT;
INSERT INTO list_items (list, name, position, meaning)
SELECT 'task_kind', CASE language WHEN 'uk' THEN uk WHEN 'ru' THEN ru ELSE en END, position,
       meaning
  FROM (SELECT 'Call' AS en, 'Дзвінок' AS uk, 'Звонок' AS ru, 1 AS position, 'call' AS meaning
        UNION ALL SELECT 'Meeting', 'Зустріч', 'Встреча', 2, 'meeting'
        UNION ALL SELECT 'E-mail', 'Лист', 'Письмо', 3, 'email'
        UNION ALL SELECT 'Message', 'Повідомлення', 'Сообщение', 4, 'message'
        UNION ALL SELECT 'To-do', 'Справа', 'Дело', 5, NULL
        UNION ALL SELECT 'Delivery', 'Доставка', 'Доставка', 6, NULL) AS kinds
  LEFT JOIN (SELECT value AS language FROM settings WHERE key = 'shop.language') AS shop ON 1 = 1;
