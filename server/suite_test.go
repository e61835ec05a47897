package server

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/store"
)

// The API suite: the corpus of testdata/corpus.jsonl is posted through
// the API into a fresh store of each backend, and every answer is checked
// against what follows from the extractor's output on the same texts.

const suiteToken = "suite-token"

// refDoc is a document of the corpus as the extractor sees it.
type refDoc struct {
	ID   string
	Meta article.Meta
	Doc  *whosaid.Document
}

type refAttribution struct {
	doc   *refDoc
	index int
	a     whosaid.Attribution
}

type reference struct {
	docs []*refDoc
	body string // the corpus as posted
}

func loadReference(t *testing.T) reference {
	t.Helper()
	f, err := os.Open("testdata/corpus.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var ref reference
	var body strings.Builder
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var in struct {
			ID, Outlet, Published, Title, Text string
		}
		if err := json.Unmarshal(sc.Bytes(), &in); err != nil {
			t.Fatal(err)
		}
		pub, err := time.Parse(time.DateOnly, in.Published)
		if err != nil {
			t.Fatal(err)
		}
		doc := testExtractor(t).Extract(in.Text)
		doc.ID = in.ID
		ref.docs = append(ref.docs, &refDoc{ID: in.ID, Meta: article.Meta{Outlet: in.Outlet, Published: pub, Title: in.Title}, Doc: doc})
		body.Write(sc.Bytes())
		body.WriteByte('\n')
	}
	ref.body = body.String()
	return ref
}

func (ref reference) attributions(keep func(*refDoc, whosaid.Attribution) bool) []refAttribution {
	var out []refAttribution
	for _, d := range ref.docs {
		for i, a := range d.Doc.Attributions {
			if keep(d, a) {
				out = append(out, refAttribution{d, i, a})
			}
		}
	}
	return out
}

func hasWord(s, word string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
	}) {
		if w == word {
			return true
		}
	}
	return false
}

func kindOf(a whosaid.Attribution) whosaid.Kind {
	if a.Source == nil {
		return ""
	}
	return a.Source.Kind
}

// getJSON gets target from h and decodes the 200 answer into v.
func getJSON(t *testing.T, h http.Handler, target string, v any) {
	t.Helper()
	code, _, body := do(t, h, "GET", target, "", "")
	if code != http.StatusOK {
		t.Fatalf("GET %s: %d %s", target, code, body)
	}
	if err := json.Unmarshal(body, v); err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
}

// allHits walks every page of an attribution listing.
func allHits(t *testing.T, h http.Handler, query string, limit int) []store.Hit {
	t.Helper()
	var hits []store.Hit
	offset, total := 0, -1
	for offset >= 0 {
		var l store.List[store.Hit]
		getJSON(t, h, fmt.Sprintf("/api/attributions?%s&limit=%d&offset=%d", query, limit, offset), &l)
		if total >= 0 && l.Total != total {
			t.Fatalf("%s: total changed from %d to %d between pages", query, total, l.Total)
		}
		if len(l.Items) > limit || l.Next >= 0 && (len(l.Items) != limit || l.Next != offset+limit) {
			t.Fatalf("%s offset %d: %d items, next %d", query, offset, len(l.Items), l.Next)
		}
		total = l.Total
		hits = append(hits, l.Items...)
		offset = l.Next
	}
	if len(hits) != total {
		t.Fatalf("%s: %d hits over all pages, total says %d", query, len(hits), total)
	}
	return hits
}

type hitKey struct {
	doc   string
	index int
}

func hitKeys(hits []store.Hit) []hitKey {
	var ks []hitKey
	for _, h := range hits {
		ks = append(ks, hitKey{h.DocID, h.Index})
	}
	slices.SortFunc(ks, func(a, b hitKey) int { return strings.Compare(fmt.Sprint(a), fmt.Sprint(b)) })
	return ks
}

func refKeys(rs []refAttribution) []hitKey {
	var ks []hitKey
	for _, r := range rs {
		ks = append(ks, hitKey{r.doc.ID, r.index})
	}
	slices.SortFunc(ks, func(a, b hitKey) int { return strings.Compare(fmt.Sprint(a), fmt.Sprint(b)) })
	return ks
}

