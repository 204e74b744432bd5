-- PostgreSQL mirror of migrations/sqlite/0023_shield_views.sql.
-- The retaliation shield, defined once, here. Every query that decides who may see a case or a
-- story, or whose key a case or story is sealed to, reads these two views instead of spelling the
-- rule out again.
--
-- `affiliated`: the account is connected to the facility — it declared the facility itself, or an
-- operator that runs it.
CREATE VIEW affiliated AS
SELECT af.account_id AS account_id, fa.id AS facility_id
FROM affiliations af
JOIN facilities fa
  ON af.facility_id = fa.id OR (af.operator IS NOT NULL AND af.operator = fa.operator);

-- `shielded`: the account may not see the case — the case names a facility the account is
-- affiliated with, or the account recused itself from it.
CREATE VIEW shielded AS
SELECT cf.submission_seq AS submission_seq, a.account_id AS account_id
FROM case_facilities cf
JOIN affiliated a ON a.facility_id = cf.facility_id
UNION ALL
SELECT rc.submission_seq, rc.account_id FROM recusals rc;
