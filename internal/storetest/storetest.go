package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/store"
)

// Run runs the conformance suite on stores made by open, each new and
// empty; open registers their closing with t.Cleanup.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"Replace", testReplace},
		{"AllOrNothing", testAllOrNothing},
		{"NotFound", testNotFound},
		{"Documents", testDocuments},
		{"Pagination", testPagination},
		{"Attributions", testAttributions},
		{"FullText", testFullText},
		{"BadQueries", testBadQueries},
		{"Speakers", testSpeakers},
		{"SpeakerDetail", testSpeakerDetail},
		{"Outlets", testOutlets},
		{"OutletsInRange", testOutletsInRange},
		{"OutletCase", testOutletCase},
		{"Gender", testGender},
		{"Concurrent", testConcurrent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open(t)) })
	}
}

func put(t *testing.T, s store.Store, as ...store.Article) {
	t.Helper()
	if err := s.Put(context.Background(), as); err != nil {
		t.Fatalf("Put: %v", err)
	}
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func testRoundTrip(t *testing.T, s store.Store) {
	corpus := Corpus()
	put(t, s, corpus...)
	for _, want := range Corpus() {
		got, err := s.Document(context.Background(), want.Doc.ID)
		if err != nil {
			t.Fatalf("Document(%s): %v", want.Doc.ID, err)
		}
		want.Meta.Published = want.Meta.Published.UTC()
		if g, w := jsonOf(t, got.Doc), jsonOf(t, want.Doc); g != w {
			t.Errorf("Document(%s).Doc:\n got %s\nwant %s", want.Doc.ID, g, w)
		}
		if g, w := jsonOf(t, got.Meta), jsonOf(t, want.Meta); g != w {
			t.Errorf("Document(%s).Meta:\n got %s\nwant %s", want.Doc.ID, g, w)
		}
	}
	// The rest of a document (headline, speakers, ...) round-trips too.
	doc := &whosaid.Document{ID: "full", Text: "Title. Body said here.",
		Title:        &whosaid.Role{Text: "Title.", Spans: []whosaid.Span{{0, 6}}},
		Unattributed: []whosaid.Role{{Text: "Body", Spans: []whosaid.Span{{7, 11}}}},
		Speakers:     []whosaid.Speaker{{Name: "Body", Kind: whosaid.Person, Attributions: 0, Mentions: []whosaid.Role{}}},
		Attributions: []whosaid.Attribution{}}
	put(t, s, store.Article{Doc: doc})
	got, err := s.Document(context.Background(), "full")
	if err != nil {
		t.Fatal(err)
	}
	if g, w := jsonOf(t, got.Doc), jsonOf(t, doc); g != w {
		t.Errorf("Document(full):\n got %s\nwant %s", g, w)
	}
}

func testReplace(t *testing.T, s store.Store) {
	ctx := context.Background()
	corpus := Corpus()
	put(t, s, corpus...)
	before, err := s.Documents(ctx, store.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	// The same ID again, with other text and one attribution.
	b := newDoc("wire-1", "Zarif said the replacement text counts.").
		add(attr{source: "Zarif", cue: "said", content: "the replacement text counts", kind: whosaid.Person})
	put(t, s, storeArticle(b, "Evening Post", "2016-01-01", "Replaced"))
	put(t, s, storeArticle(b, "Evening Post", "2016-01-01", "Replaced")) // twice: still one
	after, err := s.Documents(ctx, store.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if after.Total != before.Total {
		t.Errorf("documents after replacing one: %d, want %d", after.Total, before.Total)
	}
	hits, err := s.Attributions(ctx, store.AttributionFilter{DocID: "wire-1"})
	if err != nil {
		t.Fatal(err)
	}
	if hits.Total != 1 || hits.Items[0].Attribution.Content.Text != "the replacement text counts" ||
		hits.Items[0].Meta.Outlet != "Evening Post" {
		t.Errorf("attributions of the replaced document: %s", jsonOf(t, hits))
	}
	// The old contents are gone from the full-text index; the new are in.
	if old, err := s.Attributions(ctx, store.AttributionFilter{Query: "enriching OR sanctions must end"}); err != nil || old.Total != 0 {
		t.Errorf("old content still found: %v %s", err, jsonOf(t, old))
	}
	if n, err := s.Attributions(ctx, store.AttributionFilter{Query: "replacement"}); err != nil || n.Total != 1 {
		t.Errorf("new content not found once: %v %s", err, jsonOf(t, n))
	}
	if d, err := s.Documents(ctx, store.DocumentFilter{Query: "Vienna"}); err != nil || d.Total != 0 {
		t.Errorf("old document text still found: %v %s", err, jsonOf(t, d))
	}
	// Two articles with the same ID in one batch: the last one stays.
	b2 := newDoc("wire-1", "Rouhani said the last one wins.").
		add(attr{source: "Rouhani", cue: "said", content: "the last one wins", kind: whosaid.Person})
	put(t, s, storeArticle(b, "Evening Post", "2016-01-01", ""), storeArticle(b2, "Wire Service", "2016-01-02", ""))
	hits, err = s.Attributions(ctx, store.AttributionFilter{DocID: "wire-1"})
	if err != nil {
		t.Fatal(err)
	}
	if hits.Total != 1 || hits.Items[0].Attribution.Content.Text != "the last one wins" {
		t.Errorf("after a batch with one ID twice: %s", jsonOf(t, hits))
	}
}

func testAllOrNothing(t *testing.T, s store.Store) {
	ctx := context.Background()
	corpus := Corpus()
	for name, a := range map[string]store.Article{
		"no ID":         {Doc: &whosaid.Document{ID: "", Text: "no id"}},
		"NUL byte":      {Doc: &whosaid.Document{ID: "nul", Text: "a\x00b"}},
		"invalid UTF-8": {Doc: &whosaid.Document{ID: "utf", Text: "a\xffb"}},
		"no document":   {},
	} {
		if err := s.Put(ctx, []store.Article{corpus[0], a}); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Put of an article with %s: %v, want ErrInvalid", name, err)
		}
	}
	d, err := s.Documents(ctx, store.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Total != 0 {
		t.Errorf("a failed batch left %d documents", d.Total)
	}
	if err := s.Put(ctx, nil); err != nil {
		t.Errorf("Put of nothing: %v", err)
	}
}

func testNotFound(t *testing.T, s store.Store) {
	put(t, s, Corpus()...)
	if _, err := s.Document(context.Background(), "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Document(nope): %v, want ErrNotFound", err)
	}
	if _, err := s.Speaker(context.Background(), 98765); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Speaker(98765): %v, want ErrNotFound", err)
	}
}

func ids(l store.List[store.DocumentSummary]) []string {
	var out []string
	for _, d := range l.Items {
		out = append(out, d.ID)
	}
	return out
}

func testDocuments(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, Corpus()...)
	for _, tc := range []struct {
		name string
		f    store.DocumentFilter
		want []string
	}{
		{"all, latest first, undated last, ties by ID", store.DocumentFilter{},
			[]string{"post-1", "daily-2", "daily-1", "wire-2", "wire-1", "undated"}},
		{"outlet", store.DocumentFilter{Outlet: "Daily Courier"}, []string{"daily-2", "daily-1"}},
		{"unknown outlet", store.DocumentFilter{Outlet: "Nobody"}, nil},
		{"from", store.DocumentFilter{From: day("2015-07-03").Truncate(24 * time.Hour)}, []string{"post-1", "daily-2", "daily-1", "wire-2"}},
		{"to, exclusive", store.DocumentFilter{To: day("2015-07-03")}, []string{"wire-1"}},
		{"range", store.DocumentFilter{From: day("2015-07-02"), To: day("2015-09-01")}, []string{"daily-2", "daily-1", "wire-2"}},
		{"text", store.DocumentFilter{Query: "Haiti"}, []string{"post-1", "daily-2"}},
		{"title", store.DocumentFilter{Query: "praises"}, []string{"post-1"}},
		{"text and outlet", store.DocumentFilter{Query: "iran", Outlet: "Wire Service"}, []string{"wire-2", "wire-1"}},
	} {
		got, err := s.Documents(ctx, tc.f)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if !slices.Equal(ids(got), tc.want) || got.Total != len(tc.want) {
			t.Errorf("%s: got %v (total %d), want %v", tc.name, ids(got), got.Total, tc.want)
		}
	}
	got, err := s.Documents(ctx, store.DocumentFilter{Outlet: "Wire Service"})
	if err != nil {
		t.Fatal(err)
	}
	w1 := got.Items[1]
	if w1.Attributions != 4 || w1.Meta.Title != "Zarif: talks close to a deal" || !w1.Meta.Published.Equal(day("2015-07-01")) ||
		w1.Meta.Outlet != "Wire Service" || w1.Snippet != nil {
		t.Errorf("summary of wire-1: %s", jsonOf(t, w1))
	}
	got, err = s.Documents(ctx, store.DocumentFilter{Query: "uranium"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Items) != 1 || !hasMatch(got.Items[0].Snippet, "uranium") {
		t.Errorf("snippet of a document search: %s", jsonOf(t, got))
	}
}

// hasMatch says whether a snippet marks word as a match.
func hasMatch(frags []store.Fragment, word string) bool {
	for _, f := range frags {
		if f.Match && strings.EqualFold(f.Text, word) {
			return true
		}
	}
	return false
}

func testPagination(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, Corpus()...)
	all, err := s.Attributions(ctx, store.AttributionFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if all.Total != 19 || len(all.Items) != 19 || all.Next != -1 {
		t.Fatalf("all attributions: %d of %d, next %d; want 19 of 19, next -1", len(all.Items), all.Total, all.Next)
	}
	var paged []store.Hit
	for off := 0; off >= 0; {
		p, err := s.Attributions(ctx, store.AttributionFilter{Page: store.Page{Limit: 6, Offset: off}})
		if err != nil {
			t.Fatal(err)
		}
		if p.Total != 19 || len(p.Items) > 6 {
			t.Fatalf("page at %d: %d items of %d", off, len(p.Items), p.Total)
		}
		paged = append(paged, p.Items...)
		if p.Next >= 0 && p.Next != off+6 {
			t.Fatalf("page at %d: next %d", off, p.Next)
		}
		off = p.Next
	}
	if jsonOf(t, paged) != jsonOf(t, all.Items) {
		t.Error("pages of 6 joined differ from the whole listing")
	}
	// Order: latest first, then document ID, then index.
	for i := 1; i < len(all.Items); i++ {
		a, b := all.Items[i-1], all.Items[i]
		if a.DocID == b.DocID && a.Index >= b.Index {
			t.Errorf("order: %s#%d before %s#%d", a.DocID, a.Index, b.DocID, b.Index)
		}
	}
	past, err := s.Attributions(ctx, store.AttributionFilter{Page: store.Page{Offset: 100}})
	if err != nil || len(past.Items) != 0 || past.Total != 19 || past.Next != -1 || past.Items == nil {
		t.Errorf("page past the end: %v %s", err, jsonOf(t, past))
	}
	big, err := s.Documents(ctx, store.DocumentFilter{Page: store.Page{Limit: store.MaxLimit * 10}})
	if err != nil || len(big.Items) != 6 {
		t.Errorf("limit over MaxLimit: %v, %d items", err, len(big.Items))
	}
}

func testAttributions(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, Corpus()...)
	yes, no := true, false
	for _, tc := range []struct {
		name string
		f    store.AttributionFilter
		want int
	}{
		{"doc", store.AttributionFilter{DocID: "daily-1"}, 3},
		{"outlet", store.AttributionFilter{Outlet: "Wire Service"}, 8},
		{"kind anonymous", store.AttributionFilter{Kind: whosaid.Anonymous}, 5},
		{"kind pronoun", store.AttributionFilter{Kind: whosaid.Pronoun}, 1},
		{"type direct", store.AttributionFilter{Type: whosaid.Direct}, 2},
		{"type mixed", store.AttributionFilter{Type: whosaid.Mixed}, 1},
		{"hedged", store.AttributionFilter{Hedged: &yes}, 2},
		{"not hedged", store.AttributionFilter{Hedged: &no}, 17},
		{"dates", store.AttributionFilter{From: day("2015-07-02"), To: day("2015-08-11")}, 10},
		{"outlet and kind", store.AttributionFilter{Outlet: "Evening Post", Kind: whosaid.Anonymous}, 1},
		{"speaker by alias", store.AttributionFilter{Speaker: "Javad Zarif"}, 4},
		{"speaker by name, any case and accent", store.AttributionFilter{Speaker: "mohammad javad zárif"}, 4},
		{"speaker by bare surname alias", store.AttributionFilter{Speaker: "Rouhani"}, 2},
		{"unknown speaker", store.AttributionFilter{Speaker: "Nobody Atall"}, 0},
		{"query and outlet", store.AttributionFilter{Query: "deal", Outlet: "Daily Courier"}, 2},
		{"query and kind", store.AttributionFilter{Query: "talks", Kind: whosaid.Anonymous}, 2},
		{"query and hedged", store.AttributionFilter{Query: "said", Hedged: &yes}, 0},
		{"query and dates", store.AttributionFilter{Query: "iran", From: day("2015-07-02")}, 4},
		{"query and speaker", store.AttributionFilter{Query: "iran", Speaker: "Zarif"}, 2},
	} {
		got, err := s.Attributions(ctx, tc.f)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got.Total != tc.want || len(got.Items) != tc.want {
			t.Errorf("%s: %d (%d items), want %d", tc.name, got.Total, len(got.Items), tc.want)
		}
	}
	hits, err := s.Attributions(ctx, store.AttributionFilter{DocID: "wire-1"})
	if err != nil {
		t.Fatal(err)
	}
	h := hits.Items[0]
	if h.DocID != "wire-1" || h.Index != 0 || h.Speaker != "Mohammad Javad Zarif" || h.SpeakerID == 0 ||
		h.Meta.Outlet != "Wire Service" || h.Attribution.Source.Title != "Foreign Minister" {
		t.Errorf("first hit of wire-1: %s", jsonOf(t, h))
	}
	byID, err := s.Attributions(ctx, store.AttributionFilter{SpeakerID: h.SpeakerID})
	if err != nil || byID.Total != 4 {
		t.Errorf("by speaker ID: %v %d, want 4", err, byID.Total)
	}
	if pron := hits.Items[3]; pron.SpeakerID == 0 || pron.Speaker != "senior US administration official" && pron.Speaker != "A senior US administration official" {
		t.Errorf("anonymous hit: speaker %d %q", pron.SpeakerID, pron.Speaker)
	}
	d1, err := s.Attributions(ctx, store.AttributionFilter{DocID: "daily-1", Kind: whosaid.Pronoun})
	if err != nil || len(d1.Items) != 1 || d1.Items[0].SpeakerID != 0 || d1.Items[0].Speaker != "" {
		t.Errorf("a pronoun has no canonical speaker: %v %s", err, jsonOf(t, d1))
	}
}

