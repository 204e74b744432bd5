-- Triage a reviewer records on a case, next to its status. A case without a row here is 'new',
-- uncategorised, of normal urgency, unassigned and not escalated.
ALTER TABLE case_status ADD COLUMN category TEXT
    CHECK (category IN ('idea', 'worry', 'complaint', 'safety', 'health', 'legal', 'other'));
ALTER TABLE case_status ADD COLUMN urgency TEXT NOT NULL DEFAULT 'normal'
    CHECK (urgency IN ('normal', 'high', 'urgent'));
-- The reviewer or safeguarding lead working on it (who must be one of its recipients).
ALTER TABLE case_status ADD COLUMN assigned_to INTEGER REFERENCES accounts (id) ON DELETE SET NULL;
-- The day a reviewer escalated it to the safeguarding leads' urgent queue.
ALTER TABLE case_status ADD COLUMN escalated_on TEXT;

-- The escalated and "assigned to me" queues are read from these (newest first), so they stay fast
-- however few cases are in them.
CREATE INDEX case_status_escalated ON case_status (submission_seq) WHERE escalated_on IS NOT NULL;
CREATE INDEX case_status_assigned ON case_status (assigned_to, submission_seq) WHERE assigned_to IS NOT NULL;

-- Internal notes on a case: written and encrypted in a reviewer's browser to the case's
-- recipients; the server stores the age ciphertext only. Deleting the case deletes its notes.
CREATE TABLE case_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    submission_seq INTEGER NOT NULL REFERENCES submissions (seq) ON DELETE CASCADE,
    author INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    written_on TEXT NOT NULL,
    ciphertext BLOB NOT NULL
);

CREATE INDEX case_notes_by_case ON case_notes (submission_seq, id);
