package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/whosaid/whosaid/store"
)

func serve(t testing.TB, h http.Handler, method, target string, body io.Reader, contentType string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func get(t testing.TB, h http.Handler, target string) *httptest.ResponseRecorder {
	return serve(t, h, http.MethodGet, target, nil, "")
}

func postText(t testing.TB, h http.Handler, text string) *httptest.ResponseRecorder {
	return serve(t, h, http.MethodPost, "/analyse", strings.NewReader(url.Values{"text": {text}}.Encode()),
		"application/x-www-form-urlencoded")
}

func postFile(t testing.TB, h http.Handler, name string, data []byte) *httptest.ResponseRecorder {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	fw, err := mw.CreateFormFile("file", name)
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(data)
	mw.WriteField("text", "")
	mw.Close()
	return serve(t, h, http.MethodPost, "/analyse", &b, mw.FormDataContentType())
}

// A few DOM helpers over x/net/html.

func parse(t testing.TB, body []byte) *html.Node {
	t.Helper()
	n, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	return n.Type == html.ElementNode && slices.Contains(strings.Fields(attr(n, "class")), class)
}

// all returns the elements under n for which match is true, in order.
func all(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && match(d) {
			out = append(out, d)
		}
	}
	return out
}

func byID(n *html.Node, id string) *html.Node {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && attr(d, "id") == id {
			return d
		}
	}
	return nil
}

func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

// field is the text of a details entry's field ("Source", "Cue", ...).
func field(li *html.Node, name string) string {
	for _, dt := range all(li, func(n *html.Node) bool { return n.Data == "dt" }) {
		if textOf(dt) == name {
			for s := dt.NextSibling; s != nil; s = s.NextSibling {
				if s.Type == html.ElementNode && s.Data == "dd" {
					return textOf(s)
				}
			}
		}
	}
	return ""
}

// checkBalanced asserts that the article text's markup is well nested as
// written (the HTML parser would silently repair it).
func checkBalanced(t *testing.T, body []byte) {
	t.Helper()
	start := bytes.Index(body, []byte(`<div class="text" id="text">`))
	if start < 0 {
		t.Fatal("no article text in the page")
	}
	z := html.NewTokenizer(bytes.NewReader(body[start:]))
	var stack []string
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			t.Fatalf("article text not closed: %v", z.Err())
		case html.StartTagToken:
			name, _ := z.TagName()
			if string(name) == "a" && slices.Contains(stack, "a") {
				t.Fatal("a link inside a link")
			}
			stack = append(stack, string(name))
		case html.EndTagToken:
			name, _ := z.TagName()
			if len(stack) == 0 || stack[len(stack)-1] != string(name) {
				t.Fatalf("</%s> closes %v", name, stack)
			}
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				return // the end of the text's div
			}
		}
	}
}

func TestNewNeedsExtractor(t *testing.T) {
	if _, err := New(Options{}); !errors.Is(err, ErrNoExtractor) {
		t.Fatalf("New without extractor: %v, want ErrNoExtractor", err)
	}
}

// TestSecurityHeaders: every response, page, asset, error or download,
// carries the policy.
func TestSecurityHeaders(t *testing.T) {
	h := testHandler(t, testCorpus(t))
	for _, target := range []string{"/", "/static/style.css", "/static/app.js", "/nowhere", "/search?q=bridge",
		"/outlets", "/outlets/types.csv", "/speakers", "/articles/" + url.PathEscape(seedID), "/api/documents"} {
		rec := get(t, h, target)
		hdr := rec.Header()
		if got := hdr.Get("Content-Security-Policy"); got != ContentSecurityPolicy {
			t.Errorf("%s: CSP %q", target, got)
		}
		if hdr.Get("X-Content-Type-Options") != "nosniff" || hdr.Get("Referrer-Policy") != "no-referrer" {
			t.Errorf("%s: headers %v", target, hdr)
		}
	}
	// The policy itself: no inline script or style, no framing.
	for _, want := range []string{"default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'"} {
		if !strings.Contains(ContentSecurityPolicy, want) {
			t.Errorf("policy lacks %s", want)
		}
	}
	if strings.Contains(ContentSecurityPolicy, "unsafe") {
		t.Error("policy allows unsafe sources")
	}
}

