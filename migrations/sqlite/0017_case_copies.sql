-- What a child sent is immutable. The sealed original in `submissions` may only be deleted
-- (retention, the child's own withdrawal, an audited admin deletion), never rewritten: a reader
-- who shares a case stores a copy beside it, re-sealed in their browser for the new reader.
CREATE TRIGGER submissions_original_is_immutable
BEFORE UPDATE OF public_id, ciphertext, sealed_in ON submissions
BEGIN
    SELECT RAISE(ABORT, 'a child''s sealed original cannot be changed');
END;

-- A copy of a case re-sealed by one reader (`made_by`) for one new reader (`recipient`). The
-- console shows the new reader who made it, so a copy is never mistaken for the child's own
-- file; the child's original stays as it arrived, and the recovery key still opens it.
CREATE TABLE case_copies (
    submission_seq INTEGER NOT NULL REFERENCES submissions (seq) ON DELETE CASCADE,
    recipient TEXT NOT NULL,
    made_by INTEGER NOT NULL REFERENCES accounts (id),
    made_on TEXT NOT NULL,
    ciphertext BLOB NOT NULL,
    PRIMARY KEY (submission_seq, recipient)
);
