-- PostgreSQL mirror of migrations/sqlite/0017_case_copies.sql.
-- What a child sent is immutable. The sealed original in `submissions` may only be deleted
-- (retention, the child's own withdrawal, an audited admin deletion), never rewritten: a reader
-- who shares a case stores a copy beside it, re-sealed in their browser for the new reader.
-- As in SQLite, the trigger fires whenever an UPDATE names one of these columns in its SET list,
-- whether or not the value changes.
CREATE FUNCTION submissions_original_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a child''s sealed original cannot be changed';
END;
$$;

CREATE TRIGGER submissions_original_is_immutable
BEFORE UPDATE OF public_id, ciphertext, sealed_in ON submissions
    FOR EACH ROW EXECUTE FUNCTION submissions_original_is_immutable();

-- A copy of a case re-sealed by one reader (`made_by`) for one new reader (`recipient`). The
-- console shows the new reader who made it, so a copy is never mistaken for the child's own
-- file; the child's original stays as it arrived, and the recovery key still opens it.
CREATE TABLE case_copies (
    submission_seq BIGINT NOT NULL REFERENCES submissions (seq) ON DELETE CASCADE,
    recipient TEXT NOT NULL,
    made_by BIGINT NOT NULL REFERENCES accounts (id),
    made_on TEXT NOT NULL,
    ciphertext BYTEA NOT NULL,
    PRIMARY KEY (submission_seq, recipient)
);