func testFullText(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, Corpus()...)
	for _, tc := range []struct {
		query string
		want  []string // doc#index
		marks []string // words marked in the first snippet
	}{
		{"deal", []string{"post-1#0", "daily-2#0", "daily-2#2", "wire-2#1", "wire-1#0"}, []string{"deal"}},
		{"DEAL iran", []string{"post-1#0", "daily-2#0", "wire-2#1", "wire-1#0"}, []string{"Iran", "deal"}},
		{`"the talks"`, []string{"wire-2#2", "wire-2#3", "undated#0"}, []string{"the talks"}},
		{`"talks the"`, nil, nil},
		{"negoti*", []string{"post-1#0"}, []string{"negotiated"}},
		{"nego*", []string{"post-1#0", "daily-1#0"}, []string{"negotiated"}},
		{"negociations", []string{"daily-1#0"}, []string{"négociations"}},
		{"NÉGOCIATIONS", []string{"daily-1#0"}, []string{"négociations"}},
		{"zarif", []string{"daily-1#0", "wire-2#0", "wire-1#0", "wire-1#1"}, nil}, // the source's words count
		{"misunderstanding purportedly", []string{"daily-1#2"}, []string{"purportedly", "misunderstanding"}},
		{"U.S.", nil, nil},
		{"allegedly", []string{"wire-1#3"}, []string{"allegedly"}},
	} {
		got, err := s.Attributions(ctx, store.AttributionFilter{Query: tc.query})
		if err != nil {
			t.Errorf("%q: %v", tc.query, err)
			continue
		}
		var keys []string
		for _, h := range got.Items {
			keys = append(keys, fmt.Sprintf("%s#%d", h.DocID, h.Index))
		}
		if !slices.Equal(keys, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.query, keys, tc.want)
			continue
		}
		if len(got.Items) == 0 {
			continue
		}
		var marked []string
		var text strings.Builder
		for _, f := range got.Items[0].Snippet {
			if f.Match {
				marked = append(marked, f.Text)
			}
			text.WriteString(f.Text)
		}
		if tc.marks != nil && !slices.Equal(marked, tc.marks) {
			t.Errorf("%q: marked %q, want %q", tc.query, marked, tc.marks)
		}
		if c := got.Items[0].Attribution.Content; c != nil && text.String() != c.Text {
			t.Errorf("%q: snippet %q is not the content %q", tc.query, text.String(), c.Text)
		}
	}
}

