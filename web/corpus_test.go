package web

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/internal/shared"
	"github.com/whosaid/whosaid/store"
	"github.com/whosaid/whosaid/store/sqlite"
)

// The seed article the project started from, and what a reader needs
// from it; reached beside the repository.
const (
	seedDir  = "../../shared/fixtures/seed"
	seedFile = "000_fa07f6f012f0531c.txt"
)

// seedExpected is the part of expected.json the pages are checked against.
type seedExpected struct {
	Title        string   `json:"title"`
	Boilerplate  []string `json:"boilerplate"`
	Attributions []struct {
		Source  string `json:"source"`
		Cue     string `json:"cue"`
		Content string `json:"content"`
		Kind    string `json:"kind"`
		Hedge   string `json:"hedge"`
		Nested  bool   `json:"nested"`
	} `json:"attributions"`
	Unattributed []string `json:"unattributed"`
}

// seed reads the seed article and its expectations; the test is skipped
// when the shared fixtures are not beside the repository.
func seed(t testing.TB) (string, seedExpected) {
	t.Helper()
	text, err := os.ReadFile(shared.Need(t, filepath.Join(seedDir, seedFile)))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(seedDir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var exp seedExpected
	if err := json.Unmarshal(raw, &exp); err != nil {
		t.Fatal(err)
	}
	return string(text), exp
}

var testExtractor = sync.OnceValues(whosaid.NewExtractor)

func extractor(t testing.TB) *whosaid.Extractor {
	t.Helper()
	x, err := testExtractor()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// The articles of the test corpus besides the seed, with their metadata.
var corpusArticles = []struct {
	file string
	meta article.Meta
}{
	{"bridge-opening.txt", article.Meta{Outlet: "Harbour Gazette", Title: "Bridge opening set for May",
		Published: day(2024, 3, 4), URL: "https://gazette.example/bridge"}},
	{"bridge-budget.txt", article.Meta{Outlet: "Valley Post", Title: "Bridge budget under scrutiny",
		Published: day(2024, 3, 12)}},
	{"bridge-ceremony.txt", article.Meta{Outlet: "Harbour Gazette", Title: "Bridge ceremony planned",
		Published: day(2024, 4, 20)}},
	{"hostile.txt", article.Meta{Outlet: "Valley Post", Title: `<script>alert("title")</script> statement`,
		Published: day(2024, 4, 2), URL: "javascript:alert(1)"}},
}

// seedID is the ID of the seed article in the test corpus.
const seedID = "seed/000.txt"

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// testCorpus is a SQLite store in a temporary folder holding the seed
// article and the articles of testdata/corpus, extracted.
func testCorpus(t testing.TB) store.Store {
	t.Helper()
	text, _ := seed(t)
	x := extractor(t)
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "corpus.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	doc := x.Extract(text)
	doc.ID = seedID
	articles := []store.Article{{Doc: doc, Meta: article.Meta{Outlet: "Seed Wire", Published: day(2024, 3, 8)}}}
	for _, a := range corpusArticles {
		b, err := os.ReadFile(filepath.Join("testdata/corpus", a.file))
		if err != nil {
			t.Fatal(err)
		}
		doc := x.Extract(string(b))
		doc.ID = "corpus/" + a.file
		articles = append(articles, store.Article{Doc: doc, Meta: a.meta})
	}
	if err := db.Put(context.Background(), articles); err != nil {
		t.Fatal(err)
	}
	return db
}

// testHandler is the web interface over the test corpus (nil: none).
func testHandler(t testing.TB, st store.Store) http.Handler {
	t.Helper()
	h, err := New(Options{Extractor: extractor(t), Store: st})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}