// TestNoInlineScriptOrStyle: the CSP would block them, so the templates
// must not have any.
func TestNoInlineScriptOrStyle(t *testing.T) {
	text, _ := seed(t)
	st := testCorpus(t)
	h := testHandler(t, st)
	pages := map[string][]byte{
		"analyse result": postText(t, h, text).Body.Bytes(),
	}
	for _, p := range []string{"/", "/search?q=bridge", "/outlets", "/speakers", "/speakers/1", "/articles/" + url.PathEscape(seedID), "/nowhere"} {
		pages[p] = get(t, h, p).Body.Bytes()
	}
	for name, body := range pages {
		doc := parse(t, body)
		for _, n := range all(doc, func(*html.Node) bool { return true }) {
			if n.Data == "script" && (attr(n, "src") == "" || n.FirstChild != nil) {
				t.Errorf("%s: inline script", name)
			}
			if n.Data == "style" || attr(n, "style") != "" {
				t.Errorf("%s: inline style on <%s>", name, n.Data)
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(a.Key, "on") {
					t.Errorf("%s: event handler attribute %s", name, a.Key)
				}
			}
		}
	}
}

// TestAnalyseSeed posts the seed article and finds every attribution a
// reader expects in the details list, linked from its cue in the text,
// the own-voice sentence shaded and the page furniture dimmed.
func TestAnalyseSeed(t *testing.T) {
	text, exp := seed(t)
	rec := postText(t, testHandler(t, nil), text)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	checkBalanced(t, rec.Body.Bytes())
	doc := parse(t, rec.Body.Bytes())
	textDiv := byID(doc, "text")
	if textDiv == nil || textOf(textDiv) != strings.TrimSpace(text) && !strings.Contains(text, textOf(textDiv)) {
		t.Fatalf("the article text is not shown whole")
	}
	items := all(doc, func(n *html.Node) bool { return n.Data == "li" && hasClass(n, "attr") })
	if len(items) < len(exp.Attributions) {
		t.Fatalf("%d attributions listed, want at least %d", len(items), len(exp.Attributions))
	}
	for _, e := range exp.Attributions {
		var found *html.Node
		for _, li := range items {
			speaker := textOf(firstOf(li, "speaker"))
			if (containsFold(field(li, "Source"), e.Source) || containsFold(speaker, e.Source)) &&
				containsFold(field(li, "Cue"), e.Cue) && containsFold(field(li, "Content"), e.Content) {
				found = li
				break
			}
		}
		if found == nil {
			t.Errorf("attribution %q %q %q not listed", e.Source, e.Cue, e.Content)
			continue
		}
		id := attr(found, "id") // "aN"
		link := byID(doc, "t"+id[1:])
		if link == nil || link.Data != "a" || attr(link, "href") != "#"+id {
			t.Errorf("attribution %s: no link from the text", id)
			continue
		}
		if speaker := textOf(firstOf(found, "speaker")); !strings.Contains(attr(link, "title"), speaker) {
			t.Errorf("attribution %s: the cue's tooltip %q does not name %q", id, attr(link, "title"), speaker)
		}
		if !containsFold(textOf(link), firstWord(e.Cue)) {
			t.Errorf("attribution %s: link %q is not on the cue %q", id, textOf(link), e.Cue)
		}
		// Every piece of the attribution in the text carries its number.
		n := id[1:]
		pieces := all(textDiv, func(x *html.Node) bool { return attr(x, "data-a") == n })
		roles := map[string]bool{}
		for _, p := range pieces {
			for _, c := range []string{"src", "cue", "con", "hedge"} {
				if hasClass(p, c) {
					roles[c] = true
				}
			}
		}
		if !roles["cue"] || !roles["con"] {
			t.Errorf("attribution %s: pieces %v lack cue or content", id, roles)
		}
		if e.Hedge != "" && !roles["hedge"] && !containsFold(field(found, "Hedge"), e.Hedge) {
			t.Errorf("attribution %s: hedge %q not marked", id, e.Hedge)
		}
		if e.Nested {
			nested := false
			for _, p := range pieces {
				if hasClass(p, "con") && hasClass(p, "n1") {
					nested = true
				}
			}
			if !nested {
				t.Errorf("attribution %s: nested content not drawn as nested", id)
			}
		}
	}
	own := all(textDiv, func(n *html.Node) bool { return hasClass(n, "own") })
	for _, u := range exp.Unattributed {
		if !slices.ContainsFunc(own, func(n *html.Node) bool { return containsFold(textOf(n), u) }) {
			t.Errorf("own-voice sentence %q not shaded", u)
		}
	}
	boiler := all(textDiv, func(n *html.Node) bool { return hasClass(n, "boiler") })
	for _, b := range exp.Boilerplate {
		if !slices.ContainsFunc(boiler, func(n *html.Node) bool { return strings.Contains(textOf(n), b) }) {
			t.Errorf("boilerplate %q not dimmed", b)
		}
	}
	// The side panel: speakers with counts, and the anonymous share.
	groups := all(doc, func(n *html.Node) bool { return hasClass(n, "speaker-group") })
	total := 0
	for _, g := range groups {
		total += len(all(g, func(n *html.Node) bool { return n.Data == "a" }))
	}
	if total != len(items) {
		t.Errorf("speaker panel links %d attributions, the list has %d", total, len(items))
	}
	big := firstOf(doc, "big")
	if big == nil || !strings.HasSuffix(textOf(big), "%") {
		t.Errorf("no anonymous share in the panel")
	}
}

