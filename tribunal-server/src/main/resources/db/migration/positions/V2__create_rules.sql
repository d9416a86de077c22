-- Participation rules as data, versioned: a new version never changes an old one.
CREATE TABLE positions.rule_version (
  rule_id            text NOT NULL,
  version            integer NOT NULL,
  name               text NOT NULL,
  description        text NOT NULL,
  claims             text NOT NULL,  -- ';'-separated claim codes
  window_months      integer NOT NULL,
  requirement        text NOT NULL,
  count_unconfirmed  boolean NOT NULL,
  bodies             text NOT NULL DEFAULT '',  -- ';'-separated body ids, empty for all
  valid_from         date NOT NULL,
  reason             text,
  recorded_by        text NOT NULL,
  recorded_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (rule_id, version)
);
