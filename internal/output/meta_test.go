package output

import (
	"bytes"
	"testing"
	"time"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/ingest"
)

func TestMetaAndDuplicates(t *testing.T) {
	page := ingest.Doc{ID: "p1", Text: "She said so.", Source: "a.html", Line: 1, Meta: article.Meta{
		URL: "https://news.example/a", Outlet: "News", Published: time.Date(2024, 5, 1, 8, 30, 0, 0, time.UTC),
		Title: "A", Language: "en",
	}}
	copyDoc := ingest.Doc{ID: "p2", Text: "She said so.", Source: "b.html", Line: 1, Meta: article.Meta{
		URL: "https://wire.example/a", Outlet: "Wire", Partial: true,
	}}
	jsonl := readOne(t, "in.jsonl", `{"id":"j1","url":"https://x.example","text":"She said so.","src":"wire"}`)
	tests := []struct {
		name   string
		format Format
		write  func(w *Writer) error
		want   string
	}{
		{"page with meta", JSON, func(w *Writer) error { return w.Write(&page, nil) },
			`{"id":"p1","text":"She said so.","meta":{"url":"https://news.example/a","outlet":"News","published":"2024-05-01T08:30:00Z","title":"A","language":"en"},"attributions":[]}` + "\n"},
		{"JSONL fields passed through, no meta", JSON, func(w *Writer) error { return w.Write(&jsonl, nil) },
			`{"id":"j1","url":"https://x.example","text":"She said so.","src":"wire","attributions":[]}` + "\n"},
		{"duplicate", JSON, func(w *Writer) error { return w.WriteDuplicate(&copyDoc, "p1") },
			`{"id":"p2","meta":{"url":"https://wire.example/a","outlet":"Wire","partial":true},"duplicate_of":"p1"}` + "\n"},
		{"duplicate from JSONL keeps its fields but the text", JSON, func(w *Writer) error { return w.WriteDuplicate(&jsonl, "p1") },
			`{"id":"j1","url":"https://x.example","src":"wire","duplicate_of":"p1"}` + "\n"},
		{"page as text", Text, func(w *Writer) error { return w.Write(&page, nil) },
			"p1 (0 attributions)\n  outlet: News; published: 2024-05-01 08:30 UTC; url: https://news.example/a\n\n"},
		{"duplicate as text", Text, func(w *Writer) error { return w.WriteDuplicate(&copyDoc, "p1") },
			"p2 (duplicate of p1)\n  outlet: Wire; url: https://wire.example/a; partial text\n\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			w := NewWriter(&b, tt.format)
			if err := tt.write(w); err != nil {
				t.Fatal(err)
			}
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			if b.String() != tt.want {
				t.Errorf("got\n%s\nwant\n%s", b.String(), tt.want)
			}
		})
	}
}
