-- Consultations: questions asked of children, and what came of them.

-- A new role, consultation_lead, widened in place exactly as 0015 did for story_editor.
PRAGMA writable_schema = ON;
UPDATE sqlite_master
SET sql = replace(sql, '''admin'', ''story_editor'')', '''admin'', ''story_editor'', ''consultation_lead'')')
WHERE type = 'table' AND name = 'accounts';
PRAGMA writable_schema = OFF;
CREATE TEMP TABLE consultation_lead_role_check (widened INTEGER NOT NULL CHECK (widened = 1));
INSERT INTO consultation_lead_role_check
SELECT instr(sql, '''consultation_lead''') > 0 FROM sqlite_master WHERE type = 'table' AND name = 'accounts';
DROP TABLE consultation_lead_role_check;

-- A facility's region: where a result coarsens to when one place has too few answers.
ALTER TABLE facilities ADD COLUMN region TEXT;

CREATE TABLE consultations (
    id INTEGER PRIMARY KEY,
    public_id TEXT NOT NULL UNIQUE,
    opens_on TEXT NOT NULL,
    closes_on TEXT NOT NULL CHECK (closes_on >= opens_on),
    -- k: the fewest answers a published number may stand for.
    min_group INTEGER NOT NULL DEFAULT 10 CHECK (min_group >= 5),
    -- Where a text is missing in an offered language, this language's is shown (NULL: none may be).
    fallback TEXT,
    created_on TEXT NOT NULL
);

-- The places it is offered at (none: everywhere).
CREATE TABLE consultation_places (
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    facility_id INTEGER NOT NULL REFERENCES facilities (id),
    PRIMARY KEY (consultation_id, facility_id)
) WITHOUT ROWID;

-- The languages it is offered in.
CREATE TABLE consultation_locales (
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    PRIMARY KEY (consultation_id, locale)
) WITHOUT ROWID;

CREATE TABLE consultation_questions (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    kind TEXT NOT NULL,
    icon TEXT NOT NULL,
    UNIQUE (consultation_id, position),
    UNIQUE (consultation_id, key)
);

CREATE TABLE consultation_options (
    question_id INTEGER NOT NULL REFERENCES consultation_questions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    icon TEXT NOT NULL,
    PRIMARY KEY (question_id, key)
) WITHOUT ROWID;

-- Every child-facing text, per language, by id (`title`, `purpose`, `audience`, `q-<key>`,
-- `q-<key>-<option>`, `action-<n>`, `action-<n>-why`): the consultation's own translations.
CREATE TABLE consultation_texts (
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    text_id TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (consultation_id, locale, text_id)
) WITHOUT ROWID;

-- The answers, as counts only: per question, per dimension alone (place, language, age band —
-- never joined), per group, per option (`*`: how many answered). No session, kiosk, time or
-- order: WITHOUT ROWID keeps rows in key order, so not even the order a group first appeared in
-- survives. One child's answers cannot be told from another's.
CREATE TABLE consultation_counts (
    question_id INTEGER NOT NULL REFERENCES consultation_questions (id) ON DELETE CASCADE,
    dimension TEXT NOT NULL,
    grp TEXT NOT NULL,
    option TEXT NOT NULL,
    count INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (question_id, dimension, grp, option)
) WITHOUT ROWID;

-- "You said, we did": what was decided, and what became of it.
CREATE TABLE consultation_actions (
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    status TEXT NOT NULL,
    -- The question it answers (by key), if one.
    question_key TEXT,
    changed_on TEXT NOT NULL,
    PRIMARY KEY (consultation_id, position)
) WITHOUT ROWID;
