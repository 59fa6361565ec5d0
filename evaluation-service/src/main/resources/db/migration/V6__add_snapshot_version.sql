-- A published month's snapshot names the version of its stored shape, so that it keeps reading back the same
-- when the API's views change. Every snapshot written so far is version 1.
ALTER TABLE published_month ADD COLUMN snapshot_version INT NOT NULL DEFAULT 1;
