-- The secret of the kiosks' outbox key (an X25519 identity, hex): a kiosk page seals a send's
-- routing (place, "I am not safe", the return code's token) to its public half, so that a send
-- kept on a kiosk through an outage holds nothing readable there. Made once, like the salt.
INSERT INTO instance_settings (name, value) VALUES ('kiosk_outbox_secret', lower(hex(randomblob(32))));