func testBadQueries(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, Corpus()...)
	for name, f := range map[string]store.AttributionFilter{
		"unclosed quote": {Query: `"talks`},
		"no word":        {Query: `!!! ...`},
		"kind":           {Kind: "alien"},
		"type":           {Type: "sung"},
		"negative limit": {Page: store.Page{Limit: -1}},
		"negative off":   {Page: store.Page{Offset: -5}},
		"dates reversed": {From: day("2016-01-01"), To: day("2015-01-01")},
		"speaker punct":  {Speaker: "..."},
	} {
		if _, err := s.Attributions(ctx, f); !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("%s: %v, want ErrBadQuery", name, err)
		}
	}
	if _, err := s.Documents(ctx, store.DocumentFilter{Query: `"x`}); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("documents, unclosed quote: %v, want ErrBadQuery", err)
	}
	if _, err := s.Speakers(ctx, store.SpeakerFilter{Kind: "alien"}); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("speakers, bad kind: %v, want ErrBadQuery", err)
	}
	// Hostile text is searched for, never run.
	for _, q := range []string{`'; DROP TABLE documents; --`, `a' OR '1'='1`, `\x00`, `%_`, `NEAR(a b)`, `a:* & !b`} {
		if _, err := s.Attributions(ctx, store.AttributionFilter{Query: q, Speaker: q, Outlet: q}); err != nil && !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("query %q: %v", q, err)
		}
		if _, err := s.Speakers(ctx, store.SpeakerFilter{Name: q}); err != nil && !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("speakers %q: %v", q, err)
		}
	}
	if d, err := s.Documents(ctx, store.DocumentFilter{}); err != nil || d.Total != 6 {
		t.Errorf("after hostile queries: %v, %d documents", err, d.Total)
	}
}

