-- Instruments become versioned like memberships and actions: a correction inserts the next version with a reason,
-- and coalition.instrument keeps only the identity that actions and annexes refer to.
CREATE TABLE coalition.instrument_version (
    instrument_id      text        NOT NULL REFERENCES coalition.instrument (id),
    version            int         NOT NULL CHECK (version >= 1),
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
    reason             text,
    recorded_by        text        NOT NULL,
    recorded_at        timestamptz NOT NULL,
    PRIMARY KEY (instrument_id, version),
    CHECK (version = 1 OR reason IS NOT NULL)
);

INSERT INTO coalition.instrument_version (instrument_id, version, title, kind, adopted_on, place, signature_required,
    eif_kind, eif_count, eif_months, eif_first_day, eif_date, eif_text, rule_unconfirmed, body_id, annex_to, note,
    source_title, source_publisher, source_date, source_url, reason, recorded_by, recorded_at)
SELECT id, 1, title, kind, adopted_on, place, signature_required, eif_kind, eif_count, eif_months, eif_first_day,
    eif_date, eif_text, rule_unconfirmed, body_id, annex_to, note, source_title, source_publisher, source_date,
    source_url, NULL, 'seed', recorded_at
FROM coalition.instrument;

ALTER TABLE coalition.instrument
    DROP COLUMN title, DROP COLUMN kind, DROP COLUMN adopted_on, DROP COLUMN place, DROP COLUMN signature_required,
    DROP COLUMN eif_kind, DROP COLUMN eif_count, DROP COLUMN eif_months, DROP COLUMN eif_first_day,
    DROP COLUMN eif_date, DROP COLUMN eif_text, DROP COLUMN rule_unconfirmed, DROP COLUMN body_id,
    DROP COLUMN annex_to, DROP COLUMN note, DROP COLUMN source_title, DROP COLUMN source_publisher,
    DROP COLUMN source_date, DROP COLUMN source_url;

CREATE VIEW coalition.instrument_latest AS
SELECT DISTINCT ON (instrument_id) * FROM coalition.instrument_version ORDER BY instrument_id, version DESC;

-- Keyset pagination: lists are read in these orders, with the cursor as a row comparison.
CREATE INDEX membership_version_latest ON coalition.membership_version (membership_id, version DESC);
CREATE INDEX instrument_action_version_latest ON coalition.instrument_action_version (action_id, version DESC);
