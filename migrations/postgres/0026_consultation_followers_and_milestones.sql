-- PostgreSQL mirror of migrations/sqlite/0026_consultation_followers_and_milestones.sql.
-- The consultations a child's return code follows, at the child's request, to see later what
-- came of them. `follower` is a hash of the code's lookup token under its own label
-- (`return_code::follow_hash`), never the case's lookup hash, so this table cannot be joined to
-- the case the same code opens. Nothing of the child's answers is here.
CREATE TABLE consultation_followers (
    follower TEXT NOT NULL,
    consultation_id BIGINT NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    PRIMARY KEY (follower, consultation_id)
);

-- Whether a consultation's opening (its first child) and its publishing (its results first
-- read) have been audited: each is audited once, when it first happens.
ALTER TABLE consultations ADD COLUMN opened_audited BIGINT NOT NULL DEFAULT 0;
ALTER TABLE consultations ADD COLUMN published_audited BIGINT NOT NULL DEFAULT 0;
