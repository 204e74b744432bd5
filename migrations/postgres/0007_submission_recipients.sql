-- PostgreSQL mirror of migrations/sqlite/0007_submission_recipients.sql.
-- Which public recipients each submission was sealed to, recorded at arrival (the age header
-- does not name its recipients). The console's inbox lists a reviewer only the cases sealed to
-- their key. Deleting the submission deletes these rows.
CREATE TABLE submission_recipients (
    submission_seq BIGINT NOT NULL REFERENCES submissions (seq) ON DELETE CASCADE,
    recipient TEXT NOT NULL,
    PRIMARY KEY (submission_seq, recipient)
);

CREATE INDEX submission_recipients_by_recipient ON submission_recipients (recipient, submission_seq);
