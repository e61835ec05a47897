package ingest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/whosaid/whosaid/internal/shared"
)

// TestNewsPagesBodies measures the page-to-text step on the real pages
// beside the repository against their hand-made article bodies, by the
// words the two share (each word counted as often as both hold it). A
// floor on the means, and on how many pages lose most of their article:
// a selector that cut three of them to their menus had left the means
// at recall .929, precision .907.
func TestNewsPagesBodies(t *testing.T) {
	dir := shared.Path(t, "data/news-pages")
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		t.Fatal(err)
	}
	var sumP, sumR float64
	lost := 0
	for id, want := range truth {
		text := ""
		for d := range Read([]string{filepath.Join(dir, "html", id+".html.gz")}, Options{}) {
			text = d.Text // a page without article text scores 0
		}
		p, r := wordOverlap(text, want.ArticleBody)
		sumP, sumR = sumP+p, sumR+r
		if r < 0.5 {
			lost++
			t.Logf("%s: recall %.3f, precision %.3f (%d bytes, the body %d)", id, r, p, len(text), len(want.ArticleBody))
		}
	}
	n := float64(len(truth))
	t.Logf("%d pages: mean precision %.3f, recall %.3f; %d lose most of their article", len(truth), sumP/n, sumR/n, lost)
	if len(truth) < 60 || sumP/n < 0.92 || sumR/n < 0.96 || lost > 1 {
		t.Errorf("%d pages: mean precision %.3f (floor .92), recall %.3f (floor .96); %d lose most of their article (at most 1)", len(truth), sumP/n, sumR/n, lost)
	}
}

// wordOverlap is the share of got's words that want holds (precision)
// and of want's that got holds (recall), lower-cased.
func wordOverlap(got, want string) (precision, recall float64) {
	words := func(s string) map[string]int {
		m := map[string]int{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			m[w]++
		}
		return m
	}
	g, w := words(got), words(want)
	shared, ng, nw := 0, 0, 0
	for k, c := range g {
		shared += min(c, w[k])
		ng += c
	}
	for _, c := range w {
		nw += c
	}
	if ng > 0 {
		precision = float64(shared) / float64(ng)
	}
	if nw > 0 {
		recall = float64(shared) / float64(nw)
	}
	return precision, recall
}