// firstOf is the first element under n with the class.
func firstOf(n *html.Node, class string) *html.Node {
	if found := all(n, func(x *html.Node) bool { return hasClass(x, class) }); len(found) > 0 {
		return found[0]
	}
	return &html.Node{}
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return s
}

// TestHostileText: markup in an article is text, in the analysed page and
// in a stored article, its title and its URL.
func TestHostileText(t *testing.T) {
	raw, err := os.ReadFile("testdata/corpus/hostile.txt")
	if err != nil {
		t.Fatal(err)
	}
	h := testHandler(t, testCorpus(t))
	for name, rec := range map[string]*httptest.ResponseRecorder{
		"analysed": postText(t, h, string(raw)),
		"stored":   get(t, h, "/articles/"+url.PathEscape("corpus/hostile.txt")),
		"search":   get(t, h, "/search?speaker=Eve+Mallory"),
	} {
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: status %d", name, rec.Code)
		}
		body := rec.Body.String()
		for _, bad := range []string{"<script>document", "<script>alert", "<img", "javascript:"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s: page holds %q unescaped", name, bad)
			}
		}
		if !strings.Contains(body, "&lt;script&gt;") || !strings.Contains(body, "onerror=alert(1)") {
			t.Errorf("%s: the markup is not shown as text", name)
		}
		doc := parse(t, rec.Body.Bytes())
		for _, s := range all(doc, func(n *html.Node) bool { return n.Data == "script" || n.Data == "img" }) {
			if s.Data == "img" || attr(s, "src") == "" {
				t.Errorf("%s: element <%s> from the article", name, s.Data)
			}
		}
	}
}

