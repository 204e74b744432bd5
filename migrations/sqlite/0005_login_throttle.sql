-- Sign-in throttling per account (not per IP: staff may share an office address).
-- After too many failures the account is locked for a while, never forever.
ALTER TABLE accounts ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
-- Unix seconds until which sign-in is refused (0 = not locked).
ALTER TABLE accounts ADD COLUMN locked_until INTEGER NOT NULL DEFAULT 0;
