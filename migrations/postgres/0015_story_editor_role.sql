-- PostgreSQL mirror of migrations/sqlite/0015_story_editor_role.sql.
-- A new role, story_editor. SQLite had to edit the table's stored definition in place to widen
-- its CHECK; PostgreSQL replaces the constraint (named in 0004). Every existing row satisfies the
-- wider constraint, so nothing else changes; if the constraint were missing under that name the
-- DROP fails, and with it the migration (never half-applied).
ALTER TABLE accounts DROP CONSTRAINT accounts_role_check;
ALTER TABLE accounts ADD CONSTRAINT accounts_role_check
    CHECK (role IN ('reviewer', 'safeguarding_lead', 'auditor', 'admin', 'story_editor'));
