-- The decision of a record append prepared on a second connection (PreparedAppend): its global
-- transaction id, inserted in the caller's transaction. Committed with the caller's changes, it says
-- the prepared entries must be committed too; absent once the caller is gone, it says they must not.
-- A row lives from the caller's commit until the prepared transaction is committed (milliseconds,
-- or until the next start if the process died in between).
CREATE TABLE record.prepared_append (
  gid        TEXT        PRIMARY KEY,
  decided_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
