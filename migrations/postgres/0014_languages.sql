-- PostgreSQL mirror of migrations/sqlite/0014_languages.sql.
-- The language an admin chose to show a locale's missing messages in (e.g. K'iche' -> Spanish).
-- A locale without a row uses the default in its locales/<code>/status.toml.
CREATE TABLE locale_fallbacks (
    locale TEXT PRIMARY KEY,
    fallback TEXT NOT NULL,
    set_on TEXT NOT NULL
);

-- A kiosk's default language (the one most children in that shelter read); NULL: the browser's.
ALTER TABLE kiosks ADD COLUMN lang TEXT;
