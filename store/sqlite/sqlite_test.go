package sqlite_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/whosaid/whosaid/internal/polnear"
	"github.com/whosaid/whosaid/internal/shared"

	"github.com/whosaid/whosaid/internal/storetest"
	"github.com/whosaid/whosaid/internal/storetest/testdb"
	"github.com/whosaid/whosaid/store"
	"github.com/whosaid/whosaid/store/sqlite"
)

func open(t *testing.T) store.Store {
	t.Helper()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := db.IntegrityCheck(context.Background()); err != nil {
			t.Errorf("integrity: %v", err)
		}
		db.Close()
	})
	return db
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }

func TestReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "re.db")
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Put(context.Background(), storetest.Corpus()); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	v, err := db.SchemaVersion(context.Background())
	if err != nil || v < 1 {
		t.Errorf("schema version %d, %v", v, err)
	}
	d, err := db.Documents(context.Background(), store.DocumentFilter{})
	if err != nil || d.Total != len(storetest.Corpus()) {
		t.Errorf("after reopening: %v, %d documents", err, d.Total)
	}
}

func TestBadPath(t *testing.T) {
	for _, p := range []string{"", "a?b", ":memory:", "file:x.db"} {
		if _, err := sqlite.Open(p); !errors.Is(err, sqlite.ErrPath) {
			t.Errorf("Open(%q): %v, want ErrPath", p, err)
		}
	}
	if _, err := sqlite.Open(filepath.Join(t.TempDir(), "no", "such", "dir", "x.db")); err == nil {
		t.Error("Open in a missing folder: no error")
	}
}

func BenchmarkPut(b *testing.B) {
	articles := storetest.PolNeAR(b, shared.Path(b, polnear.DevJSONL), 0)
	storetest.BenchmarkPut(b, func(b *testing.B) store.Store { return testdb.SQLite(b) }, articles)
}

// TestConcurrentOpen: processes that open a new store at once all get it.
func TestConcurrentOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			db, err := sqlite.Open(path)
			if err == nil {
				db.Close()
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
