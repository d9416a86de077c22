-- One index fewer to maintain per position written. A state's current positions (its page, its list in the
-- API) were read through position_state_current (state_code, position_date) WHERE NOT superseded; the primary
-- key now leads with the state, so that range of it serves them (the few superseded versions among them are
-- filtered out), and the third index goes. position_current (text_id, state_code, slot) WHERE NOT superseded
-- still serves a text's positions and keeps one current version per slot. Disputes refer to a position
-- version by the same four columns, so their foreign key is made again on the new key.
ALTER TABLE positions.dispute DROP CONSTRAINT dispute_text_id_state_code_slot_position_version_fkey;
ALTER TABLE positions.position DROP CONSTRAINT position_pkey;
ALTER TABLE positions.position ADD PRIMARY KEY (state_code, text_id, slot, version);
ALTER TABLE positions.dispute ADD FOREIGN KEY (state_code, text_id, slot, position_version)
  REFERENCES positions.position (state_code, text_id, slot, version);
DROP INDEX positions.position_state_current;
