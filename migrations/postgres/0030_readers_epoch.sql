-- The readers' epoch: a counter every change to who may read a new case moves (a recipient or
-- key added or retired, an account's role or status, an affiliation, a facility). A server may
-- keep the readers it read between sends while the counter stays the same; each new case is
-- inserted only if the counter is still the one those readers were read at
-- (store/readers_cache.rs), so a change made on any server reaches every server's next case.
CREATE TABLE readers_epoch (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n BIGINT NOT NULL
);
INSERT INTO readers_epoch (id, n) VALUES (1, 0);

CREATE FUNCTION readers_epoch_moves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE readers_epoch SET n = n + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER recipients_move_readers_epoch
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON recipients
    FOR EACH STATEMENT EXECUTE FUNCTION readers_epoch_moves();
CREATE TRIGGER affiliations_move_readers_epoch
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON affiliations
    FOR EACH STATEMENT EXECUTE FUNCTION readers_epoch_moves();
CREATE TRIGGER facilities_move_readers_epoch
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON facilities
    FOR EACH STATEMENT EXECUTE FUNCTION readers_epoch_moves();
-- Not on every update of an account: a sign-in writes one (its TOTP step).
CREATE TRIGGER accounts_move_readers_epoch
    AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF role, status ON accounts
    FOR EACH STATEMENT EXECUTE FUNCTION readers_epoch_moves();
