-- PostgreSQL mirror of migrations/sqlite/0005_login_throttle.sql.
-- Sign-in throttling per account (not per IP: staff may share an office address).
-- After too many failures the account is locked for a while, never forever.
ALTER TABLE accounts ADD COLUMN failed_logins BIGINT NOT NULL DEFAULT 0;
-- Unix seconds until which sign-in is refused (0 = not locked).
ALTER TABLE accounts ADD COLUMN locked_until BIGINT NOT NULL DEFAULT 0;
