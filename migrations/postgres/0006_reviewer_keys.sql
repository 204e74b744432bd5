-- PostgreSQL mirror of migrations/sqlite/0006_reviewer_keys.sql.
-- Reviewers' age keys. The identity is generated and passphrase-encrypted (age scrypt) in the
-- reviewer's browser; the server stores only that encrypted file and the public recipient.
CREATE TABLE reviewer_keys (
    account_id BIGINT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    recipient TEXT NOT NULL UNIQUE,
    -- An armored age file with a single scrypt stanza: the identity, encrypted to a passphrase.
    encrypted_identity TEXT NOT NULL,
    created_on TEXT NOT NULL
);

-- Which account a recipient belongs to (NULL for the recovery key and CLI-added keys).
ALTER TABLE recipients ADD COLUMN account_id BIGINT REFERENCES accounts (id);
