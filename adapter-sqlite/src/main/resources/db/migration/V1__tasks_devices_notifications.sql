-- Tasks, devices and the notification log. Times are epoch milliseconds (UTC).
-- AUTOINCREMENT keys: an id or seq is never handed out twice, also after deletes and pruning.

CREATE TABLE tasks (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE INDEX tasks_by_status ON tasks (status);

CREATE TABLE devices (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT    NOT NULL,
    online     INTEGER NOT NULL CHECK (online IN (0, 1)),
    updated_at INTEGER NOT NULL
);

CREATE TABLE notifications (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT    NOT NULL,
    message     TEXT    NOT NULL,
    url         TEXT,
    type        TEXT    NOT NULL,
    topic       TEXT    NOT NULL,
    event       TEXT    NOT NULL,
    occurred_at INTEGER NOT NULL,
    data        TEXT,
    to_client   TEXT,
    extra_count INTEGER NOT NULL DEFAULT 0
);

-- read(since, topics): the index is (topic, seq), as SQLite appends the rowid.
CREATE INDEX notifications_by_topic ON notifications (topic);

-- Pass-through fields of a notification, in the order the publisher gave them; value is raw JSON.
CREATE TABLE notification_extras (
    seq      INTEGER NOT NULL REFERENCES notifications (seq) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    value    TEXT    NOT NULL,
    PRIMARY KEY (seq, position)
) WITHOUT ROWID;
