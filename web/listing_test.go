package web

import (
	"encoding/csv"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	jsonapi "github.com/whosaid/whosaid/server"
	"github.com/whosaid/whosaid/store"
)

func readCSV(t *testing.T, h http.Handler, target string) [][]string {
	t.Helper()
	rec := get(t, h, target)
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/csv") ||
		!strings.HasPrefix(rec.Header().Get("Content-Disposition"), "attachment") {
		t.Fatalf("%s: status %d, %v: %s", target, rec.Code, rec.Header(), rec.Body)
	}
	recs, err := csv.NewReader(rec.Body).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", target, err)
	}
	return recs
}

// The CSV of a listing holds every row the page's filters select, not
// only the page shown, and the page links to it with those filters.
func TestListingCSV(t *testing.T) {
	st := testCorpus(t)
	h := testHandler(t, st)
	ctx := t.Context()
	yes := true
	for _, tt := range []struct {
		query string
		want  store.AttributionFilter
	}{
		{"", store.AttributionFilter{}},
		{"q=bridge&outlet=harbour+gazette", store.AttributionFilter{Query: "bridge", Outlet: "Harbour Gazette"}},
		{"hedged=true", store.AttributionFilter{Hedged: &yes}},
		{"kind=anonymous&from=2024-03-01&to=2024-03-31", store.AttributionFilter{Kind: "anonymous", From: day(2024, 3, 1), To: day(2024, 4, 1)}},
	} {
		page := parse(t, get(t, h, "/search?"+tt.query).Body.Bytes())
		links := all(page, func(n *html.Node) bool { return n.Data == "a" && strings.HasPrefix(attr(n, "href"), "/search.csv") })
		if len(links) != 1 {
			t.Fatalf("search %q: %d CSV links", tt.query, len(links))
		}
		href := attr(links[0], "href")
		u, _ := url.Parse(href)
		if want, _ := url.ParseQuery(tt.query); u.Query().Encode() != want.Encode() {
			t.Errorf("search %q links to %s: not the same filters", tt.query, href)
		}
		recs := readCSV(t, h, href)
		f := tt.want
		f.Limit = store.MaxLimit
		l, err := st.Attributions(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(recs)-1 != l.Total || l.Total == 0 {
			t.Errorf("search %q: CSV of %d rows, the store has %d", tt.query, len(recs)-1, l.Total)
			continue
		}
		if recs[0][0] != "doc" || recs[0][len(recs[0])-1] != "content" {
			t.Errorf("search CSV header %q", recs[0])
		}
		for i, hit := range l.Items {
			if recs[i+1][0] != hit.DocID || recs[i+1][1] != strconv.Itoa(hit.Index) {
				t.Errorf("search %q row %d: %q, want %s#%d", tt.query, i+1, recs[i+1][:2], hit.DocID, hit.Index)
				break
			}
		}
	}
	// More than a page of speakers: the CSV has them all, in order.
	all, err := st.Speakers(ctx, store.SpeakerFilter{Page: store.Page{Limit: store.MaxLimit}})
	if err != nil {
		t.Fatal(err)
	}
	recs := readCSV(t, h, "/speakers.csv")
	if len(recs)-1 != all.Total || all.Total <= 5 {
		t.Fatalf("speakers CSV: %d rows, the store has %d", len(recs)-1, all.Total)
	}
	for i, sp := range all.Items {
		if recs[i+1][1] != sp.Name {
			t.Errorf("speakers CSV row %d: %q, want %s", i+1, recs[i+1], sp.Name)
			break
		}
	}
	persons := readCSV(t, h, "/speakers.csv?kind=person&gender=true")
	if got := strings.Join(persons[0], ","); got != "id,name,kind,title,attributions,documents,outlets,first,last,gender" {
		t.Errorf("speakers CSV with gender: header %s", got)
	}
	for _, r := range persons[1:] {
		if r[2] != "person" || (r[9] != "female" && r[9] != "male" && r[9] != "unknown") {
			t.Errorf("person row %q", r)
		}
	}
	// A listing longer than a download holds is refused, not cut.
	s, err := newServer(Options{Extractor: extractor(t), Store: st})
	if err != nil {
		t.Fatal(err)
	}
	s.csvRows = 2
	small, err := s.handler()
	if err != nil {
		t.Fatal(err)
	}
	if rec := get(t, small, "/search.csv"); rec.Code != http.StatusRequestEntityTooLarge || !strings.Contains(rec.Body.String(), "more than the 2") {
		t.Errorf("too long a listing: status %d", rec.Code)
	}
	for _, target := range []string{"/search.csv?kind=robot", "/speakers.csv?gender=maybe", "/outlets/outlets.csv?from=tomorrow"} {
		if rec := get(t, h, target); rec.Code != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 400", target, rec.Code)
		}
	}
}

