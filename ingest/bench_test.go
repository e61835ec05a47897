package ingest

import (
	"bytes"
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
