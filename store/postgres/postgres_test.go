package postgres_test

import (
	"context"
	"errors"
	"testing"

	"github.com/whosaid/whosaid/internal/polnear"
	"github.com/whosaid/whosaid/internal/shared"

	"github.com/whosaid/whosaid/internal/storetest"
	"github.com/whosaid/whosaid/internal/storetest/testdb"
	"github.com/whosaid/whosaid/store"
	"github.com/whosaid/whosaid/store/postgres"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return testdb.Postgres(t) })
}

// TestSameAnswers puts the same corpus into SQLite and PostgreSQL and
// asks both the same questions: the answers must be the same JSON.
func TestSameAnswers(t *testing.T) {
	pg := testdb.Postgres(t)
	lite := testdb.SQLite(t)
	storetest.Compare(t, lite, pg, storetest.PolNeAR(t, shared.Path(t, polnear.DevJSONL), 40)...)
}

func TestReopen(t *testing.T) {
	url := testdb.PostgresURL(t)
	ctx := context.Background()
	db, err := postgres.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Put(ctx, storetest.Corpus()); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = postgres.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if v, err := db.SchemaVersion(ctx); err != nil || v < 1 {
		t.Errorf("schema version %d, %v", v, err)
	}
	d, err := db.Documents(ctx, store.DocumentFilter{})
	if err != nil || d.Total != len(storetest.Corpus()) {
		t.Errorf("after reopening: %v, %d documents", err, d.Total)
	}
}

func TestBadURL(t *testing.T) {
	for _, u := range []string{"", "mysql://x", "whosaid.db", "://"} {
		if _, err := postgres.Open(context.Background(), u); !errors.Is(err, postgres.ErrURL) {
			t.Errorf("Open(%q): %v, want ErrURL", u, err)
		}
	}
}

func BenchmarkPut(b *testing.B) {
	articles := storetest.PolNeAR(b, shared.Path(b, polnear.DevJSONL), 0)
	storetest.BenchmarkPut(b, func(b *testing.B) store.Store { return testdb.Postgres(b) }, articles)
}

// TestConcurrentOpen: processes that open a new store at once all get it
// (the schema is made once, under the write lock).
func TestConcurrentOpen(t *testing.T) {
	url := testdb.PostgresURL(t)
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			db, err := postgres.Open(context.Background(), url)
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