// The search form reads what the API reads: hedged true or false (and
// the yes and no of older links), an outlet case aside.
func TestSearchAcceptsTheAPIsValues(t *testing.T) {
	h := testHandler(t, testCorpus(t))
	results := func(q string) (n int, checked string) {
		t.Helper()
		rec := get(t, h, "/search?"+q)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: status %d", q, rec.Code)
		}
		doc := parse(t, rec.Body.Bytes())
		for _, in := range all(doc, func(n *html.Node) bool { return n.Data == "input" && attr(n, "name") == "hedged" }) {
			for _, a := range in.Attr {
				if a.Key == "checked" {
					checked = attr(in, "value")
				}
			}
		}
		return len(all(doc, func(n *html.Node) bool { return hasClass(n, "result") })), checked
	}
	all, _ := results("")
	hedged, checked := results("hedged=true")
	if hedged == 0 || hedged >= all || checked != "true" {
		t.Errorf("hedged=true: %d of %d results, %q checked", hedged, all, checked)
	}
	if n, c := results("hedged=yes"); n != hedged || c != "true" {
		t.Errorf("hedged=yes: %d results, %q checked; want as hedged=true", n, c)
	}
	unhedged, checked := results("hedged=false")
	if unhedged == 0 || checked != "false" {
		t.Errorf("hedged=false: %d results, %q checked", unhedged, checked)
	}
	exact, _ := results("outlet=Valley+Post")
	folded, _ := results("outlet=valley+post")
	if exact == 0 || folded != exact {
		t.Errorf("outlet Valley Post: %d results, valley post: %d", exact, folded)
	}
}

func TestShareScale(t *testing.T) {
	for _, tt := range []struct {
		values []float64
		top    float64
		ticks  int
	}{
		{nil, 1, 3},
		{[]float64{0, 0}, 1, 3},
		{[]float64{0.012, 0.018}, 0.02, 3},
		{[]float64{0.021}, 0.025, 2},
		{[]float64{0.3, 0.04}, 0.5, 3},
		{[]float64{0.6}, 1, 3},
		{[]float64{1}, 1, 3},
		{[]float64{0.05}, 0.05, 3},
		{[]float64{0.0004}, 0.0005, 3},
	} {
		top, ticks := shareScale(tt.values)
		if top != tt.top || len(ticks) != tt.ticks || ticks[len(ticks)-1] != top {
			t.Errorf("shareScale(%v) = %v %v, want top %v", tt.values, top, ticks, tt.top)
		}
		for _, v := range tt.values {
			if v > top {
				t.Errorf("shareScale(%v): %v past the top %v", tt.values, v, top)
			}
		}
	}
	for f, want := range map[float64]string{0: "0%", 0.0137: "1.4%", 0.02: "2%", 0.25: "25%", 1: "100%", 0.0004: "0.04%"} {
		if got := formatShare(f); got != want {
			t.Errorf("formatShare(%v) = %q, want %q", f, got, want)
		}
	}
}

// The outlets page: its date filter counts the articles of the range,
// gender shares come only when asked, and every CSV link carries the
// filters.
func TestOutletsFilters(t *testing.T) {
	h := testHandler(t, testCorpus(t))
	articles := func(target string) map[string]string {
		t.Helper()
		rec := get(t, h, target)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: status %d: %s", target, rec.Code, rec.Body)
		}
		out := map[string]string{}
		for _, tr := range all(parse(t, rec.Body.Bytes()), func(n *html.Node) bool { return n.Data == "tr" }) {
			cells := all(tr, func(n *html.Node) bool { return n.Data == "td" || (n.Data == "th" && attr(n, "scope") == "row") })
			if len(cells) > 1 {
				out[textOf(cells[0])] = textOf(cells[1])
			}
		}
		return out
	}
	if got := articles("/outlets"); got["Harbour Gazette"] != "2" || got["Valley Post"] != "2" || got["Seed Wire"] != "1" {
		t.Errorf("outlets: %v", got)
	}
	// March 2024, both days included: the gazette's bridge opening (4th),
	// the post's budget (12th), the seed (8th); not April's.
	if got := articles("/outlets?from=2024-03-01&to=2024-03-31"); len(got) != 3 || got["Harbour Gazette"] != "1" || got["Valley Post"] != "1" {
		t.Errorf("outlets in March: %v", got)
	}
	if got := articles("/outlets?from=2024-04-20&to=2024-04-20"); len(got) != 1 || got["Harbour Gazette"] != "1" {
		t.Errorf("outlets on 20 April: %v", got)
	}
	plain := get(t, h, "/outlets?from=2024-03-01").Body.String()
	if strings.Contains(plain, `id="gender"`) || strings.Contains(plain, "Female") {
		t.Error("gender shown unasked")
	}
	rec := get(t, h, "/outlets?from=2024-03-01&gender=true")
	doc := parse(t, rec.Body.Bytes())
	if byID(doc, "gender") == nil || !strings.Contains(textOf(doc), "Unknown") {
		t.Fatal("gender=true: no gender chart or no unknown column")
	}
	for _, a := range all(doc, func(n *html.Node) bool { return n.Data == "a" && strings.HasPrefix(attr(n, "href"), "/outlets/") }) {
		u, _ := url.Parse(attr(a, "href"))
		if u.Query().Get("from") != "2024-03-01" || u.Query().Get("gender") != "true" {
			t.Errorf("CSV link %s drops the filters", attr(a, "href"))
		}
	}
	recs := readCSV(t, h, "/outlets/gender.csv?from=2024-03-01")
	if strings.Join(recs[0], ",") != "outlet,female,male,unknown,female_share,male_share,unknown_share" || len(recs) != 4 {
		t.Errorf("gender CSV: %q", recs)
	}
	for _, r := range recs[1:] {
		f, _ := strconv.Atoi(r[1])
		m, _ := strconv.Atoi(r[2])
		u, _ := strconv.Atoi(r[3])
		if f+m+u == 0 {
			t.Errorf("gender CSV row %q counts nobody", r)
		}
	}
	table := readCSV(t, h, "/outlets/outlets.csv?from=2024-03-01&to=2024-03-31")
	if len(table) != 4 || table[0][1] != "documents" || len(table[0]) != 8 {
		t.Errorf("outlets CSV: %q", table)
	}
	for _, q := range []string{"from=tomorrow", "from=2024-05-01&to=2024-04-01", "gender=maybe", "outlet=x"} {
		if rec := get(t, h, "/outlets?"+q); rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "error-box") {
			t.Errorf("/outlets?%s: status %d, want 400 with the error", q, rec.Code)
		}
	}
}

