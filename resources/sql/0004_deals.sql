-- Schema 4: the deal funnel (pipelines, stages, deals with line items and
-- their stage history) and the product catalog.

CREATE TABLE pipelines (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL DEFAULT 0,
    version  INTEGER NOT NULL DEFAULT 1
);

-- Open stages in `position` order; won and lost are the final stages.
CREATE TABLE stages (
    id           INTEGER PRIMARY KEY,
    pipeline_id  INTEGER NOT NULL REFERENCES pipelines (id),
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('open', 'won', 'lost')),
    position     INTEGER NOT NULL,
    probability  INTEGER NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),
    rotting_days INTEGER NOT NULL DEFAULT 0, -- 0: never rots
    version      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (pipeline_id, name)
);
CREATE INDEX stages_pipeline ON stages (pipeline_id, position);

CREATE TABLE products (
    id          INTEGER PRIMARY KEY,
    sku         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    unit        TEXT NOT NULL DEFAULT '',
    price_minor INTEGER NOT NULL DEFAULT 0,
    currency    TEXT NOT NULL DEFAULT 'UAH',
    category    TEXT NOT NULL DEFAULT '',
    vat_percent REAL NOT NULL DEFAULT 0,
    stock       REAL,                     -- read-only information from accounting
    active      INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX products_name ON products (active, name);

CREATE TABLE deals (
    id                INTEGER PRIMARY KEY,
    pipeline_id       INTEGER NOT NULL REFERENCES pipelines (id),
    stage_id          INTEGER NOT NULL REFERENCES stages (id),
    client_id         INTEGER NOT NULL REFERENCES clients (id),
    title             TEXT NOT NULL,
    manager_id        INTEGER REFERENCES users (id),
    source_id         INTEGER REFERENCES list_items (id),
    amount_minor      INTEGER NOT NULL DEFAULT 0, -- from the line items when it has any
    currency          TEXT NOT NULL DEFAULT 'UAH',
    expected_close    TEXT,                       -- YYYY-MM-DD
    notes             TEXT NOT NULL DEFAULT '',
    loss_reason_id    INTEGER REFERENCES list_items (id),
    board_position    REAL NOT NULL DEFAULT 0,    -- order within its column
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    stage_entered_at  TEXT NOT NULL,
    closed_at         TEXT,
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX deals_board ON deals (pipeline_id, stage_id, board_position);
-- The board reads only open deals: a few thousand among hundreds of thousands.
CREATE INDEX deals_open ON deals (pipeline_id, stage_id, board_position) WHERE closed_at IS NULL;
CREATE INDEX deals_closed ON deals (pipeline_id, closed_at) WHERE closed_at IS NOT NULL;
CREATE INDEX deals_client ON deals (client_id);
CREATE INDEX deals_created ON deals (created_at);

CREATE TABLE deal_items (
    id               INTEGER PRIMARY KEY,
    deal_id          INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL DEFAULT 0,
    product_id       INTEGER REFERENCES products (id),
    name             TEXT NOT NULL,
    quantity         REAL NOT NULL DEFAULT 1,
    price_minor      INTEGER NOT NULL DEFAULT 0,
    discount_percent REAL NOT NULL DEFAULT 0
);
CREATE INDEX deal_items_deal ON deal_items (deal_id, position);

-- Every move: the base of conversion and time-in-stage reports. The stage
-- ids are not foreign keys: history outlives a stage the admin removes.
CREATE TABLE deal_stage_history (
    id            INTEGER PRIMARY KEY,
    deal_id       INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    from_stage_id INTEGER, -- NULL: the deal was created there
    to_stage_id   INTEGER NOT NULL,
    at            TEXT NOT NULL,
    by_user       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX deal_stage_history_deal ON deal_stage_history (deal_id, at);
CREATE INDEX deal_stage_history_at ON deal_stage_history (at);

INSERT INTO pipelines (name, position) VALUES ('Sales', 1);
INSERT INTO stages (pipeline_id, name, kind, position, probability, rotting_days) VALUES
    (1, 'Request received', 'open', 1, 10, 3),
    (1, 'Negotiations held', 'open', 2, 30, 7),
    (1, 'Invoice issued', 'open', 3, 60, 5),
    (1, 'Invoice paid', 'open', 4, 90, 3),
    (1, 'Goods shipped', 'open', 5, 95, 5),
    (1, 'Won', 'won', 100, 100, 0),
    (1, 'Lost', 'lost', 101, 0, 0);

INSERT INTO list_items (list, name, position) VALUES
    ('loss_reason', 'Too expensive', 1), ('loss_reason', 'Chose a competitor', 2),
    ('loss_reason', 'Client unreachable', 3), ('loss_reason', 'No longer needed', 4),
    ('delivery_type', 'Pickup', 1), ('delivery_type', 'Courier', 2),
    ('delivery_type', 'Carrier to a branch', 3);
