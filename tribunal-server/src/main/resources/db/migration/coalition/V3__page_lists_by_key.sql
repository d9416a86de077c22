-- Lists are paged by key (keyset cursors) in SQL. The "latest version" views are rewritten so that a filter on a view
-- (body, party, instrument) reaches the version table's indexes instead of first de-duplicating every row; the
-- primary keys (id, version) serve the NOT EXISTS probe, so V2's separate (id, version DESC) indexes go.
DROP INDEX coalition.membership_version_latest;
DROP INDEX coalition.instrument_action_version_latest;

CREATE OR REPLACE VIEW coalition.membership_latest AS
SELECT v.* FROM coalition.membership_version v
WHERE NOT EXISTS (SELECT 1 FROM coalition.membership_version w
                  WHERE w.membership_id = v.membership_id AND w.version > v.version);

CREATE OR REPLACE VIEW coalition.instrument_action_latest AS
SELECT v.* FROM coalition.instrument_action_version v
WHERE NOT EXISTS (SELECT 1 FROM coalition.instrument_action_version w
                  WHERE w.action_id = v.action_id AND w.version > v.version);

CREATE OR REPLACE VIEW coalition.instrument_latest AS
SELECT v.* FROM coalition.instrument_version v
WHERE NOT EXISTS (SELECT 1 FROM coalition.instrument_version w
                  WHERE w.instrument_id = v.instrument_id AND w.version > v.version);

CREATE INDEX instrument_action_version_instrument_date ON coalition.instrument_action_version (instrument_id, acted_on);
