-- The audit log: append-only and hash-chained. Each entry's hash commits to the previous entry's
-- hash and to its own fields, so editing, deleting or reordering any entry breaks verification
-- from that point on. Times are days; order is the sequence number.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    -- Who acted: 'cli', 'system', later 'account:<id>'. Never a child.
    actor TEXT NOT NULL,
    -- What happened, e.g. 'submissions.export', 'recipient.add'.
    action TEXT NOT NULL,
    -- What it was done to (a submission id, a recipient), or ''.
    subject TEXT NOT NULL DEFAULT '',
    -- Hex SHA-256 of the previous entry (64 zeros for the first).
    prev_hash TEXT NOT NULL,
    -- Hex SHA-256 over prev_hash and this entry's fields.
    hash TEXT NOT NULL
);

-- Append-only inside the database too. (Verification does not rely on these: someone with the
-- file can drop them, which is why every entry is chained.)
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
