package storetest

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/store"
)

// PolNeAR extracts the first n articles (all when n <= 0) of a PolNeAR
// JSONL file, with their publisher as outlet and their date: a corpus of
// the extractor's real output.
func PolNeAR(t testing.TB, path string, n int) []store.Article {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("PolNeAR: %v", err)
	}
	defer f.Close()
	x, err := whosaid.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	var out []store.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() && (n <= 0 || len(out) < n) {
		var a struct{ ID, Publisher, Date, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		doc := x.Extract(a.Text)
		doc.ID = a.ID
		date, _ := time.Parse("2006-01-02", a.Date)
		out = append(out, store.Article{Doc: doc, Meta: article.Meta{Outlet: a.Publisher, Published: date, Title: a.Title}})
	}
	return out
}