// postCorpus posts the reference corpus to h and checks the answer.
func postCorpus(t *testing.T, h http.Handler, ref reference) {
	t.Helper()
	code, _, body := do(t, h, "POST", "/api/documents", suiteToken, ref.body)
	var res PostResult
	if err := json.Unmarshal(body, &res); err != nil || code != 200 {
		t.Fatalf("POST corpus: %d %v %s", code, err, body)
	}
	if res.Stored != len(ref.docs) || res.Failed != 0 {
		t.Fatalf("POST corpus: %+v", res)
	}
	for i, d := range ref.docs {
		if got := res.Documents[i]; got.ID != d.ID || got.Attributions != len(d.Doc.Attributions) {
			t.Errorf("POST item %d: %+v, want id %s with %d attributions", i, got, d.ID, len(d.Doc.Attributions))
		}
	}
}

// runSuite checks the API over a fresh, empty store st.
func runSuite(t *testing.T, st store.Store) {
	ref := loadReference(t)
	h := New(st, testExtractor(t), Options{Token: suiteToken})
	postCorpus(t, h, ref)

	t.Run("documents", func(t *testing.T) {
		var l store.List[store.DocumentSummary]
		getJSON(t, h, "/api/documents", &l)
		if l.Total != len(ref.docs) || len(l.Items) != len(ref.docs) || l.Next != -1 {
			t.Errorf("all documents: total %d, %d items, next %d", l.Total, len(l.Items), l.Next)
		}
		for _, s := range l.Items {
			i := slices.IndexFunc(ref.docs, func(d *refDoc) bool { return d.ID == s.ID })
			if i < 0 || s.Attributions != len(ref.docs[i].Doc.Attributions) || !s.Meta.Published.Equal(ref.docs[i].Meta.Published) || s.Meta.Outlet != ref.docs[i].Meta.Outlet {
				t.Errorf("summary %+v does not match the corpus", s)
			}
		}
		tests := []struct {
			query string
			keep  func(*refDoc) bool
		}{
			{"outlet=Northern+Herald", func(d *refDoc) bool { return d.Meta.Outlet == "Northern Herald" }},
			{"from=2016-01-20&to=2016-03-01", func(d *refDoc) bool {
				return !d.Meta.Published.Before(time.Date(2016, 1, 20, 0, 0, 0, 0, time.UTC)) && d.Meta.Published.Before(time.Date(2016, 3, 1, 0, 0, 0, 0, time.UTC))
			}},
			{"q=strike", func(d *refDoc) bool { return hasWord(d.Doc.Text, "strike") }},
			{"q=strike&outlet=Evening+Courier", func(d *refDoc) bool { return hasWord(d.Doc.Text, "strike") && d.Meta.Outlet == "Evening Courier" }},
			{"q=zeppelin", func(d *refDoc) bool { return false }},
		}
		for _, tt := range tests {
			var l store.List[store.DocumentSummary]
			getJSON(t, h, "/api/documents?"+tt.query, &l)
			var got, want []string
			for _, s := range l.Items {
				got = append(got, s.ID)
			}
			for _, d := range ref.docs {
				if tt.keep(d) {
					want = append(want, d.ID)
				}
			}
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) || l.Total != len(want) {
				t.Errorf("documents?%s: %v (total %d), want %v", tt.query, got, l.Total, want)
			}
		}
	})

	t.Run("document", func(t *testing.T) {
		for _, d := range ref.docs {
			var got struct {
				ID           string                `json:"id"`
				Text         string                `json:"text"`
				Attributions []whosaid.Attribution `json:"attributions"`
				Meta         article.Meta          `json:"meta"`
			}
			getJSON(t, h, "/api/documents/"+url.PathEscape(d.ID), &got)
			if got.ID != d.ID || got.Text != d.Doc.Text || got.Meta.Outlet != d.Meta.Outlet || got.Meta.Title != d.Meta.Title {
				t.Errorf("document %s: id %q, outlet %q, title %q, text equal: %v", d.ID, got.ID, got.Meta.Outlet, got.Meta.Title, got.Text == d.Doc.Text)
			}
			if !reflect.DeepEqual(got.Attributions, d.Doc.Attributions) {
				t.Errorf("document %s: attributions differ from the extractor's", d.ID)
			}
		}
		code, _, body := do(t, h, "GET", "/api/documents/no-such-doc", "", "")
		wantError(t, code, body, 404, "not found")
	})

	t.Run("attributions", func(t *testing.T) {
		start := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
		tests := []struct {
			query string
			keep  func(*refDoc, whosaid.Attribution) bool
		}{
			{"", func(*refDoc, whosaid.Attribution) bool { return true }},
			{"kind=anonymous", func(d *refDoc, a whosaid.Attribution) bool { return kindOf(a) == whosaid.Anonymous }},
			{"kind=person&outlet=Northern+Herald", func(d *refDoc, a whosaid.Attribution) bool {
				return kindOf(a) == whosaid.Person && d.Meta.Outlet == "Northern Herald"
			}},
			{"type=direct", func(d *refDoc, a whosaid.Attribution) bool { return a.Type == whosaid.Direct }},
			{"type=mixed&kind=person", func(d *refDoc, a whosaid.Attribution) bool {
				return a.Type == whosaid.Mixed && kindOf(a) == whosaid.Person
			}},
			{"hedged=true", func(d *refDoc, a whosaid.Attribution) bool { return a.Hedge != nil }},
			{"hedged=false&outlet=The+Ledger", func(d *refDoc, a whosaid.Attribution) bool { return a.Hedge == nil && d.Meta.Outlet == "The Ledger" }},
			{"from=2016-02-01&to=2016-03-01", func(d *refDoc, a whosaid.Attribution) bool {
				return !d.Meta.Published.Before(start("2016-02-01")) && d.Meta.Published.Before(start("2016-03-01"))
			}},
			{"doc=ledger-2", func(d *refDoc, a whosaid.Attribution) bool { return d.ID == "ledger-2" }},
			{"q=budget", func(d *refDoc, a whosaid.Attribution) bool {
				return a.Content != nil && hasWord(a.Content.Text, "budget") || a.Source != nil && hasWord(a.Source.Text, "budget")
			}},
			{"q=budget&outlet=Evening+Courier", func(d *refDoc, a whosaid.Attribution) bool {
				return d.Meta.Outlet == "Evening Courier" && (a.Content != nil && hasWord(a.Content.Text, "budget") || a.Source != nil && hasWord(a.Source.Text, "budget"))
			}},
			{"q=zeppelin", func(*refDoc, whosaid.Attribution) bool { return false }},
		}
		for _, tt := range tests {
			want := ref.attributions(tt.keep)
			for _, limit := range []int{2, 500} {
				hits := allHits(t, h, tt.query, limit)
				if got := hitKeys(hits); !slices.Equal(got, refKeys(want)) {
					t.Errorf("attributions?%s (limit %d):\n got %v\nwant %v", tt.query, limit, got, refKeys(want))
				}
				for _, hit := range hits {
					d := ref.docs[slices.IndexFunc(ref.docs, func(d *refDoc) bool { return d.ID == hit.DocID })]
					if !reflect.DeepEqual(hit.Attribution, d.Doc.Attributions[hit.Index]) || hit.Meta.Outlet != d.Meta.Outlet {
						t.Errorf("attributions?%s: hit %s/%d differs from the extractor's", tt.query, hit.DocID, hit.Index)
					}
				}
			}
		}
		// A page past the end of a search still counts the matches.
		var past store.List[store.Hit]
		getJSON(t, h, "/api/attributions?q=budget&offset=100", &past)
		if want := len(ref.attributions(func(d *refDoc, a whosaid.Attribution) bool {
			return a.Content != nil && hasWord(a.Content.Text, "budget") || a.Source != nil && hasWord(a.Source.Text, "budget")
		})); past.Total != want || len(past.Items) != 0 || past.Next != -1 {
			t.Errorf("a page past the end of q=budget: total %d, %d items, next %d; want total %d", past.Total, len(past.Items), past.Next, want)
		}
		// A full-text query marks its word in the snippet.
		for _, hit := range allHits(t, h, "q=budget", 50) {
			i := slices.IndexFunc(hit.Snippet, func(f store.Fragment) bool { return f.Match && strings.EqualFold(f.Text, "budget") })
			if i < 0 {
				t.Errorf("hit %s/%d: snippet %+v does not mark \"budget\"", hit.DocID, hit.Index, hit.Snippet)
			}
		}
	})

	t.Run("speakers", func(t *testing.T) {
		// Maria Ortega is named in full or alone, in three outlets.
		ortega := ref.attributions(func(d *refDoc, a whosaid.Attribution) bool {
			return a.Source != nil && a.Source.Speaker == "Maria Ortega"
		})
		var l store.List[store.Speaker]
		getJSON(t, h, "/api/speakers?name=Maria", &l)
		i := slices.IndexFunc(l.Items, func(s store.Speaker) bool { return s.Name == "Maria Ortega" })
		if i < 0 {
			t.Fatalf("speakers?name=Maria: no Maria Ortega in %+v", l.Items)
		}
		s := l.Items[i]
		if s.Kind != whosaid.Person || s.Attributions != len(ortega) || s.Documents != 3 || s.Outlets != 3 {
			t.Errorf("Maria Ortega = %+v, want a person with %d attributions in 3 documents of 3 outlets", s, len(ortega))
		}
		var detail store.SpeakerDetail
		getJSON(t, h, fmt.Sprintf("/api/speakers/%d", s.ID), &detail)
		sumOutlets, sumDays := 0, 0
		for _, c := range detail.ByOutlet {
			sumOutlets += c.Count
		}
		for i, c := range detail.Timeline {
			sumDays += c.Count
			if i > 0 && !detail.Timeline[i-1].Date.Before(c.Date) {
				t.Errorf("timeline not in date order: %+v", detail.Timeline)
			}
		}
		if detail.ID != s.ID || len(detail.ByOutlet) != 3 || sumOutlets != len(ortega) || sumDays != len(ortega) {
			t.Errorf("speaker %d detail: %+v", s.ID, detail)
		}
		if got := allHits(t, h, fmt.Sprintf("speaker_id=%d", s.ID), 500); !slices.Equal(hitKeys(got), refKeys(ortega)) {
			t.Errorf("attributions?speaker_id=%d: %v, want %v", s.ID, hitKeys(got), refKeys(ortega))
		}
		if got := allHits(t, h, "speaker=Maria+Ortega", 500); !slices.Equal(hitKeys(got), refKeys(ortega)) {
			t.Errorf("attributions?speaker=Maria Ortega: %v, want %v", hitKeys(got), refKeys(ortega))
		}
		code, _, body := do(t, h, "GET", "/api/speakers/999999", "", "")
		wantError(t, code, body, 404, "not found")

		var anon store.List[store.Speaker]
		getJSON(t, h, "/api/speakers?kind=anonymous&limit=500", &anon)
		if anon.Total == 0 {
			t.Error("speakers?kind=anonymous: none")
		}
		for _, s := range anon.Items {
			if s.Kind != whosaid.Anonymous {
				t.Errorf("speakers?kind=anonymous: %+v", s)
			}
		}
		var courier store.List[store.Speaker]
		getJSON(t, h, "/api/speakers?outlet=Evening+Courier&limit=500", &courier)
		names := func(l store.List[store.Speaker]) []string {
			var ns []string
			for _, s := range l.Items {
				ns = append(ns, s.Name)
			}
			return ns
		}
		if n := names(courier); !slices.Contains(n, "Maria Ortega") || slices.Contains(n, "Aisha Rahman") {
			t.Errorf("speakers?outlet=Evening Courier: %v", n)
		}
	})

	t.Run("outlets", func(t *testing.T) {
		var body OutletsBody
		getJSON(t, h, "/api/outlets", &body)
		if len(body.Items) != 3 || body.Items[0].Outlet != "Northern Herald" {
			t.Fatalf("outlets: %+v", body.Items)
		}
		// Gender counts only when asked, every person quoted counted.
		var withGender OutletsBody
		getJSON(t, h, "/api/outlets?gender=true", &withGender)
		for i, o := range body.Items {
			if o.Gender != nil {
				t.Errorf("%s: gender counts unasked: %+v", o.Outlet, o.Gender)
			}
			g := withGender.Items[i].Gender
			var people int
			for _, d := range ref.docs {
				if d.Meta.Outlet != o.Outlet {
					continue
				}
				seen := map[string]bool{}
				for _, a := range d.Doc.Attributions {
					if a.Source != nil && a.Source.Kind == whosaid.Person && !seen[a.Source.Speaker] {
						seen[a.Source.Speaker] = true
						people++
					}
				}
			}
			if g == nil || g.Female+g.Male+g.Unknown == 0 || g.Female+g.Male+g.Unknown > people {
				t.Errorf("%s: gender counts %+v, want at most the %d people quoted", o.Outlet, g, people)
			}
		}
		for _, o := range body.Items {
			in := ref.attributions(func(d *refDoc, a whosaid.Attribution) bool { return d.Meta.Outlet == o.Outlet })
			var docs, hedged, sourced, anon int
			count := map[whosaid.Type]int{}
			for _, d := range ref.docs {
				if d.Meta.Outlet == o.Outlet {
					docs++
				}
			}
			for _, r := range in {
				count[r.a.Type]++
				if r.a.Hedge != nil {
					hedged++
				}
				if r.a.Source != nil {
					sourced++
					if r.a.Source.Kind == whosaid.Anonymous {
						anon++
					}
				}
			}
			near := func(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }
			if o.Documents != docs || o.Attributions != len(in) || o.Direct != count[whosaid.Direct] || o.Indirect != count[whosaid.Indirect] || o.Mixed != count[whosaid.Mixed] ||
				!near(o.HedgeRate, float64(hedged)/float64(len(in))) || !near(o.AnonymousShare, float64(anon)/float64(sourced)) {
				t.Errorf("outlet %s: %+v; want %d documents, %d attributions, %v, hedge rate %d/%d, anonymous %d/%d",
					o.Outlet, o, docs, len(in), count, hedged, len(in), anon, sourced)
			}
			if len(o.TopSpeakers) == 0 || len(o.TopSpeakers) > 10 || !slices.IsSortedFunc(o.TopSpeakers, func(a, b store.Count) int { return b.Count - a.Count }) {
				t.Errorf("outlet %s: top speakers %+v", o.Outlet, o.TopSpeakers)
			}
		}
	})

	t.Run("hostile input", func(t *testing.T) {
		// Quotes, SQL and FTS syntax are data: no match or a 400, never a
		// 500, and the store is intact after.
		for _, v := range []string{
			"'; DROP TABLE documents; --", `x" OR 1=1 --`, "Northern Herald' OR '1'='1", `budget" OR "a`,
			"NEAR(budget strike)", "budget AND", "*", "a:b", "(", "\\", "%", "_",
		} {
			for _, param := range []string{"q", "outlet", "speaker", "doc"} {
				target := "/api/attributions?" + url.Values{param: {v}}.Encode()
				code, _, body := do(t, h, "GET", target, "", "")
				var l store.List[store.Hit]
				if code == http.StatusBadRequest {
					wantError(t, code, body, 400, "")
					continue
				}
				if code != http.StatusOK || json.Unmarshal(body, &l) != nil || l.Total != 0 && param != "q" {
					t.Errorf("%s: %d %.200s", target, code, body)
				}
			}
			code, _, body := do(t, h, "GET", "/api/speakers?"+url.Values{"name": {v}}.Encode(), "", "")
			if code != http.StatusOK && code != http.StatusBadRequest {
				t.Errorf("speakers?name=%q: %d %s", v, code, body)
			}
		}
		var l store.List[store.DocumentSummary]
		getJSON(t, h, "/api/documents", &l)
		if l.Total != len(ref.docs) {
			t.Errorf("after hostile queries: %d documents, want %d", l.Total, len(ref.docs))
		}
	})

	t.Run("replace", func(t *testing.T) {
		text := `"We changed our minds," said Maria Ortega.`
		code, _, body := do(t, h, "POST", "/api/documents", suiteToken, `{"id":"herald-3","outlet":"Northern Herald","published":"2016-03-10","text":`+quote(text)+`}`)
		if code != 200 {
			t.Fatalf("re-POST: %d %s", code, body)
		}
		var l store.List[store.DocumentSummary]
		getJSON(t, h, "/api/documents", &l)
		var got struct {
			Text string `json:"text"`
		}
		getJSON(t, h, "/api/documents/herald-3", &got)
		if l.Total != len(ref.docs) || got.Text != text {
			t.Errorf("after replacing herald-3: %d documents, text %q", l.Total, got.Text)
		}
		hits := allHits(t, h, "doc=herald-3", 50)
		if want := len(testExtractor(t).Extract(text).Attributions); len(hits) != want {
			t.Errorf("herald-3 has %d attributions after replacing, want %d", len(hits), want)
		}
	})
}
