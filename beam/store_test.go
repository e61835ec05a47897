package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver

	"github.com/whosaid/whosaid/store"
	"github.com/whosaid/whosaid/store/open"
)

// postgresURL returns the URL of a new schema on the server that
// WHOSAID_TEST_POSTGRES names (see .ci/postgres.sh), dropped at the end of
// t; without one the test skips, or fails when WHOSAID_REQUIRE_POSTGRES is
// set, as the main module's store tests do.
func postgresURL(t *testing.T) string {
	t.Helper()
	base := os.Getenv("WHOSAID_TEST_POSTGRES")
	if base == "" {
		if os.Getenv("WHOSAID_REQUIRE_POSTGRES") != "" {
			t.Fatal("WHOSAID_REQUIRE_POSTGRES is set but WHOSAID_TEST_POSTGRES is not")
		}
		t.Skip("WHOSAID_TEST_POSTGRES is not set; run .ci/postgres.sh for a local server")
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("WHOSAID_TEST_POSTGRES: %v", err)
	}
	var b [8]byte
	rand.Read(b[:])
	schema := "beam_" + hex.EncodeToString(b[:])
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec(`DROP SCHEMA ` + schema + ` CASCADE`); err != nil {
			t.Errorf("dropping schema: %v", err)
		}
		admin.Close()
	})
	if _, err := admin.Exec(`CREATE SCHEMA ` + schema); err != nil {
		t.Fatalf("creating schema: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// TestStore: with --db, every document extracted is stored with its
// attributions, and a second run (as a retry is) stores each once.
func TestStore(t *testing.T) {
	db := postgresURL(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	writeCorpus(t, in)
	c := defaultConfig()
	c.Inputs, c.DB, c.Batch = []string{filepath.Join(in, "*")}, db, 2
	var stored int64
	for run := range 2 {
		c.Output = filepath.Join(dir, "run", string(rune('a'+run)))
		n := runPipeline(t, c)
		if n["stored"] != n["extracted"] || n["store_failed"] != 0 {
			t.Fatalf("run %d: counters %v", run, n)
		}
		stored = n["stored"]
	}

	ctx := context.Background()
	s, err := open.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	list, err := s.Documents(ctx, store.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if int64(list.Total) != stored || stored < 5 {
		t.Errorf("%d documents in the store, %d stored per run", list.Total, stored)
	}
	// Each document holds the attributions of its output line.
	for _, line := range shardLines(t, c.Output+"-[0-9]*.jsonl") {
		var out struct {
			ID           string            `json:"id"`
			Attributions []json.RawMessage `json:"attributions"`
			DuplicateOf  string            `json:"duplicate_of"`
		}
		if err := json.Unmarshal([]byte(line), &out); err != nil {
			t.Fatal(err)
		}
		a, err := s.Document(ctx, out.ID)
		if out.DuplicateOf != "" {
			continue // copies are not extracted, so not stored
		}
		if err != nil {
			t.Errorf("%s: %v", out.ID, err)
			continue
		}
		if len(a.Doc.Attributions) != len(out.Attributions) {
			t.Errorf("%s: %d attributions stored, %d written", out.ID, len(a.Doc.Attributions), len(out.Attributions))
		}
	}
}
