package web

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// longArticle is an article of at least words words: the seed article
// and the test corpus, repeated, as paragraphs.
func longArticle(b *testing.B, words int) string {
	text, _ := seed(b)
	parts := []string{text}
	files, err := filepath.Glob("testdata/corpus/*.txt")
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, string(data))
	}
	var sb strings.Builder
	for n := 0; n < words; {
		for _, p := range parts {
			sb.WriteString(p)
			sb.WriteString("\n\n")
			n += len(strings.Fields(p))
		}
	}
	return sb.String()
}

// BenchmarkAnalysePage is the first render of a 2,000-word article: the
// POST of the form, extraction, layout and the page.
func BenchmarkAnalysePage(b *testing.B) {
	text := longArticle(b, 2000)
	h := testHandler(b, nil)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		if rec := postText(b, h, text); rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
}

// BenchmarkRenderArticle is the page of an extracted 2,000-word article
// alone: layout of the spans and the template, without extraction.
func BenchmarkRenderArticle(b *testing.B) {
	text := longArticle(b, 2000)
	doc := extractor(b).Extract(text)
	s, err := newServer(Options{Extractor: extractor(b)})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.renderPage("article", page{Title: "x", Body: articlePage{Source: "bench", Article: newArticleView(doc, "")}}); err != nil {
			b.Fatal(err)
		}
	}
}
