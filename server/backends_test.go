package server

import (
	"path/filepath"
	"testing"

	"whosaid/store"
	"whosaid/store/sqlite"
)

// backend makes new, empty stores of one kind for the API suite.
type backend struct {
	name string
	open func(t *testing.T) store.Store
}

func openSQLite(t *testing.T) store.Store {
	t.Helper()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "api.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// backends are the stores the suite runs on: SQLite always, PostgreSQL
// when a server is given (see openPostgres).
func backends(t *testing.T) []backend {
	bs := []backend{{"sqlite", openSQLite}}
	if open := postgresBackend(t); open != nil {
		bs = append(bs, backend{"postgres", open})
	}
	return bs
}

func TestAPI(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) { runSuite(t, b.open(t)) })
	}
}
