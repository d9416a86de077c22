-- The log itself: tree state, hash tiles and entry bundles (C2SP tlog-tiles), checkpoints, witnesses.

-- The tree as the sequencer left it: one row. The sequencer advances it with a compare-and-set on the
-- old size, so two leaders can never both extend the tree from the same size.
CREATE TABLE record.log_state (
  singleton  BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (singleton),
  tree_size  BIGINT      NOT NULL CHECK (tree_size >= 0),
  root       BYTEA       NOT NULL CHECK (octet_length(root) = 32),
  -- the compact range [0, tree_size): the right edge's perfect subtree roots, 32 bytes each, left first
  edge       BYTEA       NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
INSERT INTO record.log_state (tree_size, root, edge, updated_at)
VALUES (0, decode('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'hex'), ''::bytea, now());

-- Hash tiles: tile (level, idx) holds up to 256 hashes of 32 bytes. A partial tile only ever grows;
-- its first W hashes are the tile served as <idx>.p/<W>.
CREATE TABLE record.tile (
  level  SMALLINT NOT NULL CHECK (level BETWEEN 0 AND 63),
  idx    BIGINT   NOT NULL CHECK (idx >= 0),
  hashes BYTEA    NOT NULL CHECK (octet_length(hashes) BETWEEN 32 AND 8192 AND octet_length(hashes) % 32 = 0),
  PRIMARY KEY (level, idx)
);

-- Entry bundles: bundle idx holds entries [256·idx, 256·idx + width), each as uint16 length ‖ bytes.
CREATE TABLE record.entry_bundle (
  idx     BIGINT   PRIMARY KEY CHECK (idx >= 0),
  width   SMALLINT NOT NULL CHECK (width BETWEEN 1 AND 256),
  entries BYTEA    NOT NULL
);

-- Every checkpoint the log signed, with the cosignatures it collected. Only published ones are
-- served at /log/checkpoint: those that met the witness policy when they were signed.
CREATE TABLE record.checkpoint (
  tree_size BIGINT      PRIMARY KEY CHECK (tree_size >= 0),
  root      BYTEA       NOT NULL CHECK (octet_length(root) = 32),
  note      TEXT        NOT NULL,
  published BOOLEAN     NOT NULL,
  signed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX checkpoint_published ON record.checkpoint (tree_size DESC) WHERE published;

-- Witnesses that cosign the log's checkpoints (tlog-witness), usually one per coalition state.
CREATE TABLE record.witness (
  name          TEXT        PRIMARY KEY,
  verifier_key  TEXT        NOT NULL UNIQUE,
  url           TEXT        NOT NULL,
  state_code    CHAR(3),
  active        BOOLEAN     NOT NULL DEFAULT TRUE,
  registered_by TEXT        NOT NULL,
  registered_at TIMESTAMPTZ NOT NULL
);

-- How many active witnesses must cosign before a checkpoint is published (k of n). One row.
CREATE TABLE record.witness_policy (
  singleton  BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (singleton),
  quorum     INTEGER     NOT NULL CHECK (quorum >= 0),
  updated_by TEXT        NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
INSERT INTO record.witness_policy (quorum, updated_by, updated_at) VALUES (0, 'system', now());
