-- PostgreSQL mirror of migrations/sqlite/0020_co_consent_recorder.sql.
-- Who recorded a guardian's or advocate's "yes": publishing needs a second person, so the editor
-- who records it may not be the one who publishes.
ALTER TABLE story_consents ADD COLUMN co_by BIGINT REFERENCES accounts (id);
