-- Counts kept up to date by Put, so that listing speakers and outlet
-- statistics read a few rows instead of aggregating every attribution.
-- Put adds what it inserts and subtracts what it replaces.

ALTER TABLE speakers ADD COLUMN attributions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE speakers ADD COLUMN documents INTEGER NOT NULL DEFAULT 0;
CREATE INDEX speakers_rank ON speakers (attributions DESC, name, id);

CREATE TABLE outlet_speakers (
	outlet_id    INTEGER NOT NULL REFERENCES outlets (id),
	speaker_id   INTEGER NOT NULL REFERENCES speakers (id),
	attributions INTEGER NOT NULL,
	documents    INTEGER NOT NULL,
	PRIMARY KEY (outlet_id, speaker_id)
);
CREATE INDEX outlet_speakers_rank ON outlet_speakers (outlet_id, attributions DESC, speaker_id);
CREATE INDEX outlet_speakers_speaker ON outlet_speakers (speaker_id);

ALTER TABLE outlets ADD COLUMN documents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outlets ADD COLUMN attributions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outlets ADD COLUMN with_source INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outlets ADD COLUMN anonymous INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outlets ADD COLUMN hedged INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outlets ADD COLUMN direct INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outlets ADD COLUMN indirect INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outlets ADD COLUMN mixed INTEGER NOT NULL DEFAULT 0;

-- What a store of schema 1 already holds.
UPDATE speakers SET
	attributions = (SELECT COUNT(*) FROM attributions a WHERE a.speaker_id = speakers.id),
	documents = (SELECT COUNT(DISTINCT a.doc_pk) FROM attributions a WHERE a.speaker_id = speakers.id);
INSERT INTO outlet_speakers (outlet_id, speaker_id, attributions, documents)
	SELECT outlet_id, speaker_id, COUNT(*), COUNT(DISTINCT doc_pk) FROM attributions
	WHERE outlet_id IS NOT NULL AND speaker_id IS NOT NULL GROUP BY outlet_id, speaker_id;
UPDATE outlets SET
	documents = (SELECT COUNT(*) FROM documents d WHERE d.outlet_id = outlets.id),
	attributions = (SELECT COUNT(*) FROM attributions a WHERE a.outlet_id = outlets.id),
	with_source = (SELECT COUNT(*) FROM attributions a WHERE a.outlet_id = outlets.id AND a.source_text <> ''),
	anonymous = (SELECT COUNT(*) FROM attributions a WHERE a.outlet_id = outlets.id AND a.source_kind = 'anonymous'),
	hedged = (SELECT COUNT(*) FROM attributions a WHERE a.outlet_id = outlets.id AND a.hedged),
	direct = (SELECT COUNT(*) FROM attributions a WHERE a.outlet_id = outlets.id AND a.type = 'direct'),
	indirect = (SELECT COUNT(*) FROM attributions a WHERE a.outlet_id = outlets.id AND a.type = 'indirect'),
	mixed = (SELECT COUNT(*) FROM attributions a WHERE a.outlet_id = outlets.id AND a.type = 'mixed');
