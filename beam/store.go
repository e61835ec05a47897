package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/store"
	"github.com/whosaid/whosaid/store/open"
)

// keyStoreFn keys a document to store by a shard of its ID.
type keyStoreFn struct {
	Shards int
}

func (fn *keyStoreFn) ProcessElement(r storeRecord) (int, storeRecord) {
	return shardOf(r.ID, fn.Shards), r
}

// putFn writes the documents of one shard to the PostgreSQL store, Batch
// per transaction. Put replaces a document already stored under the same
// ID, so a retried bundle stores each document once. A batch the store
// refuses is written one by one: a document it refuses alone is a dead
// letter; when it refuses them all, the store is at fault and the bundle
// fails, for Beam to retry.
type putFn struct {
	DB    string
	Batch int

	s store.Store
}

func (fn *putFn) Setup(ctx context.Context) error {
	s, err := open.Open(ctx, fn.DB)
	if err != nil {
		return fmt.Errorf("opening the store: %w", err)
	}
	fn.s = s
	return nil
}

func (fn *putFn) Teardown() error {
	if fn.s == nil {
		return nil
	}
	return fn.s.Close()
}

func (fn *putFn) ProcessElement(ctx context.Context, _ int, docs func(*storeRecord) bool, emitFail func(failure)) (int, error) {
	var batch []store.Article
	stored := 0
	var r storeRecord
	for docs(&r) {
		a, err := decodeArticle(r)
		if err != nil {
			return 0, err // written by extractFn: a bug, not the input's
		}
		batch = append(batch, a)
		if len(batch) >= fn.Batch {
			n, err := fn.put(ctx, batch, emitFail)
			if err != nil {
				return 0, err
			}
			stored += n
			batch = batch[:0]
		}
		r = storeRecord{}
	}
	n, err := fn.put(ctx, batch, emitFail)
	return stored + n, err
}

// put writes one batch; it returns how many documents are stored.
func (fn *putFn) put(ctx context.Context, batch []store.Article, emitFail func(failure)) (int, error) {
	if len(batch) == 0 {
		return 0, nil
	}
	err := fn.s.Put(ctx, batch)
	if err == nil {
		storedDocs.Inc(ctx, int64(len(batch)))
		return len(batch), nil
	}
	if ctx.Err() != nil {
		return 0, ctx.Err()
	}
	ok := 0
	var errs []error
	for _, a := range batch {
		if err := fn.s.Put(ctx, []store.Article{a}); err != nil {
			errs = append(errs, err)
			storeFailed.Inc(ctx, 1)
			emitFail(failure{ID: a.Doc.ID, Stage: "store", Error: fmt.Sprintf("storing %s: %v", a.Doc.ID, err)})
			continue
		}
		ok++
	}
	if ok == 0 {
		return 0, fmt.Errorf("the store takes no document: %w", errors.Join(append([]error{err}, errs...)...))
	}
	storedDocs.Inc(ctx, int64(ok))
	return ok, nil
}

// decodeArticle decodes a document to store.
func decodeArticle(r storeRecord) (store.Article, error) {
	a := store.Article{Doc: new(whosaid.Document)}
	if err := json.Unmarshal(r.Doc, a.Doc); err != nil {
		return a, fmt.Errorf("%s: document: %w", r.ID, err)
	}
	if err := json.Unmarshal(r.Meta, &a.Meta); err != nil {
		return a, fmt.Errorf("%s: meta: %w", r.ID, err)
	}
	return a, nil
}

// optimizeFn brings the store's planner statistics up to date once every
// document is stored, as `whosaid ingest` does at its end.
type optimizeFn struct {
	DB string
}

func (fn *optimizeFn) ProcessElement(ctx context.Context, stored int) error {
	if stored == 0 {
		return nil
	}
	s, err := open.Open(ctx, fn.DB)
	if err != nil {
		return fmt.Errorf("opening the store: %w", err)
	}
	defer s.Close()
	return s.Optimize(ctx)
}
