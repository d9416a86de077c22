-- merkle-log's Integrator rebuilds the tree's right edge from the tiles, so the stored copy of it
-- (a second source of truth that could disagree with the tiles) goes.
ALTER TABLE record.log_state DROP COLUMN edge;