func speakerNamed(l []store.Speaker, name string) *store.Speaker {
	for i := range l {
		if l[i].Name == name {
			return &l[i]
		}
	}
	return nil
}

func testSpeakers(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, Corpus()...)
	all, err := s.Speakers(ctx, store.SpeakerFilter{})
	if err != nil {
		t.Fatal(err)
	}
	zarif := speakerNamed(all.Items, "Mohammad Javad Zarif")
	if zarif == nil || zarif.Attributions != 4 || zarif.Documents != 3 || zarif.Outlets != 2 || zarif.Kind != whosaid.Person ||
		!slices.Equal(zarif.Aliases, []string{"Javad Zarif", "Zarif"}) ||
		!zarif.First.Equal(day("2015-07-01")) || !zarif.Last.Equal(day("2015-07-03")) {
		t.Errorf("Zarif is not one speaker over three articles: %s", jsonOf(t, all.Items))
	}
	if all.Items[0].Name != "Mohammad Javad Zarif" {
		t.Errorf("most quoted first: %s", all.Items[0].Name)
	}
	hillary, bill := speakerNamed(all.Items, "Hillary Clinton"), speakerNamed(all.Items, "Bill Clinton")
	if hillary == nil || bill == nil || hillary.ID == bill.ID {
		t.Fatalf("two Clintons: %s", jsonOf(t, all.Items))
	}
	// "Clinton ... campaigning for president" citing Kerry is Hillary.
	if hillary.Attributions != 3 || bill.Attributions != 2 {
		t.Errorf("Hillary %d, Bill %d attributions; want 3 and 2", hillary.Attributions, bill.Attributions)
	}
	if rouhani := speakerNamed(all.Items, "Hassan Rouhani"); rouhani == nil || rouhani.Attributions != 2 {
		t.Errorf("Rouhani: %s", jsonOf(t, rouhani))
	}
	anon := speakerNamed(all.Items, "A senior US administration official")
	if anon == nil || anon.Kind != whosaid.Anonymous || anon.Attributions != 2 {
		t.Errorf("anonymous officials grouped by description: %s", jsonOf(t, all.Items))
	}
	officials := speakerNamed(all.Items, "Officials")
	if officials == nil || officials.Attributions != 2 {
		t.Errorf("\"Officials\" and \"officials\" grouped: %s", jsonOf(t, officials))
	}
	for _, sp := range all.Items {
		if sp.Kind == whosaid.Pronoun {
			t.Errorf("a pronoun is a speaker: %s", jsonOf(t, sp))
		}
	}
	for _, tc := range []struct {
		f    store.SpeakerFilter
		want []string
	}{
		{store.SpeakerFilter{Name: "zar"}, []string{"Mohammad Javad Zarif"}},
		{store.SpeakerFilter{Name: "Javad"}, []string{"Mohammad Javad Zarif"}},
		{store.SpeakerFilter{Name: "clinton"}, []string{"Hillary Clinton"}}, // her alias "Clinton"
		{store.SpeakerFilter{Name: "inton"}, nil},                           // a prefix, not any part
		{store.SpeakerFilter{Name: "Bill"}, []string{"Bill Clinton"}},
		{store.SpeakerFilter{Kind: whosaid.Organization}, []string{"Reuters", "State Department"}},
		{store.SpeakerFilter{Outlet: "Evening Post", Kind: whosaid.Person}, []string{"Bill Clinton", "Hillary Clinton"}},
		{store.SpeakerFilter{Name: "nobody"}, nil},
	} {
		got, err := s.Speakers(ctx, tc.f)
		if err != nil {
			t.Errorf("%+v: %v", tc.f, err)
			continue
		}
		var names []string
		for _, sp := range got.Items {
			names = append(names, sp.Name)
		}
		if !slices.Equal(names, tc.want) || got.Total != len(tc.want) {
			t.Errorf("%+v: got %v (total %d), want %v", tc.f, names, got.Total, tc.want)
		}
	}
	ep, err := s.Speakers(ctx, store.SpeakerFilter{Outlet: "Evening Post", Kind: whosaid.Person})
	if err != nil {
		t.Fatal(err)
	}
	if len(ep.Items) == 2 && (ep.Items[0].Attributions != 1 || ep.Items[0].Outlets != 1) {
		t.Errorf("counts within an outlet: %s", jsonOf(t, ep.Items))
	}
	page, err := s.Speakers(ctx, store.SpeakerFilter{Page: store.Page{Limit: 2, Offset: 1}})
	if err != nil || len(page.Items) != 2 || page.Total != all.Total || page.Items[0].ID != all.Items[1].ID || page.Next != 3 {
		t.Errorf("a page of speakers: %v %s", err, jsonOf(t, page))
	}
}

