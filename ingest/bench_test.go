package ingest

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/polnear"
	"github.com/whosaid/whosaid/internal/shared"
	"github.com/whosaid/whosaid/internal/warctest"
)

// BenchmarkReadWARC measures the readers alone on a news crawl (see
// warctest.Corpus): WARC.gz records to documents, HTML to text, on
// GOMAXPROCS workers (run with -cpu 1,2). MB/s are of compressed input.
func BenchmarkReadWARC(b *testing.B) {
	texts, err := polnear.TextsInOrder(shared.Path(b, polnear.TrainJSONL))
	if err != nil {
		b.Fatal(err)
	}
	var archive bytes.Buffer
	st, err := warctest.Corpus(&archive, 8<<20, texts)
	if err != nil {
		b.Fatal(err)
	}
	data := archive.Bytes()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		n := 0
		for d := range ReadFrom("bench.warc.gz", bytes.NewReader(data), Options{DetectLanguage: true}) {
			if d.Err != nil {
				b.Fatal(d.Err)
			}
			n++
		}
		if n != st.Pages {
			b.Fatalf("read %d documents, want %d", n, st.Pages)
		}
	}
	b.ReportMetric(float64(st.Pages)*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkWARCFraming measures the WARC reader alone, without turning
// HTML into text: a WARC.gz of 8 MB of records that are all skipped
// (images, 404 pages, requests). MB/s are of compressed input.
func BenchmarkWARCFraming(b *testing.B) {
	var archive bytes.Buffer
	w := warctest.NewWriter(&archive, true)
	rng := rand.New(rand.NewPCG(3, 4))
	records := 0
	for archive.Len() < 8<<20 {
		var r warctest.Record
		switch records % 3 {
		case 0:
			img := make([]byte, 2000+rng.IntN(30000))
			for i := range img {
				img[i] = byte(rng.IntN(64)) // compressible a little, as real media are not
			}
			r = warctest.Record{Type: "response", URI: "https://a.example/i.jpg", ContentType: "image/jpeg", Body: string(img)}
		case 1:
			r = warctest.Record{Type: "response", URI: "https://a.example/x", Status: 404, ContentType: "text/html", Body: strings.Repeat("<p>Not found</p>", 200)}
		default:
			r = warctest.Record{Type: "request", URI: "https://a.example/x", Body: "GET /x HTTP/1.1\r\nHost: a.example\r\n\r\n"}
		}
		if err := w.Write(r); err != nil {
			b.Fatal(err)
		}
		records++
	}
	data := archive.Bytes()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		skipped := 0
		for d := range ReadFrom("bench.warc.gz", bytes.NewReader(data), Options{Skipped: func(string) { skipped++ }}) {
			b.Fatal("a document or an error:", d.Err)
		}
		if skipped != records {
			b.Fatalf("%d records skipped, want %d", skipped, records)
		}
	}
	b.ReportMetric(float64(records)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}
