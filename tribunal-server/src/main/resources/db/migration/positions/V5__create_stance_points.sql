-- Stance points: a read model of positions for stance timelines, shifts and rule evaluations. One row per
-- claim and current, not retracted position on a text making that claim, with every column those reads
-- return, so that a state's timeline on a claim is one range of the primary key, in date order, instead of
-- a scan of all the state's positions joined with the texts making the claim. It holds nothing that
-- positions.position, positions.text_claim and positions.text do not; it is kept in the transaction that
-- writes them (see org.tribunal.positions.domain.StancePoints) and can always be rebuilt from them.
-- Times are microseconds since the epoch (as stored by PostgreSQL), so a read parses no text per row.
CREATE TABLE positions.stance_point (
  state_code          char(3) NOT NULL,
  claim               text NOT NULL,
  position_date       date NOT NULL,
  text_id             text NOT NULL,
  slot                text NOT NULL,
  version             integer NOT NULL,
  kind                text NOT NULL,
  explanation         text,
  source_title        text NOT NULL,
  source_publisher    text,
  source_date         date,
  source_url          text,
  unconfirmed         boolean NOT NULL,
  note                text,
  reason              text,
  recorded_by         text NOT NULL,
  recorded_at_us      bigint NOT NULL,
  text_version        integer NOT NULL,
  text_recorded_at_us bigint NOT NULL,
  PRIMARY KEY (state_code, claim, position_date, text_id, slot)
);
CREATE INDEX stance_point_position ON positions.stance_point (text_id, state_code, slot);
CREATE INDEX stance_point_claim ON positions.stance_point (claim);

INSERT INTO positions.stance_point
SELECT p.state_code, c.claim, p.position_date, p.text_id, p.slot, p.version, p.kind, p.explanation, p.source_title,
  p.source_publisher, p.source_date, p.source_url, p.unconfirmed, p.note, p.reason, p.recorded_by,
  (extract(epoch FROM p.recorded_at) * 1000000)::bigint, t.version, (extract(epoch FROM t.recorded_at) * 1000000)::bigint
FROM positions.text_claim c
JOIN positions.text t ON t.id = c.text_id
JOIN positions.position p ON p.text_id = c.text_id AND NOT p.superseded AND NOT p.retracted;
