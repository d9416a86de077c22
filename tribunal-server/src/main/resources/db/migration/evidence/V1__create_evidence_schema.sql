-- The evidence vault: items (originals), their submissions, the append-only chain of custody,
-- working copies and integrity sweeps. Bytes live in the content-addressed store, not here.
CREATE SCHEMA IF NOT EXISTS evidence;

CREATE TABLE evidence.item (
  id             uuid PRIMARY KEY,
  sha256         char(64)    NOT NULL,
  sha512         char(128)   NOT NULL,
  size_bytes     bigint      NOT NULL CHECK (size_bytes >= 0),
  media_type     text        NOT NULL,
  metadata       jsonb       NOT NULL DEFAULT '{}',
  classification text        NOT NULL,
  compartments   text[]      NOT NULL DEFAULT '{}',
  status         text        NOT NULL,
  custody_seq    int         NOT NULL DEFAULT 0,
  received_at    timestamptz NOT NULL
);
-- one live item per content: a further submission of the same bytes is a new submission of it
CREATE UNIQUE INDEX item_live_content ON evidence.item (sha256) WHERE status <> 'DESTROYED';
CREATE INDEX item_received ON evidence.item (received_at DESC, id DESC);

CREATE TABLE evidence.submission (
  item_id                uuid        NOT NULL REFERENCES evidence.item (id),
  number                 int         NOT NULL,
  received_at            timestamptz NOT NULL,
  received_by            text        NOT NULL,
  original_file_name     text        NOT NULL,
  submitter_state        char(3),
  submitter_organisation text,
  submitter_person       text,
  acquisition_method     text        NOT NULL,
  acquired_on            date,
  acquired_at            text,
  consent                text,
  shared_with            text[]      NOT NULL DEFAULT '{}',
  PRIMARY KEY (item_id, number)
);

CREATE TABLE evidence.custody_event (
  item_id     uuid        NOT NULL REFERENCES evidence.item (id),
  seq         int         NOT NULL,
  action      text        NOT NULL,
  occurred_at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL,
  actor       text        NOT NULL,
  reason      text        NOT NULL,
  location    text,
  custodian   text,
  authority   text,
  copy_sha256 char(64),
  submission  int,
  committed   jsonb       NOT NULL,
  salt        char(64)    NOT NULL,
  commitment  char(64)    NOT NULL,
  PRIMARY KEY (item_id, seq)
);

CREATE TABLE evidence.working_copy (
  id          uuid PRIMARY KEY,
  original_id uuid        NOT NULL REFERENCES evidence.item (id),
  custody_seq int         NOT NULL,
  kind        text        NOT NULL,
  tool        text        NOT NULL,
  file_name   text        NOT NULL,
  note        text,
  sha256      char(64)    NOT NULL,
  sha512      char(128)   NOT NULL,
  size_bytes  bigint      NOT NULL,
  media_type  text        NOT NULL,
  created_at  timestamptz NOT NULL,
  created_by  text        NOT NULL
);
CREATE INDEX working_copy_original ON evidence.working_copy (original_id, created_at);

CREATE TABLE evidence.sweep (
  id            uuid PRIMARY KEY,
  started_at    timestamptz NOT NULL,
  finished_at   timestamptz NOT NULL,
  triggered_by  text        NOT NULL,
  files_checked int         NOT NULL,
  bytes_checked bigint      NOT NULL,
  salt          char(64)    NOT NULL,
  commitment    char(64)    NOT NULL
);
CREATE INDEX sweep_finished ON evidence.sweep (finished_at DESC);

CREATE TABLE evidence.sweep_finding (
  sweep_id        uuid     NOT NULL REFERENCES evidence.sweep (id),
  sha256          char(64) NOT NULL,
  item_id         uuid,
  working_copy_id uuid,
  problem         text     NOT NULL,
  actual_sha256   char(64)
);
CREATE INDEX sweep_finding_sweep ON evidence.sweep_finding (sweep_id);
