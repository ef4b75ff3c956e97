-- Schema 3: fields the shop defines for itself, shown on every client card,
-- searchable (text and choice values) and filterable.
CREATE TABLE custom_fields (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    type     TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'yesno', 'choice')),
    choices  TEXT NOT NULL DEFAULT '', -- choice lists: one choice per line
    position INTEGER NOT NULL DEFAULT 0,
    active   INTEGER NOT NULL DEFAULT 1,
    version  INTEGER NOT NULL DEFAULT 1
);

-- One value per client and field, as text: numbers as "1234.5", dates as
-- YYYY-MM-DD, yes/no as "1"/"0", choices as the chosen text.
CREATE TABLE client_field_values (
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    field_id  INTEGER NOT NULL REFERENCES custom_fields (id),
    value     TEXT NOT NULL,
    PRIMARY KEY (client_id, field_id)
) WITHOUT ROWID;
CREATE INDEX client_field_values_field ON client_field_values (field_id, value);
