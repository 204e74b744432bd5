-- PostgreSQL mirror of migrations/sqlite/0003_cases.sql.
-- The workflow state of a submission ("case"). A submission without a row here is 'new'.
-- Closing a case records the day; the retention job deletes closed cases (content included)
-- once the retention period has passed. Deleting the submission deletes this row.
CREATE TABLE case_status (
    submission_seq BIGINT PRIMARY KEY REFERENCES submissions (seq) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('new', 'acknowledged', 'in_progress', 'waiting_for_child', 'referred', 'closed')),
    -- The day the status last changed (YYYY-MM-DD).
    changed_on TEXT NOT NULL
);

CREATE INDEX case_status_closed ON case_status (status, changed_on);
