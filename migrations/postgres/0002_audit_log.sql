-- PostgreSQL mirror of migrations/sqlite/0002_audit_log.sql.
-- The audit log: append-only and hash-chained. Each entry's hash commits to the previous entry's
-- hash and to its own fields, so editing, deleting or reordering any entry breaks verification
-- from that point on. Times are days; order is the sequence number.
CREATE TABLE audit_log (
    -- Always given by the writer (the next in the chain), so not an identity column.
    seq BIGINT PRIMARY KEY,
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

-- Append-only inside the database too. (Verification does not rely on these: someone with
-- enough rights can drop them, which is why every entry is chained.)
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- TRUNCATE skips row triggers in PostgreSQL (SQLite has no TRUNCATE: its DELETE without WHERE
-- still meets the trigger above), so it is refused as well.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
