-- PostgreSQL mirror of migrations/sqlite/0018_offboarding.sql.
-- Offboarding: disabling (or enabling) an account moves its session generation on, so every
-- console session signed in before is refused at its next request (each request re-reads status,
-- role and generation). A table of its own, as in SQLite (where `accounts`, its definition edited
-- in place by 0015, could not safely take another ADD COLUMN in the same connection).
CREATE TABLE account_generations (
    account_id BIGINT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    generation BIGINT NOT NULL
);
