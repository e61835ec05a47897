package open_test

import (
	"database/sql"
	"errors"

	"context"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/whosaid/whosaid/internal/storetest/testdb"
	"github.com/whosaid/whosaid/store"
	"github.com/whosaid/whosaid/store/open"
	"github.com/whosaid/whosaid/store/postgres"
	"github.com/whosaid/whosaid/store/sqlite"
)

func TestOpen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "x.db")
	s, err := open.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := s.(*sqlite.DB); !ok {
		t.Errorf("Open(%s) is a %T, want *sqlite.DB", path, s)
	}
	s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Errorf("no SQLite file made: %v", err)
	}

	t.Chdir(t.TempDir())
	s, err = open.Open(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := os.Stat(open.DefaultAddress); err != nil {
		t.Errorf("Open(\"\") made no %s: %v", open.DefaultAddress, err)
	}
}

func TestOpenPostgres(t *testing.T) {
	url := testdb.PostgresURL(t)
	for _, u := range []string{url, "postgresql" + url[len("postgres"):]} {
		s, err := open.Open(context.Background(), u)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := s.(*postgres.DB); !ok {
			t.Errorf("Open(postgres URL) is a %T, want *postgres.DB", s)
		}
		var _ store.Store = s
		s.Close()
	}
	if !open.IsPostgres("postgresql://x") || open.IsPostgres("postgres.db") {
		t.Error("IsPostgres")
	}
}

// A command that only reads a store must not make one: OpenExisting
// refuses a missing file, an empty one and a database without whosaid's
// schema, and leaves them as they were.
func TestOpenExistingSQLite(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.db")
	if _, err := open.OpenExisting(ctx, missing); err == nil {
		t.Error("a missing file opened")
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("opening a missing file made it")
	}
	for name, content := range map[string]string{"empty.db": "", "notes.txt": "not a database\n"} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := open.OpenExisting(ctx, path)
		if err == nil {
			t.Errorf("%s opened as a store", name)
		}
		if b, _ := os.ReadFile(path); string(b) != content {
			t.Errorf("%s was changed: %d bytes, had %d", name, len(b), len(content))
		}
	}
	if _, err := open.OpenExisting(ctx, filepath.Join(dir, "empty.db")); !errors.Is(err, store.ErrNoStore) {
		t.Errorf("an empty SQLite file: %v, want ErrNoStore", err)
	}
	made := filepath.Join(dir, "made.db")
	s, err := open.Open(ctx, made)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = open.OpenExisting(ctx, made)
	if err != nil {
		t.Fatalf("a store made by Open: %v", err)
	}
	s.Close()
}

func TestOpenExistingPostgres(t *testing.T) {
	ctx := context.Background()
	url := testdb.PostgresURL(t) // an empty schema of its own
	if _, err := open.OpenExisting(ctx, url); !errors.Is(err, store.ErrNoStore) {
		t.Fatalf("an empty database: %v, want ErrNoStore", err)
	}
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var tables int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()`).Scan(&tables); err != nil {
		t.Fatal(err)
	}
	if tables != 0 {
		t.Errorf("refusing an empty database made %d tables in it", tables)
	}
	s, err := open.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = open.OpenExisting(ctx, url)
	if err != nil {
		t.Fatalf("a store made by Open: %v", err)
	}
	s.Close()
}
