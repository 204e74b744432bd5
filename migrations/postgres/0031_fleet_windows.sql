-- What each server of a fleet let in within the child site's flood window (a count per limit),
-- reported every second, so that the site-wide limits hold for the whole site and not for each
-- server (http/child_floodgate.rs, jobs::fleet_window). Counts only: nothing a child wrote, no
-- session, no time of a send. UNLOGGED: never in the WAL, emptied by a crash, as the servers'
-- own in-memory windows are.
CREATE UNLOGGED TABLE fleet_windows (
    -- A random name a server draws when it starts.
    server TEXT PRIMARY KEY,
    sends BIGINT NOT NULL,
    urgent BIGINT NOT NULL,
    consultation_starts BIGINT NOT NULL,
    -- Seconds since 1970 by the database's clock: a server that stopped reporting is no longer
    -- counted.
    reported_at BIGINT NOT NULL
);
