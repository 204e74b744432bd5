-- Staff accounts of the console. No default accounts: every account starts as an invitation.
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    -- Login name: lowercase letters, digits, '.', '_' or '-', 3 to 40 characters.
    handle TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('reviewer', 'safeguarding_lead', 'auditor', 'admin')),
    -- 'invited' until enrolment completes; 'active'; 'disabled'.
    status TEXT NOT NULL CHECK (status IN ('invited', 'active', 'disabled')),
    -- Argon2id PHC string, set at enrolment.
    password_hash TEXT,
    -- Base32 TOTP secret, set at enrolment; the server needs it to check codes.
    totp_secret TEXT,
    -- The last TOTP time step accepted: a code is never accepted twice.
    totp_last_step INTEGER NOT NULL DEFAULT 0,
    created_on TEXT NOT NULL
);

-- One-time enrolment links. Only a hash of the token is stored; the token is in the link alone.
CREATE TABLE invitations (
    token_hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    -- Unix seconds. Staff data, not a child's: the exact expiry is what makes the link expire.
    expires_at INTEGER NOT NULL,
    -- The day it was used; a used link never works again.
    used_on TEXT
);
