-- A child's return code, as the server knows it: the SHA-256 of the lookup token the child's
-- browser derived (Argon2id) from the pictures, and the child's own age recipient (from the same
-- derivation) that replies are sealed to. The server never sees the pictures or the identity.
CREATE TABLE return_codes (
    submission_seq INTEGER PRIMARY KEY REFERENCES submissions (seq) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    child_recipient TEXT NOT NULL
);

-- Messages on a case after it arrived: replies written and sealed in a reviewer's browser to the
-- child and to the case's recipients, and what the child added with their code (sealed in the
-- child's browser to the same people). Ciphertext only; deleting the case deletes them.
CREATE TABLE case_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    submission_seq INTEGER NOT NULL REFERENCES submissions (seq) ON DELETE CASCADE,
    from_child INTEGER NOT NULL CHECK (from_child IN (0, 1)),
    author INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    written_on TEXT NOT NULL,
    ciphertext BLOB NOT NULL
);

CREATE INDEX case_messages_by_case ON case_messages (submission_seq, id);

-- Codes whose case the child took back (its content is deleted for real): kept as the token's
-- hash only, so that a child coming back is told it was taken back, not "not found".
CREATE TABLE withdrawn_codes (
    token_hash TEXT PRIMARY KEY,
    withdrawn_on TEXT NOT NULL
);

-- Values an instance makes once. `return_code_salt` salts the derivation of return codes, so a
-- table of codes computed for one instance is useless for another.
CREATE TABLE instance_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

INSERT INTO instance_settings (name, value) VALUES ('return_code_salt', lower(hex(randomblob(16))));
