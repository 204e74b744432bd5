-- Offboarding: disabling (or enabling) an account moves its session generation on, so every
-- console session signed in before is refused at its next request (each request re-reads status,
-- role and generation). A table of its own: `accounts` had its definition edited in place by
-- 0015, after which ALTER TABLE … ADD COLUMN on it misplaces the new column in the same
-- connection (a fresh database applies every migration in one).
CREATE TABLE account_generations (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    generation INTEGER NOT NULL
);
