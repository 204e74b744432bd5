-- Passkeys (WebAuthn) a console account registered as its second factor, beside its TOTP
-- authenticator. `passkey` is the credential as webauthn-rs serialises it: public key, counter,
-- flags; nothing secret. `credential_id` is unique across all accounts: one authenticator's
-- credential can never be claimed by a second account. `user_uuid` is the random user handle the
-- account's authenticators were given (the same for all of one account's passkeys), so that no
-- account number or handle is written into an authenticator.
CREATE TABLE passkeys (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    user_uuid TEXT NOT NULL,
    credential_id TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    passkey TEXT NOT NULL,
    created_on TEXT NOT NULL,
    last_used_on TEXT
);
CREATE INDEX passkeys_by_account ON passkeys (account_id);
