-- Schema 30: letters (mail/). Every letter — an e-mail or an SMS — sent to a client from the card,
-- a document, a mailing or an automation rule is kept: what went, to whom,
-- and how it ended. Its state is written before the server is asked and
-- again after it answered, so that a crash in between leaves 'sending' — "may
-- have gone" — and nothing is sent twice by itself.
CREATE TABLE mailings (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    channel       TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'sms')),
    template_name TEXT NOT NULL,
    subject       TEXT NOT NULL,
    segment       TEXT NOT NULL,          -- the client list's search and filters (JSON), for people
    per_minute    INTEGER NOT NULL DEFAULT 0,  -- 0: as fast as the server takes them
    state         TEXT NOT NULL CHECK (state IN ('sending', 'paused', 'cancelled', 'done')),
    created_at    TEXT NOT NULL,
    created_by    INTEGER,
    problem       TEXT NOT NULL DEFAULT '',   -- why it paused by itself (the account failed)
    finished_at   TEXT,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE letters (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id    INTEGER NOT NULL REFERENCES clients (id),
    deal_id      INTEGER REFERENCES deals (id),
    document_id  INTEGER REFERENCES documents (id),   -- attached as its PDF
    mailing_id   INTEGER REFERENCES mailings (id),
    channel      TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'sms')),
    to_name      TEXT NOT NULL DEFAULT '',
    to_address   TEXT NOT NULL,           -- an e-mail address, or a phone (+380...) for an SMS
    subject      TEXT NOT NULL,
    text         TEXT NOT NULL,
    html         TEXT NOT NULL DEFAULT '',
    state        TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'skipped')),
    problem      TEXT,                    -- why not: unreachable, tls, sign-in, address, refused, failed, no-address, no-mailings, cancelled
    problem_text TEXT NOT NULL DEFAULT '',
    message_id   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   INTEGER,
    claimed_at   TEXT,                    -- when it was last handed to the server
    sent_at      TEXT,
    origin       TEXT,                    -- 'rule:RULE:EVENT': queued by an automation rule
    template_name   TEXT NOT NULL DEFAULT '',  -- a rule's letter: filled in when it goes
    attach_template TEXT NOT NULL DEFAULT '',  -- ...with this document issued from the deal
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX letters_client ON letters (client_id, created_at);
CREATE INDEX letters_mailing ON letters (mailing_id, state) WHERE mailing_id IS NOT NULL;
CREATE INDEX letters_from_rules ON letters (state, id) WHERE origin IS NOT NULL;

-- Clients who asked not to be sent mailings (the card's "No mailings"):
-- mailings skip them; a letter written to them by hand still goes.
CREATE TABLE mailing_refusals (
    client_id  INTEGER PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
    set_at     TEXT NOT NULL,
    set_by     INTEGER
);

-- Sending mailings is a capability (Administration > Roles); a manager
-- with it mails only the clients they see.
INSERT INTO role_capabilities (role, capability) VALUES
    ('admin', 'mailings'), ('senior', 'mailings'), ('manager', 'mailings');
