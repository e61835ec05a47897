package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/store"
)

// Questions are the queries whose answers Compare compares: every method,
// every filter, pages.
func Questions() map[string]func(ctx context.Context, s store.Store) (any, error) {
	yes := true
	q := map[string]func(ctx context.Context, s store.Store) (any, error){
		"outlets": func(ctx context.Context, s store.Store) (any, error) { return s.Outlets(ctx, store.OutletFilter{}) },
		"outlets gender": func(ctx context.Context, s store.Store) (any, error) {
			return s.Outlets(ctx, store.OutletFilter{Gender: true})
		},
		"outlets dates": func(ctx context.Context, s store.Store) (any, error) {
			return s.Outlets(ctx, store.OutletFilter{From: time.Date(2015, 7, 2, 0, 0, 0, 0, time.UTC), To: time.Date(2016, 10, 1, 0, 0, 0, 0, time.UTC), Gender: true})
		},
	}
	docs := map[string]store.DocumentFilter{
		"all":        {Page: store.Page{Limit: store.MaxLimit}},
		"page 2":     {Page: store.Page{Limit: 7, Offset: 7}},
		"text":       {Query: "clinton", Page: store.Page{Limit: 100}},
		"phrase":     {Query: `"the campaign"`, Page: store.Page{Limit: 100}},
		"prefix":     {Query: "negoti* iran"},
		"outlet":     {Outlet: "Wire Service"},
		"date range": {From: time.Date(2015, 7, 2, 0, 0, 0, 0, time.UTC), To: time.Date(2016, 10, 1, 0, 0, 0, 0, time.UTC), Page: store.Page{Limit: 100}},
	}
	for name, f := range docs {
		q["documents "+name] = func(ctx context.Context, s store.Store) (any, error) { return s.Documents(ctx, f) }
	}
	attrs := map[string]store.AttributionFilter{
		"all":         {Page: store.Page{Limit: store.MaxLimit}},
		"page 3":      {Page: store.Page{Limit: 25, Offset: 50}},
		"text":        {Query: "trump", Page: store.Page{Limit: 200}},
		"words":       {Query: "said the", Page: store.Page{Limit: 200}},
		"phrase":      {Query: `"white house"`, Page: store.Page{Limit: 200}},
		"prefix":      {Query: "elect*", Page: store.Page{Limit: 200}},
		"accents":     {Query: "négociations"},
		"speaker":     {Speaker: "Clinton", Page: store.Page{Limit: 200}},
		"speaker id":  {SpeakerID: 3},
		"anonymous":   {Kind: whosaid.Anonymous, Page: store.Page{Limit: 200}},
		"direct":      {Type: whosaid.Direct, Page: store.Page{Limit: 200}},
		"hedged":      {Hedged: &yes},
		"outlet text": {Outlet: "Wire Service", Query: "talks"},
		"dates":       {From: time.Date(2016, 9, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2016, 11, 1, 0, 0, 0, 0, time.UTC), Page: store.Page{Limit: 200}},
		"document":    {DocID: "wire-1"},
	}
	for name, f := range attrs {
		q["attributions "+name] = func(ctx context.Context, s store.Store) (any, error) { return s.Attributions(ctx, f) }
	}
	speakers := map[string]store.SpeakerFilter{
		"all":         {Page: store.Page{Limit: store.MaxLimit}},
		"name":        {Name: "cl"},
		"persons":     {Kind: whosaid.Person, Page: store.Page{Limit: 100}},
		"outlet":      {Outlet: "Wire Service"},
		"gender":      {Kind: whosaid.Person, Gender: true, Page: store.Page{Limit: 100}},
		"outlet case": {Outlet: "wire SERVICE", Gender: true},
	}
	for name, f := range speakers {
		q["speakers "+name] = func(ctx context.Context, s store.Store) (any, error) { return s.Speakers(ctx, f) }
	}
	for _, id := range []int64{1, 2, 3, 5, 8, 13, 21} {
		q[fmt.Sprintf("speaker %d", id)] = func(ctx context.Context, s store.Store) (any, error) { return s.Speaker(ctx, id) }
	}
	q["document wire-1"] = func(ctx context.Context, s store.Store) (any, error) { return s.Document(ctx, "wire-1") }
	return q
}

// Compare puts Corpus and extra into both stores, in the same batches,
// and fails t where the answers to Questions differ (as JSON, errors by
// their text).
func Compare(t *testing.T, a, b store.Store, extra ...store.Article) {
	t.Helper()
	ctx := context.Background()
	for _, s := range []store.Store{a, b} {
		if err := s.Put(ctx, Corpus()); err != nil {
			t.Fatal(err)
		}
		for lo := 0; lo < len(extra); lo += 16 {
			if err := s.Put(ctx, extra[lo:min(lo+16, len(extra))]); err != nil {
				t.Fatal(err)
			}
		}
	}
	answered := 0
	for name, ask := range Questions() {
		ja, jb := answer(t, ctx, ask, a), answer(t, ctx, ask, b)
		if ja != jb {
			t.Errorf("%s: the answers differ:\n%.2000s\n%.2000s", name, ja, jb)
		}
		if len(ja) > 40 {
			answered++
		}
	}
	if answered < len(Questions())/2 {
		t.Errorf("only %d of %d questions have an answer: the corpus is too small to compare", answered, len(Questions()))
	}
}

func answer(t *testing.T, ctx context.Context, ask func(context.Context, store.Store) (any, error), s store.Store) string {
	v, err := ask(ctx, s)
	if err != nil {
		return "error: " + err.Error()
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
