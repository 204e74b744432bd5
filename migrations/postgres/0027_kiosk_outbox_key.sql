-- PostgreSQL mirror of migrations/sqlite/0027_kiosk_outbox_key.sql.
-- The secret of the kiosks' outbox key (an X25519 identity, hex): a kiosk page seals a send's
-- routing (place, "I am not safe", the return code's token) to its public half, so that a send
-- kept on a kiosk through an outage holds nothing readable there. Made once, like the salt.
-- 32 random bytes as 64 lowercase hex digits, like SQLite's lower(hex(randomblob(32))): the
-- SHA-256 of three gen_random_uuid() values (366 bits from pg_strong_random; no pgcrypto needed).
INSERT INTO instance_settings (name, value) VALUES ('kiosk_outbox_secret', encode(sha256(
    uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid())
), 'hex'));
