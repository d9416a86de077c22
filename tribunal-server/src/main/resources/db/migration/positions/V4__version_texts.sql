-- Texts are corrected as new versions, like positions. positions.text keeps the current version (the
-- row positions, amendments and claims refer to, with its version number and the reason it was made);
-- before a correction replaces it, the current version is copied, claims included, into
-- positions.text_version, which is append-only. A text's history is text_version plus the current row.
ALTER TABLE positions.text ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE positions.text ADD COLUMN reason text;

CREATE TABLE positions.text_version (
  id               text NOT NULL REFERENCES positions.text (id),
  version          integer NOT NULL,
  symbol           text,
  kind             text NOT NULL,
  body             text NOT NULL,
  text_date        date NOT NULL,
  title            text NOT NULL,
  full_text        text,
  link             text,
  amends           text,
  tally_yes        integer,
  tally_no         integer,
  tally_abstain    integer,
  tally_non_voting integer,
  undl_id          text,
  source_title     text NOT NULL,
  source_publisher text,
  source_date      date,
  source_url       text,
  unconfirmed      boolean NOT NULL,
  note             text,
  claims           text NOT NULL,  -- ';'-separated claim codes, sorted
  reason           text,
  recorded_by      text NOT NULL,
  recorded_at      timestamptz NOT NULL,
  PRIMARY KEY (id, version)
);
