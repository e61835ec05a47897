-- The corpus: outlets, documents, their attributions, the canonical
-- speakers, and full-text indexes over the words that Go found and folded
-- (store/internal/textsearch), so that SQLite and PostgreSQL match alike.
-- Dates are microseconds since 1970 UTC, NULL when unknown.

CREATE TABLE outlets (
	id   INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE
);

CREATE TABLE documents (
	pk           INTEGER PRIMARY KEY,
	id           TEXT NOT NULL UNIQUE,
	url          TEXT NOT NULL,
	outlet_id    INTEGER REFERENCES outlets (id),
	published    INTEGER,
	title        TEXT NOT NULL,
	author       TEXT NOT NULL,
	language     TEXT NOT NULL,
	partial      INTEGER NOT NULL,
	text         TEXT NOT NULL,
	-- the rest of the extracted document (headline role, boilerplate,
	-- unattributed sentences, speakers) as the extractor's JSON
	extracted    TEXT NOT NULL,
	attributions INTEGER NOT NULL
);
CREATE INDEX documents_order ON documents (published DESC, id);
CREATE INDEX documents_outlet ON documents (outlet_id, published DESC, id);

CREATE TABLE speakers (
	id    INTEGER PRIMARY KEY,
	kind  TEXT NOT NULL,
	name  TEXT NOT NULL,
	title TEXT NOT NULL,
	-- the canonicaliser's evidence (store/canon.Entity.Evidence), JSON
	evidence TEXT NOT NULL
);

CREATE TABLE speaker_aliases (
	speaker_id INTEGER NOT NULL REFERENCES speakers (id),
	alias      TEXT NOT NULL,
	folded     TEXT NOT NULL, -- lower case, no diacritics, for prefix search
	seen       INTEGER NOT NULL, -- mentions under this name
	PRIMARY KEY (speaker_id, alias)
);
CREATE INDEX speaker_aliases_folded ON speaker_aliases (folded);

CREATE TABLE speaker_keys (
	key        TEXT NOT NULL,
	speaker_id INTEGER NOT NULL REFERENCES speakers (id),
	PRIMARY KEY (key, speaker_id)
);

-- One row per attribution: every field of the extractor as a column, the
-- spans in roles (the attribution's JSON, which round-trips exactly), the
-- document's id, outlet and date repeated for filters and order.
CREATE TABLE attributions (
	id                 INTEGER PRIMARY KEY,
	doc_pk             INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
	doc_id             TEXT NOT NULL,
	idx                INTEGER NOT NULL,
	outlet_id          INTEGER REFERENCES outlets (id),
	published          INTEGER,
	speaker_id         INTEGER REFERENCES speakers (id),
	source_kind        TEXT NOT NULL,
	source_text        TEXT NOT NULL,
	source_speaker     TEXT NOT NULL,
	source_title       TEXT NOT NULL,
	source_description TEXT NOT NULL,
	cue_text           TEXT NOT NULL,
	content_text       TEXT NOT NULL,
	type               TEXT NOT NULL,
	hedged             INTEGER NOT NULL,
	hedge_text         TEXT NOT NULL,
	parent             INTEGER,
	via_text           TEXT NOT NULL,
	implicit           INTEGER NOT NULL,
	recovered          INTEGER NOT NULL,
	roles              TEXT NOT NULL,
	UNIQUE (doc_pk, idx)
);
CREATE INDEX attributions_order ON attributions (published DESC, doc_id, idx);
CREATE INDEX attributions_speaker ON attributions (speaker_id, published DESC, doc_id, idx);
CREATE INDEX attributions_outlet ON attributions (outlet_id, published DESC, doc_id, idx);

-- Contentless: the words are not stored twice; rows are deleted by rowid,
-- which is attributions.id and documents.pk.
CREATE VIRTUAL TABLE attribution_fts USING fts5 (words, content = '', contentless_delete = 1, tokenize = 'ascii');
CREATE VIRTUAL TABLE document_fts USING fts5 (words, content = '', contentless_delete = 1, tokenize = 'ascii');