// The hedge chart of small rates is drawn on an axis scaled to them.
func TestOutletChartsScaled(t *testing.T) {
	labels := []string{"A", "B"}
	values := []float64{0.012, 0.018}
	top, ticks := shareScale(values)
	c := newBarChart("hedge-rate", "Hedged", "", labels, values, top, ticks, formatShare)
	plot := c.Axis[len(c.Axis)-1].X - c.Axis[0].X
	if w := c.Rows[1].Pieces[0].W; w < 0.8*plot {
		t.Errorf("the largest rate, 1.8%%, is %.0f px of a %.0f px axis", w, plot)
	}
	if got := c.Axis[len(c.Axis)-1].Label; got != "2%" {
		t.Errorf("axis ends at %s, want 2%%", got)
	}
}

// The API page shows every route of the API and every schema of its
// document, with the parameters of the listings.
func TestAPIPage(t *testing.T) {
	h := testHandler(t, nil)
	rec := get(t, h, "/api")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	doc := parse(t, rec.Body.Bytes())
	for _, rt := range jsonapi.Routes {
		path := strings.ReplaceAll(rt.Pattern, "...}", "}")
		sec := byID(doc, anchor(rt.Method+" "+path))
		if sec == nil || !strings.Contains(textOf(sec), rt.Method+" "+path) {
			t.Errorf("no section for %s %s", rt.Method, path)
		}
	}
	outlets := textOf(byID(doc, "get-api-outlets"))
	for _, p := range []string{"from", "to", "gender", "OutletList"} {
		if !strings.Contains(outlets, p) {
			t.Errorf("GET /api/outlets does not show %s: %q", p, outlets)
		}
	}
	for _, name := range []string{"Hit", "Speaker", "OutletStats", "GenderCounts", "Error"} {
		if byID(doc, "schema-"+name) == nil {
			t.Errorf("no schema %s", name)
		}
	}
	// Schema links lead to their definitions.
	for _, a := range all(doc, func(n *html.Node) bool { return n.Data == "a" && strings.HasPrefix(attr(n, "href"), "#schema-") }) {
		if byID(doc, strings.TrimPrefix(attr(a, "href"), "#")) == nil {
			t.Errorf("link %s leads nowhere", attr(a, "href"))
		}
	}
}

// On a stored article, each speaker links to their page.
func TestArticleLinksSpeakers(t *testing.T) {
	st := testCorpus(t)
	h := testHandler(t, st)
	doc := parse(t, get(t, h, docURL(seedID)).Body.Bytes())
	groups := all(doc, func(n *html.Node) bool { return hasClass(n, "speaker-group") })
	linked := 0
	for _, g := range groups {
		for _, a := range all(g, func(n *html.Node) bool { return n.Data == "a" && hasClass(n, "name") }) {
			linked++
			href := attr(a, "href")
			id, err := strconv.ParseInt(strings.TrimPrefix(href, "/speakers/"), 10, 64)
			if err != nil {
				t.Fatalf("speaker link %q", href)
			}
			sp, err := st.Speaker(t.Context(), id)
			if err != nil || sp.Name != textOf(a) {
				t.Errorf("link %q under %q: speaker %q, %v", href, textOf(a), sp.Name, err)
			}
		}
	}
	if linked == 0 || linked < len(groups)-1 { // "No source named" has no page
		t.Errorf("%d of %d speakers linked", linked, len(groups))
	}
	if n := len(all(doc, func(n *html.Node) bool { return n.Data == "a" && hasClass(n, "speaker") })); n == 0 {
		t.Error("no attribution links its speaker")
	}
	// The analyse page has no store behind it: no links.
	res := postText(t, h, "Angela Merkel said the talks went well.")
	if strings.Contains(res.Body.String(), `href="/speakers/`) {
		t.Error("an analysed text links to speaker pages")
	}
}
