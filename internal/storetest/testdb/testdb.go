// Package testdb opens fresh stores for tests, on every backend: a SQLite
// file in a temporary folder, and a PostgreSQL schema of its own on the
// server that WHOSAID_TEST_POSTGRES names.
//
// Without WHOSAID_TEST_POSTGRES the PostgreSQL tests are skipped, unless
// WHOSAID_REQUIRE_POSTGRES is set (as .ci/run does): then they fail, so
// that CI can never skip them silently.
package testdb

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5/stdlib"

	"github.com/whosaid/whosaid/store"
	"github.com/whosaid/whosaid/store/postgres"
	"github.com/whosaid/whosaid/store/sqlite"
)

// The environment variables of the PostgreSQL tests.
const (
	EnvPostgres        = "WHOSAID_TEST_POSTGRES"
	EnvRequirePostgres = "WHOSAID_REQUIRE_POSTGRES"
)

// SQLite opens a new store in a temporary file, closed at the end of t.
func SQLite(t testing.TB) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(t.TempDir() + "/test.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := db.IntegrityCheck(context.Background()); err != nil {
			t.Errorf("sqlite integrity: %v", err)
		}
		db.Close()
	})
	return db
}

// PostgresURL returns the URL of a new, empty schema on the test server,
// dropped at the end of t; it skips t when there is no server (or fails
// it when one is required).
func PostgresURL(t testing.TB) string {
	t.Helper()
	base := os.Getenv(EnvPostgres)
	if base == "" {
		if os.Getenv(EnvRequirePostgres) != "" {
			t.Fatalf("%s is set but %s is not: the PostgreSQL tests cannot run", EnvRequirePostgres, EnvPostgres)
		}
		t.Skipf("%s is not set; run .ci/postgres.sh for a local server", EnvPostgres)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", EnvPostgres, err)
	}
	var b [8]byte
	rand.Read(b[:])
	schema := "test_" + hex.EncodeToString(b[:])
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	if _, err := admin.Exec(`CREATE SCHEMA ` + schema); err != nil {
		t.Fatalf("creating schema: %v", err)
	}
	t.Cleanup(func() {
		admin, err := sql.Open("pgx", base)
		if err != nil {
			t.Error(err)
			return
		}
		defer admin.Close()
		if _, err := admin.Exec(`DROP SCHEMA ` + schema + ` CASCADE`); err != nil {
			t.Errorf("dropping schema: %v", err)
		}
	})
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// Postgres opens a new store in a schema of its own on the test server.
func Postgres(t testing.TB) *postgres.DB {
	t.Helper()
	db, err := postgres.Open(context.Background(), PostgresURL(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := db.Check(context.Background()); err != nil {
			t.Errorf("postgres consistency: %v", err)
		}
		db.Close()
	})
	return db
}

// Backends are the openers of a new store on each backend, by name.
var Backends = []struct {
	Name string
	Open func(t testing.TB) store.Store
}{
	{"sqlite", func(t testing.TB) store.Store { return SQLite(t) }},
	{"postgres", func(t testing.TB) store.Store { return Postgres(t) }},
}

var _ = stdlib.GetDefaultDriver // registers the "pgx" database/sql driver
