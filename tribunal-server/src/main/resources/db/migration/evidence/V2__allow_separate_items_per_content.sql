-- A further submission of held bytes joins the item only if the submitter may see that item; otherwise
-- it becomes an item of its own that shares the stored blob (the submitter can read what they
-- submitted and learns nothing of the hidden item). Several live items may therefore hold the same
-- content: the unique index becomes a plain one. Concurrent intakes of the same content are
-- serialised with a transaction-scoped advisory lock instead.
DROP INDEX evidence.item_live_content;
CREATE INDEX item_live_content ON evidence.item (sha256) WHERE status <> 'DESTROYED';
