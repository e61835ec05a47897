package sqlstore

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// Check verifies that the tables agree: every attribution's document
// exists, each document has as many attributions as it says, and each
// attribution and document has its one full-text row. nil when they do.
func (s *Store) Check(ctx context.Context) error {
	key := s.d.FTSKey
	checks := []struct{ what, q string }{
		{"attributions without their document",
			`SELECT COUNT(*) FROM attributions a WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.pk = a.doc_pk)`},
		{"documents whose attribution count is wrong",
			`SELECT COUNT(*) FROM documents d WHERE d.attributions <> (SELECT COUNT(*) FROM attributions a WHERE a.doc_pk = d.pk)`},
		{"attributions without a speaker row",
			`SELECT COUNT(*) FROM attributions a WHERE a.speaker_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM speakers s WHERE s.id = a.speaker_id)`},
		{"attribution index rows not matching attributions",
			`SELECT (SELECT COUNT(*) FROM attribution_fts) - (SELECT COUNT(*) FROM attributions)`},
		{"attribution index rows of no attribution",
			`SELECT COUNT(*) FROM attribution_fts f WHERE NOT EXISTS (SELECT 1 FROM attributions a WHERE a.id = f.` + key + `)`},
		{"document index rows not matching documents",
			`SELECT (SELECT COUNT(*) FROM document_fts) - (SELECT COUNT(*) FROM documents)`},
		{"speakers whose kept counts are wrong",
			`SELECT COUNT(*) FROM speakers s WHERE s.attributions <> (SELECT COUNT(*) FROM attributions a WHERE a.speaker_id = s.id)
				OR s.documents <> (SELECT COUNT(DISTINCT a.doc_pk) FROM attributions a WHERE a.speaker_id = s.id)`},
		{"outlet speakers whose kept counts are wrong",
			`SELECT COUNT(*) FROM outlet_speakers os WHERE os.attributions <> (SELECT COUNT(*) FROM attributions a
				WHERE a.speaker_id = os.speaker_id AND a.outlet_id = os.outlet_id)
				OR os.documents <> (SELECT COUNT(DISTINCT a.doc_pk) FROM attributions a WHERE a.speaker_id = os.speaker_id AND a.outlet_id = os.outlet_id)`},
		{"outlet speakers not kept",
			`SELECT COUNT(*) FROM (SELECT DISTINCT outlet_id, speaker_id FROM attributions WHERE outlet_id IS NOT NULL AND speaker_id IS NOT NULL) p
				WHERE NOT EXISTS (SELECT 1 FROM outlet_speakers os WHERE os.outlet_id = p.outlet_id AND os.speaker_id = p.speaker_id)`},
		{"outlets whose kept counts are wrong",
			`SELECT COUNT(*) FROM outlets o WHERE o.documents <> (SELECT COUNT(*) FROM documents d WHERE d.outlet_id = o.id)
				OR o.attributions <> (SELECT COUNT(*) FROM attributions a WHERE a.outlet_id = o.id)
				OR o.anonymous <> (SELECT COUNT(*) FROM attributions a WHERE a.outlet_id = o.id AND a.source_kind = 'anonymous')
				OR o.hedged <> (SELECT COUNT(*) FROM attributions a WHERE a.outlet_id = o.id AND a.hedged)
				OR o.direct + o.indirect + o.mixed <> (SELECT COUNT(*) FROM attributions a WHERE a.outlet_id = o.id AND a.type IN ('direct', 'indirect', 'mixed'))`},
		{"speakers whose kept gender evidence is wrong",
			`SELECT COUNT(*) FROM speakers s
				WHERE s.female_docs <> (SELECT COUNT(*) FROM speaker_gender_evidence e WHERE e.speaker_id = s.id AND e.gender = 'female')
				OR s.male_docs <> (SELECT COUNT(*) FROM speaker_gender_evidence e WHERE e.speaker_id = s.id AND e.gender = 'male')`},
		{"gender evidence of no document or speaker, or neither female nor male",
			`SELECT COUNT(*) FROM speaker_gender_evidence e WHERE e.gender NOT IN ('female', 'male')
				OR NOT EXISTS (SELECT 1 FROM attributions a WHERE a.doc_pk = e.doc_pk AND a.speaker_id = e.speaker_id)`},
		{"document index rows of no document",
			`SELECT COUNT(*) FROM document_fts f WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.pk = f.` + key + `)`},
	}
	if s.d.WordsInline { // the words are a NOT NULL column; no index table
		checks = slices.DeleteFunc(checks, func(c struct{ what, q string }) bool { return strings.Contains(c.q, "attribution_fts") })
	}
	for _, c := range checks {
		var n int
		if err := s.db.QueryRowContext(ctx, c.q).Scan(&n); err != nil {
			return fmt.Errorf("checking %s: %w", c.what, err)
		}
		if n != 0 {
			return fmt.Errorf("%s: %d", c.what, n)
		}
	}
	return nil
}
