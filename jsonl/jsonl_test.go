package jsonl_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/ingest"
	"github.com/whosaid/whosaid/internal/filter"
	"github.com/whosaid/whosaid/internal/output"
	"github.com/whosaid/whosaid/jsonl"
)

// TestSameAsExtract holds the public writer to the one `whosaid extract`
// uses, on every kind of record it writes.
func TestSameAsExtract(t *testing.T) {
	x, err := whosaid.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, file, input string
		duplicateOf       string
	}{
		{"jsonl with fields", "in.jsonl", `{"url":"https://x.example/a","text":"\"We will,\" the mayor said.","id":7,"attributions":[]}`, ""},
		{"plain text", "story.txt", "Rates will rise, the minister said on Monday.", ""},
		{"html with meta", "page.html", `<html><head><title>Rates</title><meta property="og:site_name" content="Daily"></head><body><article><p>Rates will rise, the minister said on Monday, and the bank agreed with her in a statement that it published.</p></article></body></html>`, ""},
		{"duplicate", "in.jsonl", `{"id":"b","text":"Rates will rise, she said."}`, "a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := slices.Collect(ingest.ReadFrom(tt.file, strings.NewReader(tt.input), ingest.Options{}))
			if len(docs) != 1 || docs[0].Err != nil {
				t.Fatalf("reading: %+v", docs)
			}
			d := docs[0]
			var got, want bytes.Buffer
			pub, internal := jsonl.NewWriter(&got), output.NewWriter(&want, output.JSON)
			if tt.duplicateOf != "" {
				if err := pub.WriteDuplicate(&d, tt.duplicateOf); err != nil {
					t.Fatal(err)
				}
				if err := internal.WriteDuplicate(&d, tt.duplicateOf); err != nil {
					t.Fatal(err)
				}
			} else {
				res := x.Extract(d.Text)
				if err := pub.Write(&d, res); err != nil {
					t.Fatal(err)
				}
				if err := internal.Write(&d, res); err != nil {
					t.Fatal(err)
				}
			}
			if err := pub.Flush(); err != nil {
				t.Fatal(err)
			}
			if err := internal.Flush(); err != nil {
				t.Fatal(err)
			}
			if got.Len() == 0 || got.String() != want.String() {
				t.Errorf("public writer:\n%s\nextract's writer:\n%s", got.String(), want.String())
			}
		})
	}
}

// TestDuplicateKey: texts are one text for DuplicateKey exactly when
// extract's deduplication says so.
func TestDuplicateKey(t *testing.T) {
	texts := []string{
		"Prices rose, officials said.",
		"  prices   ROSE,\nofficials said. ",
		"Prices rose, officials said!",
		"prices rose , officials said.",
		strings.Repeat("word ", 5000) + "end",
		strings.Repeat("WORD ", 5000) + "end",
	}
	for i, a := range texts {
		for j, b := range texts[:i] {
			d := filter.NewDedup()
			d.Check("first", b)
			same := d.Check("second", a) == "first"
			if got := jsonl.DuplicateKey(a) == jsonl.DuplicateKey(b); got != same {
				t.Errorf("texts %d and %d: same key %v, extract says duplicates %v", i, j, got, same)
			}
		}
	}
}