func TestAnalyseUpload(t *testing.T) {
	h := testHandler(t, nil)
	page := []byte(`<!doctype html><html><head><title>Ferry strike — Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette"><meta property="og:title" content="Ferry strike ends"></head>
<body><nav>Home | News | Sport</nav><article><h1>Ferry strike ends</h1>
<p>The ferry strike ended on Monday after ten days, the union said in a statement.</p>
<p>"We have reached a fair deal with the operator and our members will return to work on Tuesday," union leader Tom Reyes told reporters outside the port.</p>
<p>A company spokeswoman said services would be back to normal by the weekend, although some crossings could still be delayed by maintenance work on two of the older vessels.</p>
</article><footer>© Harbour Gazette</footer></body></html>`)
	rec := postFile(t, h, "ferry.html", page)
	if rec.Code != http.StatusOK {
		t.Fatalf("HTML upload: status %d: %s", rec.Code, rec.Body)
	}
	doc := parse(t, rec.Body.Bytes())
	text := textOf(byID(doc, "text"))
	if !strings.Contains(text, "Tom Reyes") || strings.Contains(text, "<p>") || strings.Contains(text, "Sport") {
		t.Errorf("the article text of the page is not what was shown: %q", text)
	}
	if !strings.Contains(rec.Body.String(), "Harbour Gazette") {
		t.Error("the page's outlet is not shown")
	}
	if len(all(doc, func(n *html.Node) bool { return hasClass(n, "attr") })) == 0 {
		t.Error("no attribution found in the uploaded page")
	}

	rec = postFile(t, h, "note.txt", []byte("Anna Berg said the vote was close."))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "Analysis of note.txt") {
		t.Errorf("text upload: status %d", rec.Code)
	}
}

func TestAnalyseBadInput(t *testing.T) {
	h, err := New(Options{Extractor: extractor(t), MaxUpload: 1 << 10})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		rec    *httptest.ResponseRecorder
		status int
		says   string
	}{
		{"empty", postText(t, h, "  \n"), http.StatusBadRequest, "Paste the text"},
		{"invalid UTF-8", postText(t, h, "Ann said \xff hi"), http.StatusBadRequest, "invalid UTF-8"},
		{"NUL", postText(t, h, "Ann said\x00 hi"), http.StatusBadRequest, "NUL"},
		{"too large", postText(t, h, strings.Repeat("word ", 400)), http.StatusRequestEntityTooLarge, "too large"},
		{"binary file", postFile(t, h, "x.bin", []byte("\x00\x01\x02 binary")), http.StatusBadRequest, "x.bin"},
		{"not a form", serve(t, h, http.MethodPost, "/analyse", strings.NewReader("text=a%ZZ"), "application/x-www-form-urlencoded"), http.StatusBadRequest, "could not be read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.rec.Code != tt.status {
				t.Errorf("status %d, want %d", tt.rec.Code, tt.status)
			}
			doc := parse(t, tt.rec.Body.Bytes())
			box := firstOf(doc, "error-box")
			if !strings.Contains(textOf(box), tt.says) {
				t.Errorf("error box %q does not say %q", textOf(box), tt.says)
			}
			if byID(doc, "text-input") == nil {
				t.Error("the form is not shown again")
			}
		})
	}
}

// TestAnalysesTakeTurns: beyond MaxAnalyses at once, an analysis waits
// for its turn, and gets a "busy" page if it does not come.
func TestAnalysesTakeTurns(t *testing.T) {
	s, err := newServer(Options{Extractor: extractor(t), MaxAnalyses: 1})
	if err != nil {
		t.Fatal(err)
	}
	s.wait = 50 * time.Millisecond
	h, err := s.handler()
	if err != nil {
		t.Fatal(err)
	}
	release, ok := s.takeTurn(context.Background()) // an analysis running
	if !ok {
		t.Fatal("no turn for the first analysis")
	}
	rec := postText(t, h, "Rain is coming, officials said.")
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
		t.Errorf("while busy: status %d, Retry-After %q", rec.Code, rec.Header().Get("Retry-After"))
	}
	if box := textOf(firstOf(parse(t, rec.Body.Bytes()), "error-box")); !strings.Contains(box, "busy") {
		t.Errorf("while busy, the page says %q", box)
	}
	// The turn comes while the request waits.
	time.AfterFunc(10*time.Millisecond, release)
	s.wait = 10 * time.Second
	if rec := postText(t, h, "Rain is coming, officials said."); rec.Code != http.StatusOK {
		t.Errorf("after the turn came: status %d", rec.Code)
	}
	// And is given back: the next one needs no wait.
	s.wait = 0
	if rec := postText(t, h, "Snow is coming, officials said."); rec.Code != http.StatusOK {
		t.Errorf("next analysis: status %d", rec.Code)
	}
}

