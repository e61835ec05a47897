package canon

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/whosaid/whosaid"
)

// benchDocs are the documents of testdata/speakers.jsonl, n times over
// under other IDs, as the measurement builds them.
func benchDocs(b *testing.B, n int) []Doc {
	b.Helper()
	f, err := os.Open("testdata/speakers.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	kinds := map[string]whosaid.Kind{"p": whosaid.Person, "o": whosaid.Organization, "a": whosaid.Anonymous}
	var base []Doc
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var d struct {
			Doc    string
			Quotes [][5]string
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			b.Fatal(err)
		}
		doc := Doc{ID: d.Doc, Outlet: "Wire"}
		for _, q := range d.Quotes {
			start := len(doc.Text)
			doc.Text += q[2] + " said " + q[4] + ".\n"
			src := &whosaid.Source{Role: whosaid.Role{Text: q[2], Spans: []whosaid.Span{{start, start + len(q[2])}}},
				Kind: kinds[q[1]], Speaker: q[2], Title: q[3]}
			doc.Attributions = append(doc.Attributions, whosaid.Attribution{Source: src, Content: &whosaid.Role{Text: q[4]}})
		}
		base = append(base, doc)
	}
	var out []Doc
	for i := range n {
		for _, d := range base {
			d.ID = fmt.Sprintf("%s-%d", d.ID, i)
			out = append(out, d)
		}
	}
	return out
}

// BenchmarkMentions measures the document stage, per document.
func BenchmarkMentions(b *testing.B) {
	docs := benchDocs(b, 1)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		Mentions(docs[i%len(docs)])
	}
}

// BenchmarkCorpus measures a recanon's decisions over 20 copies of the
// 44 articles (880 documents), per corpus.
func BenchmarkCorpus(b *testing.B) {
	docs := benchDocs(b, 20)
	for b.Loop() {
		c := NewCorpus()
		for _, d := range docs {
			c.Add(d)
		}
		if _, err := c.Resolve(nil); err != nil {
			b.Fatal(err)
		}
	}
}
