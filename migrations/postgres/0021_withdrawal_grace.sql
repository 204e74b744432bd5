-- PostgreSQL mirror of migrations/sqlite/0021_withdrawal_grace.sql.
-- A child who said "I am not safe" and then takes the message back (perhaps because someone made
-- them) does not make it vanish at once: a safeguarding lead can still read it until this day,
-- then the retention job deletes it for real. The child is told so before and after.
ALTER TABLE case_status ADD COLUMN withdrawal_due_on TEXT;
