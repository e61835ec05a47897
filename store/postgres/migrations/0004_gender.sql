-- The evidence of each person's gender (internal/gender, docs/GENDER.md):
-- the documents whose text says female and those whose text says male,
-- kept up to date by Put; a speaker's gender is worked out from the two
-- counts when it is read (gender.Aggregate). The rows of
-- speaker_gender_evidence are the decisions per document, so that a
-- replaced document takes its own away. Documents stored before this
-- schema have no evidence until they are stored again.

ALTER TABLE speakers ADD COLUMN female_docs INTEGER NOT NULL DEFAULT 0;
ALTER TABLE speakers ADD COLUMN male_docs INTEGER NOT NULL DEFAULT 0;

CREATE TABLE speaker_gender_evidence (
	doc_pk     BIGINT NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
	speaker_id BIGINT NOT NULL REFERENCES speakers (id),
	gender     TEXT NOT NULL,
	PRIMARY KEY (doc_pk, speaker_id)
);
