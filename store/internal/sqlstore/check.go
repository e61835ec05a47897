package sqlstore

import (
	"context"
	"fmt"
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
		{"document index rows of no document",
			`SELECT COUNT(*) FROM document_fts f WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.pk = f.` + key + `)`},
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
