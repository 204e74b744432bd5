-- On SQLite (one server) the child site's sessions live in the server's memory only, never in the
-- database: nothing to create. PostgreSQL's mirror makes the table that several servers share.
SELECT 1;
