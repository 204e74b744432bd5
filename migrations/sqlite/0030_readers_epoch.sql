-- The readers' epoch: a counter every change to who may read a new case moves (a recipient or
-- key added or retired, an account's role or status, an affiliation, a facility). PostgreSQL's
-- servers keep the readers they read while it stays the same (store/readers_cache.rs); on SQLite
-- the readers are read afresh for every case, so nothing reads it yet: it is kept here too so
-- that both databases have the same tables and a cache could rely on it.
CREATE TABLE readers_epoch (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n INTEGER NOT NULL
);
INSERT INTO readers_epoch (id, n) VALUES (1, 0);

CREATE TRIGGER recipients_insert_moves_readers_epoch AFTER INSERT ON recipients
BEGIN UPDATE readers_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER recipients_update_moves_readers_epoch AFTER UPDATE ON recipients
BEGIN UPDATE readers_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER recipients_delete_moves_readers_epoch AFTER DELETE ON recipients
BEGIN UPDATE readers_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER affiliations_insert_moves_readers_epoch AFTER INSERT ON affiliations
BEGIN UPDATE readers_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER affiliations_update_moves_readers_epoch AFTER UPDATE ON affiliations
BEGIN UPDATE readers_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER affiliations_delete_moves_readers_epoch AFTER DELETE ON affiliations
BEGIN UPDATE readers_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER facilities_insert_moves_readers_epoch AFTER INSERT ON facilities
BEGIN UPDATE readers_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER facilities_update_moves_readers_epoch AFTER UPDATE ON facilities
BEGIN UPDATE readers_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER facilities_delete_moves_readers_epoch AFTER DELETE ON facilities
BEGIN UPDATE readers_epoch SET n = n + 1 WHERE id = 1; END;
-- Not on every update of an account: a sign-in writes one (its TOTP step).
CREATE TRIGGER accounts_insert_moves_readers_epoch AFTER INSERT ON accounts
BEGIN UPDATE readers_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER accounts_update_moves_readers_epoch AFTER UPDATE OF role, status ON accounts
BEGIN UPDATE readers_epoch SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER accounts_delete_moves_readers_epoch AFTER DELETE ON accounts
BEGIN UPDATE readers_epoch SET n = n + 1 WHERE id = 1; END;
