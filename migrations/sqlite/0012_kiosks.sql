-- Shared devices an admin marked as kiosks (a shelter's tablet in the common room). The device's
-- start page is /kiosk/<token>; the database keeps only the token's SHA-256. A kiosk page wipes
-- itself after a time without input, and Quick Exit returns to its start page.
CREATE TABLE kiosks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    added_on TEXT NOT NULL,
    revoked_on TEXT
);