func TestWithoutStore(t *testing.T) {
	h := testHandler(t, nil)
	for _, p := range []string{"/search", "/outlets", "/speakers", "/speakers/1", "/articles/x", "/outlets/types.csv"} {
		rec := get(t, h, p)
		if rec.Code != http.StatusNotFound || !strings.Contains(rec.Body.String(), "no corpus") {
			t.Errorf("%s without a store: status %d", p, rec.Code)
		}
	}
	body := get(t, h, "/").Body.String()
	if strings.Contains(body, `href="/search"`) {
		t.Error("the menu offers search without a corpus")
	}
}

func TestSearch(t *testing.T) {
	h := testHandler(t, testCorpus(t))
	rec := get(t, h, "/search?q=bridge&outlet=Harbour+Gazette")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	doc := parse(t, rec.Body.Bytes())
	results := all(doc, func(n *html.Node) bool { return hasClass(n, "result") })
	if len(results) == 0 {
		t.Fatal("no result")
	}
	for _, r := range results {
		if !strings.Contains(textOf(r), "Harbour Gazette") {
			t.Errorf("result from another outlet: %q", textOf(r))
		}
		marks := all(r, func(n *html.Node) bool { return n.Data == "mark" })
		if len(marks) == 0 || !containsFold(textOf(marks[0]), "bridge") {
			t.Errorf("result without the query marked: %q", textOf(r))
		}
		links := all(r, func(n *html.Node) bool { return n.Data == "a" && strings.HasPrefix(attr(n, "href"), "/articles/") })
		if len(links) == 0 {
			t.Fatal("result without a link to its article")
		}
		// The link opens the article at the attribution.
		href := attr(links[0], "href")
		path, frag, _ := strings.Cut(href, "#")
		art := get(t, h, path)
		if art.Code != http.StatusOK || byID(parse(t, art.Body.Bytes()), frag) == nil {
			t.Errorf("%s: status %d or no element #%s", href, art.Code, frag)
		}
	}
	for _, q := range []string{"kind=nobody", "from=yesterday", "hedged=maybe", "from=2024-05-01&to=2024-04-01"} {
		if rec := get(t, h, "/search?"+q); rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "error-box") {
			t.Errorf("%s: status %d, want 400 with the error", q, rec.Code)
		}
	}
	// Filters narrow: only hedged, only anonymous.
	rec = get(t, h, "/search?hedged=yes&kind=anonymous")
	for _, r := range all(parse(t, rec.Body.Bytes()), func(n *html.Node) bool { return hasClass(n, "result") }) {
		if !strings.Contains(textOf(r), "hedged") || !strings.Contains(textOf(r), "anonymous") {
			t.Errorf("hedged anonymous search gave %q", textOf(r))
		}
	}
}

// TestSearchPages: the listing of all attributions pages forward and back.
func TestSearchPages(t *testing.T) {
	h := testHandler(t, testCorpus(t))
	first := parse(t, get(t, h, "/search").Body.Bytes())
	next := all(first, func(n *html.Node) bool { return n.Data == "a" && attr(n, "rel") == "next" })
	if len(next) != 1 || len(all(first, func(n *html.Node) bool { return hasClass(n, "result") })) != resultsPerPage {
		t.Fatalf("first page: %d next links", len(next))
	}
	second := parse(t, get(t, h, attr(next[0], "href")).Body.Bytes())
	if s := textOf(firstOf(second, "results-summary")); !strings.HasPrefix(s, fmt.Sprintf("%d–", resultsPerPage+1)) {
		t.Errorf("second page says %q", s)
	}
	prev := all(second, func(n *html.Node) bool { return n.Data == "a" && attr(n, "rel") == "prev" })
	if len(prev) != 1 || attr(prev[0], "href") != "/search?" {
		t.Errorf("second page: previous links %v", prev)
	}
}

