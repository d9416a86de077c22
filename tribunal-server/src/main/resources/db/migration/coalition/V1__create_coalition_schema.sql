-- Coalition registry: states, bodies, versioned memberships, instruments, versioned instrument actions.
-- Nothing is updated in place: a correction inserts the next version of a membership or action.
CREATE SCHEMA IF NOT EXISTS coalition;

CREATE TABLE coalition.state (
    code             char(3)      PRIMARY KEY CHECK (code ~ '^[A-Z]{3}$'),
    name_en          text         NOT NULL,
    name_fr          text         NOT NULL,
    name_uk          text         NOT NULL,
    un_status        text         NOT NULL CHECK (un_status IN ('MEMBER', 'OBSERVER', 'NONE')),
    source_title     text         NOT NULL,
    source_publisher text,
    source_date      date,
    source_url       text,
    recorded_at      timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE coalition.body (
    id               text         PRIMARY KEY,
    name             text         NOT NULL,
    kind             text         NOT NULL,
    description      text         NOT NULL,
    parent_id        text         REFERENCES coalition.body (id),
    note             text,
    source_title     text         NOT NULL,
    source_publisher text,
    source_date      date,
    source_url       text,
    recorded_at      timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE coalition.membership_version (
    membership_id    uuid         NOT NULL,
    version          int          NOT NULL CHECK (version >= 1),
    party_kind       text         NOT NULL CHECK (party_kind IN ('STATE', 'ORGANISATION')),
    party_code       text         NOT NULL,
    body_id          text         NOT NULL REFERENCES coalition.body (id),
    valid_from       date,
    valid_to         date,
    status           text         NOT NULL,
    basis            text,
    note             text,
    unconfirmed      boolean      NOT NULL,
    source_title     text         NOT NULL,
    source_publisher text,
    source_date      date,
    source_url       text,
    reason           text,
    recorded_by      text         NOT NULL,
    recorded_at      timestamptz  NOT NULL,
    retracted        boolean      NOT NULL DEFAULT false,
    PRIMARY KEY (membership_id, version),
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_to > valid_from),
    CHECK (version = 1 OR reason IS NOT NULL)
);
CREATE INDEX membership_version_body ON coalition.membership_version (body_id);
CREATE INDEX membership_version_party ON coalition.membership_version (party_kind, party_code);

CREATE TABLE coalition.instrument (
    id                 text        PRIMARY KEY,
    title              text        NOT NULL,
    kind               text        NOT NULL,
    adopted_on         date,
    place              text,
    signature_required boolean     NOT NULL,
    eif_kind           text        NOT NULL CHECK (eif_kind IN ('AFTER_CONSENTS', 'ON_SIGNATURE', 'ON_DATE', 'TEXTUAL')),
    eif_count          int,
    eif_months         int,
    eif_first_day      boolean,
    eif_date           date,
    eif_text           text,
    rule_unconfirmed   boolean     NOT NULL,
    body_id            text        REFERENCES coalition.body (id),
    annex_to           text        REFERENCES coalition.instrument (id),
    note               text,
    source_title       text        NOT NULL,
    source_publisher   text,
    source_date        date,
    source_url         text,
    recorded_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE coalition.instrument_action_version (
    action_id        uuid         NOT NULL,
    version          int          NOT NULL CHECK (version >= 1),
    instrument_id    text         NOT NULL REFERENCES coalition.instrument (id),
    party_kind       text         NOT NULL CHECK (party_kind IN ('STATE', 'ORGANISATION')),
    party_code       text         NOT NULL,
    act              text         NOT NULL,
    acted_on         date         NOT NULL,
    note             text,
    unconfirmed      boolean      NOT NULL,
    source_title     text         NOT NULL,
    source_publisher text,
    source_date      date,
    source_url       text,
    reason           text,
    recorded_by      text         NOT NULL,
    recorded_at      timestamptz  NOT NULL,
    retracted        boolean      NOT NULL DEFAULT false,
    PRIMARY KEY (action_id, version),
    CHECK (version = 1 OR reason IS NOT NULL)
);
CREATE INDEX instrument_action_version_instrument ON coalition.instrument_action_version (instrument_id);
CREATE INDEX instrument_action_version_party ON coalition.instrument_action_version (party_kind, party_code);

-- The latest version of each fact, whether or not it retracts it.
CREATE VIEW coalition.membership_latest AS
SELECT DISTINCT ON (membership_id) * FROM coalition.membership_version ORDER BY membership_id, version DESC;

CREATE VIEW coalition.instrument_action_latest AS
SELECT DISTINCT ON (action_id) * FROM coalition.instrument_action_version ORDER BY action_id, version DESC;

-- Which seed sets have been loaded (so a restart never loads them twice).
CREATE TABLE coalition.seed_load (
    name      text        PRIMARY KEY,
    rows      int         NOT NULL,
    loaded_at timestamptz NOT NULL DEFAULT now()
);
