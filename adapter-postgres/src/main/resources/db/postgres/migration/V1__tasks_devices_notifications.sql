-- Tasks, devices and the notification log, shared by every node.
-- Identity keys and the log head never hand out an id or a seq twice, also after deletes and pruning.

CREATE TABLE tasks (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text        NOT NULL,
    status     text        NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE INDEX tasks_by_status ON tasks (status, id);

CREATE TABLE devices (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text        NOT NULL,
    online     boolean     NOT NULL,
    updated_at timestamptz NOT NULL
);

-- The newest seq ever assigned: raised by each append, in the writer's transaction, under the writer
-- lock, so seqs become visible in order; pruning never lowers it.
CREATE TABLE log_head (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    newest   bigint  NOT NULL CHECK (newest >= 0)
);

INSERT INTO log_head (newest) VALUES (0);

-- JSON (data, and the values of pass-through fields) is kept as the exact text given: text, not jsonb,
-- which would rewrite numbers (1.5e300, 10.0) and key order.
CREATE TABLE notifications (
    seq         bigint      PRIMARY KEY,
    id          text        NOT NULL,
    message     text,
    url         text,
    type        text        NOT NULL,
    topic       text        NOT NULL,
    event       text        NOT NULL,
    occurred_at timestamptz NOT NULL,
    data        text,
    to_client   text,
    extra_count integer     NOT NULL DEFAULT 0
);

-- read(since, topics): each topic walks its seqs in order.
CREATE INDEX notifications_by_topic ON notifications (topic, seq);

-- Pass-through fields of a notification, in the order the publisher gave them; value is raw JSON text.
CREATE TABLE notification_extras (
    seq      bigint  NOT NULL REFERENCES notifications (seq) ON DELETE CASCADE,
    position integer NOT NULL,
    name     text    NOT NULL,
    value    text    NOT NULL,
    PRIMARY KEY (seq, position)
);
