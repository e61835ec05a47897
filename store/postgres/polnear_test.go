package postgres_test

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"

	"whosaid"
	"whosaid/ingest"
	"whosaid/internal/polnear"
	"whosaid/store"
)

// polnearArticles extracts the first n articles of PolNeAR's dev set, with
// their publisher as outlet and their date, for a corpus of real output.
func polnearArticles(t *testing.T, n int) []store.Article {
	t.Helper()
	f, err := os.Open("../" + polnear.DevJSONL) // two folders below the root
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
	for sc.Scan() && len(out) < n {
		var a struct{ ID, Publisher, Date, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		doc := x.Extract(a.Text)
		doc.ID = a.ID
		date, _ := time.Parse("2006-01-02", a.Date)
		out = append(out, store.Article{Doc: doc, Meta: ingest.Meta{Outlet: a.Publisher, Published: date, Title: a.Title}})
	}
	return out
}
