package depparse

import (
	"bufio"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"

	"github.com/whosaid/whosaid/internal/polnear"
)

// benchModels is a parser and a tagger trained on all of train, as the
// shipped models are; DEPPARSE_MODEL names a parser file to use instead
// of training one.
var benchModels = sync.OnceValues(func() (*Parser, *postag.Tagger) {
	var t testing.T
	train := loadCoNLLU(&t, polnear.TrainCoNLLU, polnear.TrainJSONL, 0)
	tagger := postag.Train(postagSentences(train), 5, 1)
	if path := os.Getenv("DEPPARSE_MODEL"); path != "" {
		f, err := os.Open(path)
		if err != nil {
			panic(err)
		}
		defer f.Close()
		p, err := Read(bufio.NewReader(f))
		if err != nil {
			panic(err)
		}
		return p, tagger
	}
	return Train(train, DefaultEpochs, 1), tagger
})

// postagSentences views sentences as the tagger's training data.
func postagSentences(sents []Sentence) []postag.Sentence {
	out := make([]postag.Sentence, len(sents))
	for k, s := range sents {
		out[k] = postag.Sentence{Doc: s.Doc, Src: s.Src, Tokens: s.Tokens, Tags: s.Tags}
	}
	return out
}

// BenchmarkParse parses an original news article of about 370 tokens, ten
// times over, tagged beforehand (tagging is not timed).
func BenchmarkParse(b *testing.B) {
	haveData(b)
	p, tagger := benchModels()
	text, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	seg := segment.Segment(strings.Repeat(string(text)+"\n", 10))
	tags := tagger.Tag(seg, nil)
	heads, labels := p.Parse(seg, tags, nil, nil)
	b.ResetTimer()
	for b.Loop() {
		heads, labels = p.Parse(seg, tags, heads, labels)
	}
	b.ReportMetric(float64(b.N)*float64(len(seg.Tokens))/b.Elapsed().Seconds(), "tokens/s")
}
