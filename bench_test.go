package whosaid_test

import (
	"bufio"
	"encoding/json"
	"io"
	"os"
	"testing"
	"unicode"

	"github.com/whosaid/whosaid"
)

const trainGold = "../shared/data/polnear/train.jsonl"

// loadTexts reads the texts of a PolNeAR file, or skips the benchmark.
func loadTexts(b *testing.B, path string) (texts []string, words int) {
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("no corpus: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var d struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, d.Text)
		words += countWords(d.Text)
	}
	return texts, words
}

// countWords counts letter/digit runs, the scorer's words.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// BenchmarkExtract extracts and encodes every PolNeAR train article per
// iteration; words/s is the figure docs/SPEED.md quotes (run with -cpu 1).
func BenchmarkExtract(b *testing.B) {
	texts, words := loadTexts(b, trainGold)
	x, err := whosaid.NewExtractor()
	if err != nil {
		b.Fatal(err)
	}
	enc := json.NewEncoder(io.Discard)
	var bytes int64
	for _, t := range texts {
		bytes += int64(len(t))
	}
	b.SetBytes(bytes)
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			if err := enc.Encode(x.Extract(t)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
