-- A new role, story_editor. SQLite cannot ALTER a CHECK constraint, and rebuilding the table
-- would cascade into invitations, keys and affiliations (foreign keys cannot be switched off
-- inside a migration's transaction). So the constraint is widened in place, the procedure SQLite
-- documents for a CHECK that every existing row already satisfies: rows and pages are untouched.
PRAGMA writable_schema = ON;
UPDATE sqlite_master
SET sql = replace(sql, '''auditor'', ''admin'')', '''auditor'', ''admin'', ''story_editor'')')
WHERE type = 'table' AND name = 'accounts';
PRAGMA writable_schema = OFF;
-- Fails the migration (and so start-up) if the definition did not match: never half-applied.
CREATE TEMP TABLE story_editor_role_check (widened INTEGER NOT NULL CHECK (widened = 1));
INSERT INTO story_editor_role_check
SELECT instr(sql, '''story_editor''') > 0 FROM sqlite_master WHERE type = 'table' AND name = 'accounts';
DROP TABLE story_editor_role_check;
-- Any schema change bumps the schema cookie, so every connection re-reads the definitions.
CREATE TABLE schema_cookie_bump (x INTEGER);
DROP TABLE schema_cookie_bump;
