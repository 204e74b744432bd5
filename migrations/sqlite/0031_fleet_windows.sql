-- What each server of a fleet let in within the child site's flood window, reported every second
-- (PostgreSQL: http/child_floodgate.rs, jobs::fleet_window). On SQLite there is one server, whose
-- window is the site's: nothing writes here; kept so that both databases have the same tables.
CREATE TABLE fleet_windows (
    server TEXT PRIMARY KEY,
    sends INTEGER NOT NULL,
    urgent INTEGER NOT NULL,
    consultation_starts INTEGER NOT NULL,
    reported_at INTEGER NOT NULL
);
