-- PostgreSQL mirror of migrations/sqlite/0019_possible_flood.sql.
-- "I am not safe" sends beyond the site's urgent rate (`http::child_floodgate`) are stored, but
-- grouped as a possible flood for a safeguarding lead instead of entering the urgent queue, so
-- that a burst from a script cannot bury the real ones there. A lead escalates the real ones.
ALTER TABLE case_status ADD COLUMN possible_flood BIGINT NOT NULL DEFAULT 0;

CREATE INDEX case_status_possible_flood ON case_status (submission_seq) WHERE possible_flood = 1;