func TestSpeakerPage(t *testing.T) {
	h := testHandler(t, testCorpus(t))
	list := parse(t, get(t, h, "/speakers?name=Jane").Body.Bytes())
	links := all(list, func(n *html.Node) bool { return n.Data == "a" && strings.HasPrefix(attr(n, "href"), "/speakers/") })
	if len(links) != 1 || textOf(links[0]) != "Jane Ortiz" {
		t.Fatalf("speaker list for Jane: %d links", len(links))
	}
	rec := get(t, h, attr(links[0], "href"))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	doc := parse(t, rec.Body.Bytes())
	body := textOf(doc)
	for _, want := range []string{"Jane Ortiz", "Mayor", "Harbour Gazette", "Valley Post", "bridge will open in May"} {
		if !strings.Contains(body, want) {
			t.Errorf("speaker page lacks %q", want)
		}
	}
	for _, id := range []string{"timeline", "by-outlet"} {
		fig := byID(doc, id)
		if fig == nil || len(all(fig, func(n *html.Node) bool { return n.Data == "svg" })) == 0 {
			t.Errorf("no %s chart", id)
			continue
		}
		svg := all(fig, func(n *html.Node) bool { return n.Data == "svg" })[0]
		if attr(svg, "role") != "img" || len(all(svg, func(n *html.Node) bool { return n.Data == "title" })) == 0 {
			t.Errorf("%s chart is not labelled for screen readers", id)
		}
	}
	csvRec := get(t, h, attr(links[0], "href")+"/outlets.csv")
	if ct := csvRec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") || !strings.Contains(csvRec.Body.String(), "Valley Post,1") {
		t.Errorf("outlets CSV: %s %q", ct, csvRec.Body)
	}
	for _, p := range []string{"/speakers/0", "/speakers/x", "/speakers/99999", "/speakers/1/nothing.csv"} {
		if rec := get(t, h, p); rec.Code != http.StatusNotFound {
			t.Errorf("%s: status %d", p, rec.Code)
		}
	}
}

