-- A position's text must exist. The foreign key from positions.position to positions.text checked that
-- row by row: one index lookup and one row lock per position. In a 1,000,000-row import that trigger
-- alone took 9.3 s of the INSERT (EXPLAIN ANALYZE, 994,872 calls), for texts the import itself had just
-- checked or created. Texts are never deleted and never change their id (a correction is a new version
-- under the same id), so a text that exists when a position is written exists for good, and the
-- module's two writers check it there: one position after reading its text, an import by joining the
-- texts in its INSERT and refusing the whole import if a row finds none.
ALTER TABLE positions.position DROP CONSTRAINT position_text_id_fkey;

CREATE FUNCTION positions.refuse_text_removal() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'a text is never deleted and keeps its id: positions refer to it; correct it with a new version'
    USING ERRCODE = 'restrict_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER text_is_never_deleted
  BEFORE DELETE ON positions.text
  FOR EACH STATEMENT EXECUTE FUNCTION positions.refuse_text_removal();

CREATE TRIGGER text_keeps_its_id
  BEFORE UPDATE OF id ON positions.text
  FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION positions.refuse_text_removal();
