-- Claim entry_ref rows once per statement instead of once per row. The BEFORE ROW trigger ran a
-- plpgsql call and a one-row INSERT for every outbox row, and its mere presence made COPY insert row
-- by row instead of in multi-row batches; a bulk append of 20,000 entries paid both 20,000 times.
-- An AFTER STATEMENT trigger with a transition table inserts all of a statement's entry_ref rows in
-- one INSERT ... SELECT, for a single INSERT and for a COPY alike. A (type, id, version) that is
-- already claimed, by an outbox row or by an entry sequenced long ago, or twice within the statement,
-- still fails the whole statement on entry_ref's primary key, so no change enters the log twice.
DROP TRIGGER outbox_claims_entry_ref ON record.outbox;
DROP FUNCTION record.claim_entry_ref();

CREATE FUNCTION record.claim_entry_refs() RETURNS trigger AS $$
BEGIN
  INSERT INTO record.entry_ref (record_type, record_id, version, outbox_id)
  SELECT record_type, record_id, version, outbox_id FROM appended;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER outbox_claims_entry_refs
  AFTER INSERT ON record.outbox
  REFERENCING NEW TABLE AS appended
  FOR EACH STATEMENT EXECUTE FUNCTION record.claim_entry_refs();

-- Since V4 only rows sequenced before it hold a log_index here; every new row has NULL. A partial
-- unique index keeps those old indexes unique without an index entry for each new row.
ALTER TABLE record.entry_ref DROP CONSTRAINT entry_ref_log_index_key;
CREATE UNIQUE INDEX entry_ref_log_index ON record.entry_ref (log_index) WHERE log_index IS NOT NULL;
