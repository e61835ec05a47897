package sqlite

import (
	"context"
	"database/sql"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/whosaid/whosaid/store"
	"github.com/whosaid/whosaid/store/internal/sqlstore"
)

// TestMigrateFromVersion1 makes a store of schema 1 with rows in it, then
// opens it with this program: schema 2 must backfill its kept counts.
func TestMigrateFromVersion1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	v1, err := fs.ReadFile(migrations, "migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", path+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	old, err := sqlstore.New(ctx, db, sqlstore.SQLite(fstest.MapFS{"0001_init.sql": {Data: v1}}))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO outlets (id, name) VALUES (1, 'Wire')`,
		`INSERT INTO documents (pk, id, url, outlet_id, published, title, author, language, partial, text, extracted, attributions)
			VALUES (1, 'd1', '', 1, 1000000, '', '', '', 0, 'Zarif said yes. Officials allegedly said no.', '{}', 2),
			       (2, 'd2', '', 1, 2000000, '', '', '', 0, 'Zarif said maybe.', '{}', 1)`,
		`INSERT INTO speakers (id, kind, name, title, evidence) VALUES (1, 'person', 'Zarif', '', '{}'), (2, 'anonymous', 'Officials', '', '{}')`,
		`INSERT INTO attributions (id, doc_pk, doc_id, idx, outlet_id, published, speaker_id, source_kind, source_text, source_speaker,
			source_title, source_description, cue_text, content_text, type, hedged, hedge_text, parent, via_text, implicit, recovered, roles)
			VALUES (1, 1, 'd1', 0, 1, 1000000, 1, 'person', 'Zarif', 'Zarif', '', '', 'said', 'yes', 'indirect', 0, '', NULL, '', 0, 0, '{}'),
			       (2, 1, 'd1', 1, 1, 1000000, 2, 'anonymous', 'Officials', 'Officials', '', 'Officials', 'said', 'no', 'indirect', 1, 'allegedly', NULL, '', 0, 0, '{}'),
			       (3, 2, 'd2', 0, 1, 2000000, 1, 'person', 'Zarif', 'Zarif', '', '', 'said', 'maybe', 'direct', 0, '', NULL, '', 0, 0, '{}')`,
		`INSERT INTO attribution_fts (rowid, words) VALUES (1, 'yes'), (2, 'no'), (3, 'maybe')`,
		`INSERT INTO document_fts (rowid, words) VALUES (1, 'zarif said yes'), (2, 'zarif said maybe')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%.60s: %v", q, err)
		}
	}
	old.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	all, err := sqlstore.Migrations(sub)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := s.SchemaVersion(ctx); err != nil || v != len(all) || v < 2 {
		t.Errorf("schema version %d, %v; want the latest, %d", v, err, len(all))
	}
	if err := s.IntegrityCheck(ctx); err != nil {
		t.Errorf("after migrating: %v", err)
	}
	sp, err := s.Speakers(ctx, store.SpeakerFilter{})
	if err != nil || len(sp.Items) != 2 || sp.Items[0].Name != "Zarif" || sp.Items[0].Attributions != 2 || sp.Items[0].Documents != 2 || sp.Items[0].Outlets != 1 {
		t.Errorf("speakers after migrating: %v %+v", err, sp.Items)
	}
	os, err := s.Outlets(ctx, store.OutletFilter{})
	if err != nil || len(os) != 1 || os[0].Documents != 2 || os[0].Attributions != 3 || os[0].HedgeRate != 1.0/3 || os[0].AnonymousShare != 1.0/3 || os[0].Direct != 1 {
		t.Errorf("outlets after migrating: %v %+v", err, os)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec(`INSERT INTO schema_version (version, name) VALUES (99, 'future.sql')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(path); err == nil || !strings.Contains(err.Error(), "newer than this program") {
		t.Errorf("opening a store of schema 99: %v", err)
	}
}

func TestMigrationFiles(t *testing.T) {
	for name, fsys := range map[string]fstest.MapFS{
		"gap":      {"0001_a.sql": {}, "0003_c.sql": {}},
		"bad name": {"0001_a.sql": {}, "two.sql": {}},
		"zero":     {"0000_a.sql": {}},
	} {
		if _, err := sqlstore.Migrations(fsys); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	ms, err := sqlstore.Migrations(fstest.MapFS{"0002_b.sql": {Data: []byte("B")}, "0001_a.sql": {Data: []byte("A")}})
	if err != nil || len(ms) != 2 || ms[0].SQL != "A" || ms[1].Version != 2 {
		t.Errorf("ordered migrations: %v %+v", err, ms)
	}
	sub, _ := fs.Sub(migrations, "migrations")
	if _, err := sqlstore.Migrations(sub); err != nil {
		t.Errorf("the embedded migrations: %v", err)
	}
}
