-- Positions: texts, their claims, states' positions (versioned, never updated in place except the
-- "superseded" marker of an older version), disputes beside positions, the state-name alias table
-- and the record of imports.
CREATE SCHEMA IF NOT EXISTS positions;

CREATE TABLE positions.claim (
  code        text PRIMARY KEY,
  label_en    text NOT NULL,
  label_fr    text NOT NULL,
  label_uk    text NOT NULL,
  description text,
  added_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE positions.text (
  id               text PRIMARY KEY,
  symbol           text,
  kind             text NOT NULL,
  body             text NOT NULL,
  text_date        date NOT NULL,
  title            text NOT NULL,
  full_text        text,
  link             text,
  amends           text REFERENCES positions.text (id),
  tally_yes        integer,
  tally_no         integer,
  tally_abstain    integer,
  tally_non_voting integer,
  undl_id          text,
  source_title     text NOT NULL,
  source_publisher text,
  source_date      date,
  source_url       text,
  unconfirmed      boolean NOT NULL DEFAULT false,
  note             text,
  recorded_by      text NOT NULL,
  recorded_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX text_symbol ON positions.text (symbol) WHERE symbol IS NOT NULL;
CREATE INDEX text_body_date ON positions.text (body, text_date);

CREATE TABLE positions.text_claim (
  text_id text NOT NULL REFERENCES positions.text (id),
  claim   text NOT NULL REFERENCES positions.claim (code),
  PRIMARY KEY (text_id, claim)
);
CREATE INDEX text_claim_by_claim ON positions.text_claim (claim, text_id);

-- One row per version of a position. A position is (text, state, slot); a new version marks the
-- previous one superseded. state_code is an ISO 3166-1 alpha-3 code (the coalition module's states).
CREATE TABLE positions.position (
  text_id          text NOT NULL REFERENCES positions.text (id),
  state_code       char(3) NOT NULL,
  slot             text NOT NULL,
  version          integer NOT NULL,
  kind             text NOT NULL,
  position_date    date NOT NULL,
  explanation      text,
  source_title     text NOT NULL,
  source_publisher text,
  source_date      date,
  source_url       text,
  unconfirmed      boolean NOT NULL DEFAULT false,
  note             text,
  retracted        boolean NOT NULL DEFAULT false,
  reason           text,
  superseded       boolean NOT NULL DEFAULT false,
  recorded_by      text NOT NULL,
  recorded_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (text_id, state_code, slot, version)
);
CREATE UNIQUE INDEX position_current ON positions.position (text_id, state_code, slot) WHERE NOT superseded;
CREATE INDEX position_state_current ON positions.position (state_code, position_date) WHERE NOT superseded;

CREATE TABLE positions.dispute (
  id               uuid PRIMARY KEY,
  text_id          text NOT NULL,
  state_code       char(3) NOT NULL,
  slot             text NOT NULL,
  position_version integer NOT NULL,
  statement        text NOT NULL,
  source_url       text,
  disputed_by      text NOT NULL,
  disputed_at      timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (text_id, state_code, slot, position_version)
    REFERENCES positions.position (text_id, state_code, slot, version)
);
CREATE INDEX dispute_position ON positions.dispute (text_id, state_code, slot);

-- Names of states as they appear in vote lists (en, fr, uk, variants), normalised for lookup.
CREATE TABLE positions.state_alias (
  normalized text PRIMARY KEY,
  alias      text NOT NULL,
  state_code char(3) NOT NULL,
  lang       text,
  origin     text NOT NULL
);

CREATE TABLE positions.import_run (
  id          uuid PRIMARY KEY,
  file_name   text NOT NULL,
  sha256      text NOT NULL,
  format      text NOT NULL,
  rows_read   integer NOT NULL,
  created     integer NOT NULL,
  unchanged   integer NOT NULL,
  imported_by text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO positions.claim (code, label_en, label_fr, label_uk, description) VALUES
 ('NAMES_AGGRESSOR', 'Names the aggressor', 'Désigne l''agresseur', 'Називає агресора',
  'The text names the Russian Federation as the aggressor or its war as aggression.'),
 ('RECOGNISES_CRIME_OF_AGGRESSION', 'Recognises the crime of aggression', 'Reconnaît le crime d''agression', 'Визнає злочин агресії',
  'The text calls the war a crime of aggression that must be prosecuted.'),
 ('TERRITORIAL_INTEGRITY', 'Supports territorial integrity within internationally recognised borders', 'Soutient l''intégrité territoriale dans les frontières internationalement reconnues', 'Підтримує територіальну цілісність у міжнародно визнаних кордонах',
  'The text supports Ukraine''s sovereignty and territorial integrity within its internationally recognised borders.'),
 ('DEMANDS_WITHDRAWAL', 'Demands withdrawal', 'Exige le retrait', 'Вимагає виведення військ',
  'The text demands the withdrawal of the aggressor''s forces.'),
 ('SUPPORTS_SPECIAL_TRIBUNAL', 'Supports a special tribunal', 'Soutient un tribunal spécial', 'Підтримує спеціальний трибунал',
  'The text supports establishing a special tribunal for the crime of aggression.'),
 ('SUPPORTS_REPARATIONS', 'Supports reparations', 'Soutient les réparations', 'Підтримує репарації',
  'The text supports reparation for damage caused by the aggression.'),
 ('CEASEFIRE_WITHOUT_WITHDRAWAL', 'Calls for a ceasefire without withdrawal', 'Appelle à un cessez-le-feu sans retrait', 'Закликає до припинення вогню без виведення військ',
  'The text calls for a ceasefire without demanding withdrawal.'),
 ('CALLS_FOR_PEACE_WITHOUT_ATTRIBUTION', 'Calls for peace without naming the aggressor', 'Appelle à la paix sans désigner l''agresseur', 'Закликає до миру, не називаючи агресора',
  'The text calls for an end to the conflict without attributing aggression.');
