package ingest

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/internal/warctest"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden")

// render writes the documents and skips of a read as the golden files
// hold them: one JSON object per document, then the skip reasons.
func render(t *testing.T, docs []Doc, skipped []string) []byte {
	t.Helper()
	var b bytes.Buffer
	for _, d := range docs {
		if d.Err != nil {
			fmt.Fprintf(&b, "ERROR %v\n", d.Err)
			continue
		}
		rec := struct {
			ID     string       `json:"id"`
			Source string       `json:"source"`
			Meta   article.Meta `json:"meta"`
			Text   string       `json:"text"`
		}{d.ID, d.Source, d.Meta, d.Text}
		j, err := json.MarshalIndent(rec, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		b.Write(j)
		b.WriteByte('\n')
	}
	for _, s := range skipped {
		fmt.Fprintf(&b, "SKIPPED %s\n", s)
	}
	return b.Bytes()
}

// checkGolden compares got with testdata/golden/name.golden, or rewrites
// it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name+".golden")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it):\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}

// readAll reads paths, collecting documents and skip reasons.
func readAll(paths []string, opts Options) ([]Doc, []string) {
	var skipped []string
	opts.Skipped = func(reason string) { skipped = append(skipped, reason) }
	var docs []Doc
	for d := range Read(paths, opts) {
		docs = append(docs, d)
	}
	return docs, skipped
}

func TestGoldenPages(t *testing.T) {
	tests := []struct {
		name  string
		paths []string
	}{
		{"wordpress", []string{"testdata/html/wordpress.html"}},
		{"news_jsonld", []string{"testdata/html/news_jsonld.html"}},
		{"bare", []string{"testdata/html/bare.html"}},
		{"windows1252", []string{"testdata/html/windows1252.html"}},
		{"rss2", []string{"testdata/feeds/rss2.rss"}},
		{"atom", []string{"testdata/feeds/atom.atom"}},
		{"invalid_feed", []string{"testdata/feeds/invalid.rss"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, skipped := readAll(tt.paths, Options{})
			checkGolden(t, tt.name, render(t, docs, skipped))
		})
	}
}

// testWARC is an archive as a crawler writes it: warcinfo, request and
// response pairs, an HTML page, a page in windows-1252 declared only in
// the HTTP header, an image, a 404, a revisit and a metadata record.
func testWARC(t testing.TB, compress bool) []byte {
	t.Helper()
	page := func(title, text string) string { return warctest.Page("Daily Example", title, text) }
	cp1252 := "<html><head><title>Na\xefve plan</title></head><body><article><h1>Na\xefve plan</h1>" +
		"<p>The minister said the plan was \x93na\xefve\x94 and would cost \x80 2 million, more than the budget allowed for the whole year.</p>" +
		"<p>Officials told reporters that a review would be published in the spring, after consultation with the regions and the unions.</p></article></body></html>"
	date := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	recs := []warctest.Record{
		{Type: "warcinfo", Body: "software: whosaid-test\r\nformat: WARC File Format 1.0\r\n"},
		{Type: "request", URI: "https://daily.example/news/1", Body: "GET /news/1 HTTP/1.1\r\nHost: daily.example\r\n\r\n"},
		{Type: "response", URI: "https://daily.example/news/1", Date: date, ContentType: "text/html; charset=utf-8",
			Body: page("Port strike ends", portStrike)},
		{Type: "response", URI: "https://daily.example/news/2", Date: date, ContentType: "text/html; charset=windows-1252", Body: cp1252},
		{Type: "response", URI: "https://daily.example/logo.png", Date: date, ContentType: "image/png", Body: "\x89PNG\r\n\x1a\n\x00\x00"},
		{Type: "response", URI: "https://daily.example/missing", Date: date, Status: 404, ContentType: "text/html", Body: "<html><body><p>Not found</p></body></html>"},
		{Type: "revisit", URI: "https://daily.example/news/1", Date: date},
		{Type: "metadata", URI: "https://daily.example/news/1", Body: "fetchTimeMs: 120\r\n"},
	}
	var b bytes.Buffer
	w := warctest.NewWriter(&b, compress)
	for _, r := range recs {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	return b.Bytes()
}

func TestGoldenWARC(t *testing.T) {
	for _, compress := range []bool{true, false} {
		name := "test.warc" // gzip or not, told by content
		t.Run(fmt.Sprint("compress=", compress), func(t *testing.T) {
			var skipped []string
			opts := Options{Skipped: func(r string) { skipped = append(skipped, r) }}
			var docs []Doc
			for d := range ReadFrom(name, bytes.NewReader(testWARC(t, compress)), opts) {
				docs = append(docs, d)
			}
			checkGolden(t, "warc", render(t, docs, skipped))
		})
	}
}

// The archive is sniffed from its content, without a telling name.
func TestWARCSniffed(t *testing.T) {
	for _, compress := range []bool{true, false} {
		var n int
		for d := range ReadFrom("archive.bin", bytes.NewReader(testWARC(t, compress)), Options{}) {
			if d.Err != nil {
				t.Fatalf("compress=%v: %v", compress, d.Err)
			}
			n++
		}
		if n != 2 {
			t.Errorf("compress=%v: %d documents, want 2", compress, n)
		}
	}
}

func docIDs(docs []Doc) string {
	var s []string
	for _, d := range docs {
		if d.Err != nil {
			s = append(s, "ERR "+d.Err.Error())
		} else {
			s = append(s, d.ID)
		}
	}
	return strings.Join(s, "\n")
}

func itoa(n int) string { return fmt.Sprint(n) }

func writeFile(path, content string) error { return os.WriteFile(path, []byte(content), 0o644) }

func readFile(path string) (string, error) {
	b, err := os.ReadFile(path)
	return string(b), err
}

// warcPage is the first page of testWARC.
func warcPage() string {
	return warctest.Page("Daily Example", "Port strike ends", portStrike)
}

const portStrike = "Dock workers voted on Friday to end a two-week strike at the port, the union said.\n\"This is a fair deal for our members,\" its general secretary told reporters outside the hall, adding that work would resume on Monday.\nThe port handles a third of the country's container traffic, and shipping companies said the strike had cost them millions. Several vessels were diverted to other ports during the dispute."
