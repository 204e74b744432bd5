-- PostgreSQL mirror of migrations/sqlite/0010_facility_pictures.sql.
-- An optional picture per facility, so that a child who cannot read its name can still find the
-- place. PNG, JPEG or WebP only (never SVG, which can carry script), checked by the CLI.
ALTER TABLE facilities ADD COLUMN picture BYTEA;
ALTER TABLE facilities ADD COLUMN picture_type TEXT
    CHECK (picture_type IN ('image/png', 'image/jpeg', 'image/webp'));
