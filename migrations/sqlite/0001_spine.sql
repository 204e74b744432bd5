-- Heard's first schema. Portable SQL where it can be: the PostgreSQL migrations mirror it.
-- Nothing here may identify a child: no IP address, no user agent, no time finer than the day.

-- One row per submission: the age ciphertext and nothing a child could be recognised by.
CREATE TABLE submissions (
    -- Orders submissions; times are kept as days only, so order comes from here.
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    -- Client-generated (32 hex digits): a retried send carries the same id, so no duplicate.
    public_id TEXT NOT NULL UNIQUE,
    -- The age file, exactly as sealed (binary, not armored).
    ciphertext BLOB NOT NULL,
    -- 'browser' (sealed in the child's browser) or 'server' (no-JavaScript form, sealed in memory on arrival).
    sealed_in TEXT NOT NULL CHECK (sealed_in IN ('browser', 'server')),
    -- The UTC day it arrived, as YYYY-MM-DD. Never a finer time.
    received_on TEXT NOT NULL
);

-- Public age recipients that new submissions are sealed to. Reviewer keys will join this list.
CREATE TABLE recipients (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    -- An age X25519 recipient (age1…): public, safe to store.
    recipient TEXT NOT NULL UNIQUE,
    -- 'recovery' (the instance's recovery key) or 'extra' (added with the CLI); checked in code so
    -- later kinds (reviewers) need no table rebuild.
    kind TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    added_on TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
);

-- At most one active recovery recipient.
CREATE UNIQUE INDEX recipients_one_active_recovery ON recipients (kind) WHERE kind = 'recovery' AND active = 1;

-- Reviewer console sessions (tower-sessions-sqlx-store's schema). The child site keeps its
-- sessions in memory only, so no trace of a child's visit is written to disk.
CREATE TABLE console_sessions (
    id TEXT PRIMARY KEY NOT NULL,
    data BLOB NOT NULL,
    expiry_date INTEGER NOT NULL
);