// TestSpeakerAliases: a speaker's page lists the names the store merged.
func TestSpeakerAliases(t *testing.T) {
	st := testCorpus(t)
	h := testHandler(t, st)
	list, err := st.Speakers(context.Background(), store.SpeakerFilter{Page: store.Page{Limit: store.MaxLimit}})
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, sp := range list.Items {
		if len(sp.Aliases) == 0 {
			continue
		}
		doc := parse(t, get(t, h, fmt.Sprintf("/speakers/%d", sp.ID)).Body.Bytes())
		var shown []string
		for _, a := range all(doc, func(n *html.Node) bool { return hasClass(n, "alias") }) {
			shown = append(shown, textOf(a))
		}
		if !slices.Equal(shown, sp.Aliases) {
			t.Errorf("speaker %d %s: aliases shown %q, stored %q", sp.ID, sp.Name, shown, sp.Aliases)
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("no speaker with aliases in the test corpus")
	}
}

func TestOutlets(t *testing.T) {
	h := testHandler(t, testCorpus(t))
	rec := get(t, h, "/outlets")
	doc := parse(t, rec.Body.Bytes())
	for _, id := range []string{"anonymous-share", "hedge-rate", "types"} {
		fig := byID(doc, id)
		if fig == nil {
			t.Errorf("no chart %s", id)
			continue
		}
		svgText := textOf(fig)
		for _, o := range []string{"Harbour Gazette", "Valley Post", "Seed Wire"} {
			if !strings.Contains(svgText, o) {
				t.Errorf("chart %s lacks label %s", id, o)
			}
		}
		csvLinks := all(fig, func(n *html.Node) bool { return hasClass(n, "csv") })
		if len(csvLinks) != 1 {
			t.Fatalf("chart %s: %d CSV links", id, len(csvLinks))
		}
		csvRec := get(t, h, attr(csvLinks[0], "href"))
		lines := strings.Split(strings.TrimSpace(csvRec.Body.String()), "\n")
		if csvRec.Code != http.StatusOK || len(lines) != 4 || !strings.HasPrefix(csvRec.Header().Get("Content-Disposition"), "attachment") {
			t.Errorf("chart %s CSV: status %d, %d lines", id, csvRec.Code, len(lines))
		}
	}
	// The stacked chart tells its series apart by pattern, not only colour.
	if len(all(byID(doc, "types"), func(n *html.Node) bool { return n.Data == "pattern" })) < 2 {
		t.Error("direct/indirect chart has no patterns")
	}
	// One chart of the most quoted speakers per outlet, long names cut
	// with their whole name kept in the chart.
	tops := all(byID(doc, "top-speakers"), func(n *html.Node) bool { return n.Data == "figure" })
	if len(tops) != 3 {
		t.Errorf("%d charts of top speakers, want one per outlet", len(tops))
	}
	for _, f := range tops {
		for _, label := range all(f, func(n *html.Node) bool { return n.Data == "text" && attr(n, "text-anchor") == "end" }) {
			if shown := label.LastChild; shown != nil && len([]rune(shown.Data)) > maxLabel {
				t.Errorf("label %q is not shortened", shown.Data)
			}
		}
	}
	top := get(t, h, "/outlets/top-speakers.csv").Body.String()
	if !strings.Contains(top, "Harbour Gazette,1,Jane Ortiz,3") {
		t.Errorf("top speakers CSV: %q", top)
	}
	if rec := get(t, h, "/outlets/other.csv"); rec.Code != http.StatusNotFound {
		t.Errorf("unknown chart: status %d", rec.Code)
	}
}

func TestDocURL(t *testing.T) {
	st := testCorpus(t)
	h := testHandler(t, st)
	for _, id := range []string{seedID, "corpus/hostile.txt"} {
		if rec := get(t, h, docURL(id)); rec.Code != http.StatusOK {
			t.Errorf("%s via %s: status %d", id, docURL(id), rec.Code)
		}
	}
	for id, want := range map[string]string{
		"a/b c?d#e": "/articles/a%2Fb%20c%3Fd%23e", "..": "/articles/%2E%2E", "x:1": "/articles/x:1",
	} {
		if got := docURL(id); got != want {
			t.Errorf("docURL(%q) = %q, want %q", id, got, want)
		}
	}
	if rec := get(t, h, "/articles/nothing-here"); rec.Code != http.StatusNotFound {
		t.Errorf("missing article: status %d", rec.Code)
	}
}

func TestStaticAssets(t *testing.T) {
	h := testHandler(t, nil)
	body := get(t, h, "/").Body.String()
	for _, name := range []string{"style.css", "app.js", "icon.svg"} {
		i := strings.Index(body, "/static/"+name+"?v=")
		if i < 0 {
			t.Fatalf("page does not link %s by hash", name)
		}
		u := body[i:]
		u = u[:strings.IndexByte(u, '"')]
		u = strings.ReplaceAll(u, "&amp;", "&")
		rec := get(t, h, u)
		if rec.Code != http.StatusOK || !strings.Contains(rec.Header().Get("Cache-Control"), "immutable") {
			t.Errorf("%s: status %d, cache %q", u, rec.Code, rec.Header().Get("Cache-Control"))
		}
	}
}

func TestStaticNoListing(t *testing.T) {
	h := testHandler(t, nil)
	for _, p := range []string{"/static/", "/static/nothing.css"} {
		if rec := get(t, h, p); rec.Code != http.StatusNotFound || strings.Contains(rec.Body.String(), "style.css") {
			t.Errorf("%s: status %d, body %q", p, rec.Code, rec.Body)
		}
	}
}

func ExampleNew() {
	x, err := testExtractor()
	if err != nil {
		panic(err)
	}
	h, err := New(Options{Extractor: x}) // no Store: the analyse page only
	if err != nil {
		panic(err)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	fmt.Println(rec.Code, rec.Header().Get("X-Frame-Options"))
	// Output: 200 DENY
}
