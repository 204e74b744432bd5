-- Stories a child tells, and the consent they lead (app::story). The story itself is ciphertext
-- sealed in the child's browser to the story editors (and the recovery key); the server knows
-- only the child's terms: which purposes they said yes to, how they want to be named, their age
-- if they said it. Days, not times.
CREATE TABLE stories (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    public_id TEXT NOT NULL UNIQUE,
    ciphertext BLOB NOT NULL,
    received_on TEXT NOT NULL,
    naming TEXT NOT NULL CHECK (naming IN ('none', 'made_up', 'first_name')),
    age INTEGER CHECK (age IS NULL OR age BETWEEN 6 AND 17),
    -- The child's return code, as for a message: SHA-256 of the lookup token, and their recipient.
    token_hash TEXT NOT NULL UNIQUE,
    child_recipient TEXT NOT NULL,
    -- The facility the child named, if any: editors affiliated with it never see the story,
    -- even when the affiliation is declared after it arrived (as for cases).
    facility_id INTEGER REFERENCES facilities (id)
);

CREATE TABLE story_recipients (
    story_seq INTEGER NOT NULL REFERENCES stories (seq) ON DELETE CASCADE,
    recipient TEXT NOT NULL,
    PRIMARY KEY (story_seq, recipient)
);

-- The consent as it stands now, per purpose (the consent log below is the record of how it came
-- to be). child_yes is 0 unless the child said yes; a yes holds from child_on until it expires.
CREATE TABLE story_consents (
    story_seq INTEGER NOT NULL REFERENCES stories (seq) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('learning', 'advocacy', 'public', 'media')),
    child_yes INTEGER NOT NULL DEFAULT 0 CHECK (child_yes IN (0, 1)),
    child_on TEXT NOT NULL,
    -- A guardian's or advocate's answer, where the admins' policy asks for one.
    co_yes INTEGER CHECK (co_yes IS NULL OR co_yes IN (0, 1)),
    PRIMARY KEY (story_seq, purpose)
);

-- Versions an editor prepared for a purpose, sealed to the child and the story's editors. The
-- child's approval pins approved_hash (app::story::VersionContent::hash).
CREATE TABLE story_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    public_id TEXT NOT NULL UNIQUE,
    story_seq INTEGER NOT NULL REFERENCES stories (seq) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('learning', 'advocacy', 'public', 'media')),
    lang TEXT NOT NULL,
    ciphertext BLOB NOT NULL,
    made_on TEXT NOT NULL,
    made_by INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    state TEXT NOT NULL DEFAULT 'awaiting' CHECK (state IN ('awaiting', 'approved', 'declined')),
    approved_hash TEXT
);

-- The public story page: only words the child approved for public education, word for word.
-- Removed at once when the consent is withdrawn or expires (the version row cascades here).
CREATE TABLE published_stories (
    version_id INTEGER PRIMARY KEY REFERENCES story_versions (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    byline TEXT NOT NULL,
    body TEXT NOT NULL,
    published_on TEXT NOT NULL
);

-- The consent record: append-only and hash-chained like the audit log (server::audit). Who
-- answered (child, guardian, advocate; system for an expiry), what, on which day, with which
-- consent text in which language, and the hash of the version approved.
CREATE TABLE consent_log (
    seq INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    actor TEXT NOT NULL,
    choice TEXT NOT NULL,
    -- story=…;purpose=…;text=…;lang=…;version=…;hash=…;recorded_by=…
    subject TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

CREATE TRIGGER consent_log_no_update BEFORE UPDATE ON consent_log
BEGIN
    SELECT RAISE(ABORT, 'the consent record is append-only');
END;

CREATE TRIGGER consent_log_no_delete BEFORE DELETE ON consent_log
BEGIN
    SELECT RAISE(ABORT, 'the consent record is append-only');
END;

-- The admins' policy: how long a yes holds, and when a guardian's or advocate's consent is also
-- needed (under an age; for some purposes).
CREATE TABLE story_policy (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    expiry_months INTEGER NOT NULL DEFAULT 12 CHECK (expiry_months BETWEEN 1 AND 60),
    co_consent_under INTEGER CHECK (co_consent_under IS NULL OR co_consent_under BETWEEN 7 AND 18),
    -- Comma-separated purposes, e.g. 'media'.
    co_consent_for TEXT NOT NULL DEFAULT ''
);

INSERT INTO story_policy (id) VALUES (1);
