-- The public record's own schema. Other modules never read or write these tables.
CREATE SCHEMA IF NOT EXISTS record;

-- Entries written in the business transaction, in commit order, waiting for the sequencer.
CREATE TABLE record.outbox (
  outbox_id   BIGSERIAL PRIMARY KEY,
  record_type TEXT        NOT NULL,
  record_id   TEXT        NOT NULL,
  version     INTEGER     NOT NULL CHECK (version >= 1),
  body        BYTEA       NOT NULL CHECK (octet_length(body) <= 65536),
  created_at  TIMESTAMPTZ NOT NULL
);

-- Every (type, id, version) ever appended, with its place in the log once sequenced. It outlives the
-- outbox row, so one change can never enter the log twice.
CREATE TABLE record.entry_ref (
  record_type TEXT    NOT NULL,
  record_id   TEXT    NOT NULL,
  version     INTEGER NOT NULL,
  log_index   BIGINT  UNIQUE,
  PRIMARY KEY (record_type, record_id, version)
);

CREATE FUNCTION record.claim_entry_ref() RETURNS trigger AS $$
BEGIN
  INSERT INTO record.entry_ref (record_type, record_id, version)
  VALUES (NEW.record_type, NEW.record_id, NEW.version);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER outbox_claims_entry_ref
  BEFORE INSERT ON record.outbox
  FOR EACH ROW EXECUTE FUNCTION record.claim_entry_ref();
