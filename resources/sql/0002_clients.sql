-- Schema 2: the client base: staff, admin-editable lists, clients with their
-- phones, e-mails, links and tags, the interaction timeline, and search.

-- Staff. Until logins arrive each PC picks its user and every change records it.
CREATE TABLE users (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    role    TEXT NOT NULL DEFAULT 'staff' CHECK (role IN ('staff', 'manager', 'admin')),
    active  INTEGER NOT NULL DEFAULT 1,
    version INTEGER NOT NULL DEFAULT 1
);

-- The admin-editable lists: contact types, statuses, sources (later: loss
-- reasons, delivery types), one table with the list's name in `list`.
CREATE TABLE list_items (
    id       INTEGER PRIMARY KEY,
    list     TEXT NOT NULL,
    name     TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    active   INTEGER NOT NULL DEFAULT 1,
    version  INTEGER NOT NULL DEFAULT 1,
    UNIQUE (list, name)
);

INSERT INTO list_items (list, name, position) VALUES
    ('contact_type', 'Private person', 1), ('contact_type', 'Designer', 2),
    ('contact_type', 'Wholesaler', 3), ('contact_type', 'Builder', 4),
    ('contact_type', 'Shop', 5),
    ('status', 'Lead', 1), ('status', 'Active', 2), ('status', 'Regular', 3),
    ('status', 'Lost', 4),
    ('source', 'Website', 1), ('source', 'Ads', 2), ('source', 'Cold call', 3),
    ('source', 'Referral', 4), ('source', 'Walk-in', 5);

CREATE TABLE clients (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL CHECK (kind IN ('person', 'company')),
    last_name         TEXT NOT NULL DEFAULT '',
    first_name        TEXT NOT NULL DEFAULT '',
    middle_name       TEXT NOT NULL DEFAULT '',
    company_name      TEXT NOT NULL DEFAULT '',
    company_id        INTEGER REFERENCES clients (id),
    -- What the list shows and sorts by; sort_key is its folded form.
    display_name      TEXT NOT NULL,
    sort_key          TEXT NOT NULL,
    birthday          TEXT,             -- YYYY-MM-DD
    gender            TEXT CHECK (gender IN ('female', 'male')),
    occupation        TEXT NOT NULL DEFAULT '',
    job_title         TEXT NOT NULL DEFAULT '',
    tax_id            TEXT NOT NULL DEFAULT '',
    bank_name         TEXT NOT NULL DEFAULT '',
    bank_account      TEXT NOT NULL DEFAULT '',
    bank_code         TEXT NOT NULL DEFAULT '',
    contact_type_id   INTEGER REFERENCES list_items (id),
    status_id         INTEGER REFERENCES list_items (id),
    source_id         INTEGER REFERENCES list_items (id),
    preferred_channel TEXT NOT NULL DEFAULT '',
    manager_id        INTEGER REFERENCES users (id),
    delivery_address  TEXT NOT NULL DEFAULT '',
    actual_address    TEXT NOT NULL DEFAULT '',
    address_key       TEXT NOT NULL DEFAULT '', -- folded actual address: a household or an office
    comment           TEXT NOT NULL DEFAULT '',
    archived          INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX clients_list ON clients (archived, sort_key, id);
CREATE INDEX clients_company ON clients (company_id) WHERE company_id IS NOT NULL;
CREATE INDEX clients_address ON clients (address_key) WHERE address_key <> '';
CREATE INDEX clients_tax_id ON clients (tax_id) WHERE tax_id <> '';

CREATE TABLE client_phones (
    id        INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL DEFAULT 0,
    label     TEXT NOT NULL DEFAULT '',
    raw       TEXT NOT NULL,
    e164      TEXT NOT NULL DEFAULT '' -- empty when the number could not be parsed
);
CREATE INDEX client_phones_client ON client_phones (client_id, position);
CREATE INDEX client_phones_e164 ON client_phones (e164) WHERE e164 <> '';

CREATE TABLE client_emails (
    id        INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL DEFAULT 0,
    label     TEXT NOT NULL DEFAULT '',
    email     TEXT NOT NULL,
    email_key TEXT NOT NULL -- lower case, for duplicates
);
CREATE INDEX client_emails_client ON client_emails (client_id, position);
CREATE INDEX client_emails_key ON client_emails (email_key);

-- Messengers, website and social links.
CREATE TABLE client_links (
    id        INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL DEFAULT 0,
    kind      TEXT NOT NULL, -- website, telegram, viber, whatsapp, instagram, facebook, other
    value     TEXT NOT NULL
);
CREATE INDEX client_links_client ON client_links (client_id, position);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE client_tags (
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    tag_id    INTEGER NOT NULL REFERENCES tags (id),
    PRIMARY KEY (client_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX client_tags_tag ON client_tags (tag_id, client_id);

-- The timeline: notes, calls, e-mails, meetings, messages, purchases.
CREATE TABLE interactions (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('note', 'call', 'email', 'meeting', 'message', 'purchase')),
    occurred_at  TEXT NOT NULL,            -- UTC
    direction    TEXT CHECK (direction IN ('in', 'out')),
    duration_s   INTEGER,
    result       TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL DEFAULT '',
    amount_minor INTEGER,                  -- purchases: money in minor units
    currency     TEXT,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX interactions_client ON interactions (client_id, occurred_at DESC, id DESC);
CREATE INDEX interactions_purchases ON interactions (client_id, occurred_at) WHERE kind = 'purchase';

-- Search: words (names, company, e-mail, tax ID), folded (lower case, ё as е),
-- matched by prefix; and a trigram index over phone digits, e-mails and tax
-- IDs for "any 3+ characters anywhere" (050 12 finds +380 50 123 45 67).
-- The row id is the client id; the repository keeps both in step.
CREATE VIRTUAL TABLE client_words USING fts5 (words, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3');
CREATE VIRTUAL TABLE client_grams USING fts5 (grams, tokenize = 'trigram');
