package server

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"sync"

	"github.com/whosaid/whosaid/store"
)

// memStore is an in-memory store by brute force, for the tests of the
// handler that do not depend on a backend (auth, limits, errors). The API
// suite runs on the real backends.
type memStore struct {
	mu   sync.Mutex
	docs map[string]store.Article
}

func newMemStore() *memStore { return &memStore{docs: map[string]store.Article{}} }

func (m *memStore) Put(ctx context.Context, as []store.Article) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, a := range as {
		m.docs[a.Doc.ID] = a
	}
	return nil
}

func (m *memStore) Document(ctx context.Context, id string) (store.Article, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	a, ok := m.docs[id]
	if !ok {
		return a, store.ErrNotFound
	}
	return a, nil
}

func page[T any](items []T, p store.Page) store.List[T] {
	limit := cmp.Or(p.Limit, 50)
	l := store.List[T]{Total: len(items), Next: -1}
	lo, hi := min(p.Offset, len(items)), min(p.Offset+limit, len(items))
	l.Items = items[lo:hi]
	if hi < len(items) {
		l.Next = hi
	}
	return l
}

func (m *memStore) sorted() []store.Article {
	m.mu.Lock()
	defer m.mu.Unlock()
	var as []store.Article
	for _, a := range m.docs {
		as = append(as, a)
	}
	slices.SortFunc(as, func(a, b store.Article) int { return strings.Compare(a.Doc.ID, b.Doc.ID) })
	return as
}

func (m *memStore) Documents(ctx context.Context, f store.DocumentFilter) (store.List[store.DocumentSummary], error) {
	var out []store.DocumentSummary
	for _, a := range m.sorted() {
		if f.Outlet != "" && a.Meta.Outlet != f.Outlet || f.Query != "" && !strings.Contains(strings.ToLower(a.Doc.Text), strings.ToLower(f.Query)) {
			continue
		}
		out = append(out, store.DocumentSummary{ID: a.Doc.ID, Meta: a.Meta, Attributions: len(a.Doc.Attributions)})
	}
	return page(out, f.Page), nil
}

func (m *memStore) Attributions(ctx context.Context, f store.AttributionFilter) (store.List[store.Hit], error) {
	var out []store.Hit
	for _, a := range m.sorted() {
		for i, at := range a.Doc.Attributions {
			if f.Outlet != "" && a.Meta.Outlet != f.Outlet || f.DocID != "" && a.Doc.ID != f.DocID {
				continue
			}
			out = append(out, store.Hit{DocID: a.Doc.ID, Index: i, Attribution: at, Meta: a.Meta})
		}
	}
	return page(out, f.Page), nil
}

func (m *memStore) Speakers(ctx context.Context, f store.SpeakerFilter) (store.List[store.Speaker], error) {
	return page([]store.Speaker(nil), f.Page), nil
}

func (m *memStore) Speaker(ctx context.Context, id int64) (store.SpeakerDetail, error) {
	return store.SpeakerDetail{}, store.ErrNotFound
}

func (m *memStore) Outlets(ctx context.Context, f store.OutletFilter) ([]store.OutletStats, error) {
	return nil, nil
}
func (m *memStore) Optimize(ctx context.Context) error { return nil }

func (m *memStore) Close() error { return nil }

// stubStore fails every call in a way chosen by the test.
type stubStore struct {
	memStore
	call func(ctx context.Context) error
}

func (s *stubStore) Documents(ctx context.Context, f store.DocumentFilter) (store.List[store.DocumentSummary], error) {
	return store.List[store.DocumentSummary]{}, s.call(ctx)
}