func testSpeakerDetail(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, Corpus()...)
	l, err := s.Speakers(ctx, store.SpeakerFilter{Name: "Mohammad"})
	if err != nil || len(l.Items) != 1 {
		t.Fatalf("Speakers(Mohammad): %v %d", err, len(l.Items))
	}
	d, err := s.Speaker(ctx, l.Items[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if jsonOf(t, d.Speaker) != jsonOf(t, l.Items[0]) {
		t.Errorf("Speaker and Speakers differ:\n%s\n%s", jsonOf(t, d.Speaker), jsonOf(t, l.Items[0]))
	}
	wantOutlets := []store.Count{{Name: "Wire Service", Count: 3}, {Name: "Daily Courier", Count: 1}}
	if jsonOf(t, d.ByOutlet) != jsonOf(t, wantOutlets) {
		t.Errorf("by outlet: %s", jsonOf(t, d.ByOutlet))
	}
	wantDays := []store.DateCount{{Date: time.Date(2015, 7, 1, 0, 0, 0, 0, time.UTC), Count: 2},
		{Date: time.Date(2015, 7, 3, 0, 0, 0, 0, time.UTC), Count: 2}}
	if jsonOf(t, d.Timeline) != jsonOf(t, wantDays) {
		t.Errorf("timeline: %s", jsonOf(t, d.Timeline))
	}
	if d.Title == "" {
		t.Error("Zarif has no title")
	}
}

func testOutlets(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, Corpus()...)
	os, err := s.Outlets(ctx, store.OutletFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, o := range os {
		names = append(names, o.Outlet)
	}
	if want := []string{"Daily Courier", "Wire Service", "Evening Post"}; !slices.Equal(names, want) {
		t.Fatalf("outlets %v, want %v", names, want)
	}
	wire := os[1]
	if wire.Documents != 2 || wire.Attributions != 8 || wire.Direct != 1 || wire.Indirect != 7 || wire.Mixed != 0 ||
		wire.AnonymousShare != 2.0/8 || wire.HedgeRate != 1.0/8 {
		t.Errorf("Wire Service: %s", jsonOf(t, wire))
	}
	if len(wire.TopSpeakers) == 0 || wire.TopSpeakers[0] != (store.Count{Name: "Mohammad Javad Zarif", Count: 3}) {
		t.Errorf("Wire Service top speakers: %s", jsonOf(t, wire.TopSpeakers))
	}
	daily := os[0]
	if daily.AnonymousShare != 0 || daily.HedgeRate != 1.0/6 {
		t.Errorf("Daily Courier: %s", jsonOf(t, daily))
	}
}

// A date range counts its documents and attributions alone; one that
// holds every dated document gives the kept counts.
func testOutletsInRange(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, Corpus()...)
	all, err := s.Outlets(ctx, store.OutletFilter{})
	if err != nil {
		t.Fatal(err)
	}
	wide, err := s.Outlets(ctx, store.OutletFilter{From: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if jsonOf(t, wide) != jsonOf(t, all) {
		t.Errorf("over every date:\n%s\nkept counts:\n%s", jsonOf(t, wide), jsonOf(t, all))
	}
	// From 2 July 2015 to 1 September: wire-2 (3 July), daily-1 (3 July),
	// daily-2 (10 August); not wire-1 nor post-1.
	mid, err := s.Outlets(ctx, store.OutletFilter{From: time.Date(2015, 7, 2, 0, 0, 0, 0, time.UTC), To: time.Date(2015, 9, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range mid {
		got = append(got, fmt.Sprintf("%s %d/%d", o.Outlet, o.Documents, o.Attributions))
	}
	if want := []string{"Daily Courier 2/6", "Wire Service 1/4"}; !slices.Equal(got, want) {
		t.Errorf("outlets in July and August 2015: %v, want %v", got, want)
	}
	if len(mid) == 2 {
		wire := mid[1]
		if wire.AnonymousShare != 1.0/4 || wire.HedgeRate != 0 || wire.Indirect != 4 ||
			len(wire.TopSpeakers) != 4 || wire.TopSpeakers[0].Count != 1 {
			t.Errorf("Wire Service in range: %s", jsonOf(t, wire))
		}
	}
	none, err := s.Outlets(ctx, store.OutletFilter{From: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil || len(none) != 0 {
		t.Errorf("outlets from 2030: %v %s", err, jsonOf(t, none))
	}
	if _, err := s.Outlets(ctx, store.OutletFilter{From: time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)}); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("a range that ends before it starts: %v, want ErrBadQuery", err)
	}
}

// An outlet filter matches the outlet's name case aside; an exact name
// wins over others that differ in case, and two that differ only in case
// are a bad query.
func testOutletCase(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, Corpus()...)
	docs, err := s.Documents(ctx, store.DocumentFilter{Outlet: "daily COURIER"})
	if err != nil || docs.Total != 2 {
		t.Errorf("documents of daily COURIER: %v %d, want 2", err, docs.Total)
	}
	hits, err := s.Attributions(ctx, store.AttributionFilter{Outlet: "wire service"})
	if err != nil || hits.Total != 8 {
		t.Errorf("attributions of wire service: %v %d, want 8", err, hits.Total)
	}
	sp, err := s.Speakers(ctx, store.SpeakerFilter{Outlet: "EVENING POST"})
	if err != nil || sp.Total == 0 {
		t.Errorf("speakers of EVENING POST: %v %d", err, sp.Total)
	}
	if docs, err := s.Documents(ctx, store.DocumentFilter{Outlet: "No Such Paper"}); err != nil || docs.Total != 0 {
		t.Errorf("an outlet not stored: %v %d", err, docs.Total)
	}
	a := Corpus()[5]
	doc := *a.Doc
	doc.ID = "case-1"
	a.Doc, a.Meta.Outlet = &doc, "DAILY COURIER"
	put(t, s, a)
	if docs, err := s.Documents(ctx, store.DocumentFilter{Outlet: "Daily Courier"}); err != nil || docs.Total != 2 {
		t.Errorf("the exact name among two: %v %d, want 2", err, docs.Total)
	}
	if _, err := s.Documents(ctx, store.DocumentFilter{Outlet: "daily courier"}); !errors.Is(err, store.ErrBadQuery) || !strings.Contains(err.Error(), "DAILY COURIER") {
		t.Errorf("two names that differ in case: %v, want ErrBadQuery naming both", err)
	}
}

func testConcurrent(t *testing.T, s store.Store) {
	ctx := context.Background()
	corpus := Corpus()
	var wg sync.WaitGroup
	errs := make(chan error, 2*len(corpus))
	for i := range corpus {
		wg.Go(func() {
			a := corpus[i]
			if err := s.Put(ctx, []store.Article{a}); err != nil {
				errs <- err
			}
			if _, err := s.Attributions(ctx, store.AttributionFilter{Query: "said"}); err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	d, err := s.Documents(ctx, store.DocumentFilter{})
	if err != nil || d.Total != len(corpus) {
		t.Errorf("after concurrent Puts: %v, %d documents", err, d.Total)
	}
}
