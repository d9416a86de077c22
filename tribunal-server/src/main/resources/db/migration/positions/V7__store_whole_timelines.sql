-- Whole stance timelines: one row per state and claim holding every stance point of positions.stance_point for
-- that pair, encoded as one value (org.tribunal.positions.domain.StoredTimelines: a table of the distinct
-- strings, then each point in chronological order). A state's timeline over thousands of positions is then
-- one row to read and decode instead of thousands of rows of eighteen columns each. It holds nothing that
-- positions.stance_point does not; every write of stance points rebuilds the rows of the pairs it touched in
-- the same transaction, under a transaction-level advisory lock per pair. A pair without a row is read from
-- positions.stance_point; rows missing after this migration are built when the application starts.
CREATE TABLE positions.stance_timeline (
  state_code char(3) NOT NULL,
  claim      text NOT NULL,
  points     integer NOT NULL CHECK (points > 0),
  encoded    bytea NOT NULL,
  PRIMARY KEY (state_code, claim)
);
-- Read whole and rewritten whole: stored uncompressed, as compressing it costs more than it saves in reading.
ALTER TABLE positions.stance_timeline ALTER COLUMN encoded SET STORAGE EXTERNAL;
