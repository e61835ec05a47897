-- Speakers a researcher can publish: titles kept with their dates,
-- corrections made by people (kept, and made again after a recanon or a
-- re-ingest), and the state of a recanon, so that an interrupted one is
-- resumed. The titles of a store of schema 3 are filled by the next
-- recanon.

-- The fields of a speaker that a correction fixed (bits of
-- store/internal/canon.Fixed: 1 name, 2 kind, 4 title).
ALTER TABLE speakers ADD COLUMN fixed INTEGER NOT NULL DEFAULT 0;

CREATE TABLE speaker_titles (
	speaker_id BIGINT NOT NULL REFERENCES speakers (id),
	title_key  TEXT NOT NULL, -- its telling words, folded
	title      TEXT NOT NULL, -- as last written
	seen       INTEGER NOT NULL,
	first      BIGINT, -- publication dates, microseconds; NULL when unknown
	last       BIGINT,
	PRIMARY KEY (speaker_id, title_key)
);

-- The corrections, as made: who, when, what.
CREATE TABLE speaker_corrections (
	id         BIGINT PRIMARY KEY,
	at         BIGINT NOT NULL,
	actor      TEXT NOT NULL,
	via        TEXT NOT NULL,
	action     TEXT NOT NULL,
	speaker_id BIGINT NOT NULL,
	into_id    BIGINT,
	doc_id     TEXT NOT NULL,
	value      TEXT NOT NULL,
	mentions   INTEGER NOT NULL
);

-- The mentions a correction was about, by what the extractor named them
-- in their document (so that a recanon finds them again): side is
-- 'from' and 'into' for a merge, 'of' otherwise.
CREATE TABLE speaker_correction_mentions (
	correction_id BIGINT NOT NULL REFERENCES speaker_corrections (id),
	side          TEXT NOT NULL,
	doc_id        TEXT NOT NULL,
	kind          TEXT NOT NULL,
	name          TEXT NOT NULL,
	PRIMARY KEY (correction_id, side, doc_id, kind, name)
);

-- The speaker that corrections gave a mention: Put gives it again when
-- the document is stored again.
CREATE TABLE speaker_pins (
	doc_id     TEXT NOT NULL,
	kind       TEXT NOT NULL,
	name       TEXT NOT NULL,
	speaker_id BIGINT NOT NULL REFERENCES speakers (id),
	PRIMARY KEY (doc_id, kind, name)
);
CREATE INDEX speaker_pins_speaker ON speaker_pins (speaker_id);

-- A recanon under way: what it read (fingerprint), the speaker IDs it
-- planned, and the documents it has done.
CREATE TABLE recanon_state (
	id          INTEGER PRIMARY KEY CHECK (id = 1),
	fingerprint TEXT NOT NULL,
	next_doc    BIGINT NOT NULL, -- the first documents.pk not done
	started     BIGINT NOT NULL
);
CREATE TABLE recanon_plan (
	representative TEXT COLLATE "C" NOT NULL PRIMARY KEY,
	speaker_id     BIGINT NOT NULL
);
