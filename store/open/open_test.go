package open_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

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
