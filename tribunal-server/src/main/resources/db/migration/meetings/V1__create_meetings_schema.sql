-- The meetings module: meetings with attendance, agenda, outcomes and documents, and diplomatic notes
-- with classification and compartments. Nothing is overwritten: each change of a meeting or a note is a
-- new row in its *_version table; the meeting and note rows hold the current version for queries.
CREATE SCHEMA meetings;

CREATE TABLE meetings.meeting (
    id               uuid         PRIMARY KEY,
    version          integer      NOT NULL,
    body_id          varchar(40)  NOT NULL,
    number           integer,
    title            varchar(300),
    place            varchar(300),
    start_date       date,
    end_date         date,
    status           varchar(16)  NOT NULL,
    unconfirmed      boolean      NOT NULL,
    note             varchar(2000),
    source_title     varchar(500) NOT NULL,
    source_publisher varchar(300),
    source_date      date,
    source_url       varchar(2000),
    recorded_by      varchar(64)  NOT NULL,
    recorded_at      timestamptz  NOT NULL,
    CONSTRAINT meeting_status CHECK (status IN ('PLANNED', 'HELD', 'POSTPONED', 'CANCELLED')),
    CONSTRAINT meeting_dates CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
    CONSTRAINT meeting_number CHECK (number IS NULL OR number > 0)
);

CREATE INDEX meeting_order ON meetings.meeting ((coalesce(start_date, DATE '0001-01-01')) DESC, id DESC);
CREATE INDEX meeting_body ON meetings.meeting (body_id);

CREATE TABLE meetings.meeting_version (
    meeting_id   uuid         NOT NULL REFERENCES meetings.meeting (id),
    version      integer      NOT NULL,
    content      jsonb        NOT NULL,
    reason       varchar(1000),
    recorded_by  varchar(64)  NOT NULL,
    recorded_at  timestamptz  NOT NULL,
    PRIMARY KEY (meeting_id, version)
);

-- Facts about a meeting, each with its own source and unconfirmed flag; appended, never updated.
CREATE TABLE meetings.attendance (
    id           uuid         PRIMARY KEY,
    meeting_id   uuid         NOT NULL REFERENCES meetings.meeting (id),
    state_code   char(3)      NOT NULL,
    delegation   varchar(500),
    level        varchar(32)  NOT NULL,
    presence     varchar(16)  NOT NULL,
    unconfirmed  boolean      NOT NULL,
    source_title varchar(500) NOT NULL,
    source_url   varchar(2000),
    recorded_by  varchar(64)  NOT NULL,
    recorded_at  timestamptz  NOT NULL,
    CONSTRAINT attendance_presence CHECK (presence IN ('PRESENT', 'ABSENT', 'OBSERVER')),
    CONSTRAINT attendance_once_per_state UNIQUE (meeting_id, state_code)
);

CREATE TABLE meetings.agenda_item (
    id           uuid         PRIMARY KEY,
    meeting_id   uuid         NOT NULL REFERENCES meetings.meeting (id),
    position     integer      NOT NULL,
    title        varchar(500) NOT NULL,
    unconfirmed  boolean      NOT NULL,
    source_title varchar(500) NOT NULL,
    source_url   varchar(2000),
    recorded_by  varchar(64)  NOT NULL,
    recorded_at  timestamptz  NOT NULL
);

CREATE TABLE meetings.outcome (
    id           uuid          PRIMARY KEY,
    meeting_id   uuid          NOT NULL REFERENCES meetings.meeting (id),
    kind         varchar(32)   NOT NULL,
    summary      varchar(2000) NOT NULL,
    text_id      varchar(100),
    state_code   char(3),
    unconfirmed  boolean       NOT NULL,
    source_title varchar(500)  NOT NULL,
    source_url   varchar(2000),
    recorded_by  varchar(64)   NOT NULL,
    recorded_at  timestamptz   NOT NULL,
    CONSTRAINT outcome_kind CHECK (kind IN ('STATEMENT_ADOPTED', 'DECISION', 'OBJECTION')),
    CONSTRAINT outcome_objection_names_state CHECK ((kind = 'OBJECTION') = (state_code IS NOT NULL))
);

CREATE TABLE meetings.document (
    id           uuid          PRIMARY KEY,
    meeting_id   uuid          NOT NULL REFERENCES meetings.meeting (id),
    title        varchar(500)  NOT NULL,
    url          varchar(2000),
    unconfirmed  boolean       NOT NULL,
    source_title varchar(500)  NOT NULL,
    source_url   varchar(2000),
    recorded_by  varchar(64)   NOT NULL,
    recorded_at  timestamptz   NOT NULL
);

-- Diplomatic notes. "level" is the classification's rank (PUBLIC 0 .. SECRET 3) so that every list,
-- count and export filters in SQL: level <= reader's rank AND compartments <@ reader's compartments.
CREATE TABLE meetings.note (
    id              uuid          PRIMARY KEY,
    version         integer       NOT NULL,
    author_state    char(3),
    author_body     varchar(40),
    addressees      text[]        NOT NULL,
    note_date       date          NOT NULL,
    subject         varchar(500)  NOT NULL,
    body            text          NOT NULL,
    classification  varchar(16)   NOT NULL,
    level           smallint      NOT NULL,
    compartments    text[]        NOT NULL,
    meeting_ids     uuid[]        NOT NULL,
    state_codes     text[]        NOT NULL,
    text_ids        text[]        NOT NULL,
    recorded_by     varchar(64)   NOT NULL,
    recorded_at     timestamptz   NOT NULL,
    CONSTRAINT note_author CHECK ((author_state IS NULL) <> (author_body IS NULL)),
    CONSTRAINT note_classification CHECK (
        (classification, level) IN (('PUBLIC', 0), ('RESTRICTED', 1), ('CONFIDENTIAL', 2), ('SECRET', 3)))
);

CREATE INDEX note_order ON meetings.note (note_date DESC, id DESC);
CREATE INDEX note_meetings ON meetings.note USING gin (meeting_ids);

CREATE TABLE meetings.note_version (
    note_id         uuid          NOT NULL REFERENCES meetings.note (id),
    version         integer       NOT NULL,
    classification  varchar(16)   NOT NULL,
    compartments    text[]        NOT NULL,
    reason          varchar(1000),
    salt            char(64),
    commitment      char(64),
    recorded_by     varchar(64)   NOT NULL,
    recorded_at     timestamptz   NOT NULL,
    PRIMARY KEY (note_id, version)
);

CREATE TABLE meetings.note_attachment (
    id          uuid          PRIMARY KEY,
    note_id     uuid          NOT NULL REFERENCES meetings.note (id),
    filename    varchar(255)  NOT NULL,
    media_type  varchar(100)  NOT NULL,
    sha256      char(64)      NOT NULL,
    size        integer       NOT NULL,
    content     bytea         NOT NULL
);

CREATE TABLE meetings.seed_load (
    name      varchar(100) PRIMARY KEY,
    rows      integer      NOT NULL,
    loaded_at timestamptz  NOT NULL DEFAULT now()
);
