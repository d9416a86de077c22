-- Each sequenced batch records its entries' log indexes in one row: the batch's first log index and
-- its outbox row ids in log order, so entry i of the batch has index first_index + i. One
-- (outbox_id, log_index) row per entry, with its two index entries, wrote about 200 bytes of WAL per
-- entry, more than the entry's share of its compressed bundle; one row per batch writes a few bytes.
-- A batch is read in outbox_id order, so its ids ascend; a row committed late, with an id below a
-- batch's last id, lands in a later batch, so the ranges of two batches may overlap but no id is in
-- two batches (the sequencer deletes each outbox row in the transaction that indexes it).
CREATE TABLE record.entry_batch (
  first_index     BIGINT   PRIMARY KEY CHECK (first_index >= 0),
  first_outbox_id BIGINT   NOT NULL,
  last_outbox_id  BIGINT   NOT NULL,
  outbox_ids      BIGINT[] NOT NULL,
  CHECK (cardinality(outbox_ids) >= 1
    AND outbox_ids[1] = first_outbox_id
    AND outbox_ids[cardinality(outbox_ids)] = last_outbox_id),
  -- no log index in two batches
  EXCLUDE USING gist (int8range(first_index, first_index + cardinality(outbox_ids)) WITH &&)
);
-- finds the batch of an outbox row: the first batch, by last id, at or above it that holds it
CREATE INDEX entry_batch_last_outbox_id ON record.entry_batch (last_outbox_id);

-- Entries sequenced between V4 and this migration keep their rows; the view shows every pair.
ALTER TABLE record.entry_index RENAME TO entry_index_row;
CREATE VIEW record.entry_index AS
  SELECT outbox_id, log_index FROM record.entry_index_row
  UNION ALL
  SELECT e.outbox_id, b.first_index + e.n - 1
  FROM record.entry_batch b CROSS JOIN LATERAL unnest(b.outbox_ids) WITH ORDINALITY AS e(outbox_id, n);

-- Store tiles, bundles and batches uncompressed. pglz compressing each batch's bundles took about
-- 40 % of PostgreSQL's CPU time while sequencing (perf), and every read of a bundle paid to
-- decompress it again; tiles are hashes, which never compress. Bundles now take about as much space
-- as their entries, as they would as files served under tile/entries/.
ALTER TABLE record.entry_bundle ALTER COLUMN entries SET STORAGE EXTERNAL;
ALTER TABLE record.tile ALTER COLUMN hashes SET STORAGE EXTERNAL;
ALTER TABLE record.entry_batch ALTER COLUMN outbox_ids SET STORAGE EXTERNAL;
