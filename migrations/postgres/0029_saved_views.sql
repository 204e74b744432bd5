-- A reviewer's saved views of the workbench: the filters and the order a name stands for, never
-- case content (no search: heard_core::api::views checks every value). One row per name.
CREATE TABLE saved_views (
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    -- ViewSettings as JSON, checked before it is stored.
    settings TEXT NOT NULL,
    PRIMARY KEY (account_id, name)
);
