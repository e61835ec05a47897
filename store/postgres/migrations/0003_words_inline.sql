-- The words of an attribution move into its row: a search with other
-- filters (outlet, dates, kind) then combines the GIN bitmap with theirs
-- and reads only the rows that match all, instead of every row that
-- matches the words. (SQLite keeps its FTS5 table: a virtual table cannot
-- be a column.)

ALTER TABLE attributions ADD COLUMN words TSVECTOR;
UPDATE attributions a SET words = f.words FROM attribution_fts f WHERE f.id = a.id;
UPDATE attributions SET words = ''::tsvector WHERE words IS NULL;
ALTER TABLE attributions ALTER COLUMN words SET NOT NULL;
CREATE INDEX attributions_words ON attributions USING GIN (words);
DROP TABLE attribution_fts;
