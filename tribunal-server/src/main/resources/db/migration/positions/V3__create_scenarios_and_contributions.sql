-- Declared financial contributions (state x body x amount x currency x period) and saved viability
-- scenarios. Both are append-only: a scenario saved again under the same key is a new version.
CREATE TABLE positions.contribution (
  id               uuid PRIMARY KEY,
  state_code       char(3) NOT NULL,
  body_id          text NOT NULL,            -- the coalition registry's body id
  amount           numeric(20, 2) NOT NULL CHECK (amount >= 0),
  currency         char(3) NOT NULL,
  period_from      date NOT NULL,
  period_to        date,                      -- first day no longer covered; NULL = open
  source_title     text NOT NULL,
  source_publisher text,
  source_date      date,
  source_url       text,
  illustrative     boolean NOT NULL,          -- invented for the demo, not a sourced figure
  note             text,
  recorded_by      text NOT NULL,
  recorded_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (period_to IS NULL OR period_to > period_from)
);
CREATE INDEX contribution_period ON positions.contribution (period_from, period_to);

CREATE TABLE positions.scenario (
  id           text NOT NULL,
  version      integer NOT NULL,
  name         text NOT NULL,
  description  text,
  withdrawing  text NOT NULL,                 -- ';'-separated state codes, sorted
  withdraw_on  date NOT NULL,
  reason       text,
  recorded_by  text NOT NULL,
  recorded_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, version)
);
