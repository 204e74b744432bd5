-- PostgreSQL mirror of migrations/sqlite/0028_child_sessions.sql.
-- The child site's sessions when several servers share this database (tower-sessions-sqlx-store's
-- schema): a child whose next request reaches another server keeps its language, its proof
-- challenges and its counters. They hold no words a child wrote. UNLOGGED: never written to the
-- WAL (so never in a replica or a point-in-time archive) and emptied if PostgreSQL crashes; rows
-- expire after 30 minutes without a request, and the table is kept to a fixed number of rows
-- (`http::session_stores`), oldest first, whatever a flood of cookieless requests does.
CREATE UNLOGGED TABLE child_sessions (
    id TEXT PRIMARY KEY NOT NULL,
    data BYTEA NOT NULL,
    expiry_date TIMESTAMPTZ NOT NULL
);

CREATE INDEX child_sessions_expiry ON child_sessions (expiry_date);
