-- Places a child may name (shelters, foster agencies, schools, border stations …). `code` is the
-- stable name used in URLs and the CLI; `operator` groups the places one organisation runs, so
-- that an affiliation with the organisation covers them all.
CREATE TABLE facilities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    operator TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    created_on TEXT NOT NULL
);

-- A facility's name in each enabled language.
CREATE TABLE facility_names (
    facility_id INTEGER NOT NULL REFERENCES facilities (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (facility_id, lang)
);

-- A reviewer's affiliation with one facility or with an operator (all its facilities). Declared
-- by the reviewer or recorded by an admin, then confirmed by an admin; a declared affiliation
-- already excludes the reviewer (the safe side).
CREATE TABLE affiliations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    facility_id INTEGER REFERENCES facilities (id) ON DELETE CASCADE,
    operator TEXT,
    declared_on TEXT NOT NULL,
    confirmed_on TEXT,
    CHECK ((facility_id IS NULL) <> (operator IS NULL)),
    UNIQUE (account_id, facility_id, operator)
);

CREATE INDEX affiliations_by_account ON affiliations (account_id);

-- The facility a case names, as the child's browser declared it when choosing the recipients
-- (the choice itself is sealed inside the envelope too). Needed to refuse the case to anyone
-- affiliated with the facility, even if the affiliation is declared after the case arrived, and
-- for the auditors' per-facility proof. No row: the child named no facility.
CREATE TABLE case_facilities (
    submission_seq INTEGER PRIMARY KEY REFERENCES submissions (seq) ON DELETE CASCADE,
    facility_id INTEGER NOT NULL REFERENCES facilities (id)
);

CREATE INDEX case_facilities_by_facility ON case_facilities (facility_id, submission_seq);

-- A reviewer who declared a conflict on a case: from then on the case is not theirs to see.
CREATE TABLE recusals (
    submission_seq INTEGER NOT NULL REFERENCES submissions (seq) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    recused_on TEXT NOT NULL,
    PRIMARY KEY (submission_seq, account_id)
);
