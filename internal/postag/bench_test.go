package postag

import (
	"strings"
	"sync"
	"testing"

	"github.com/whosaid/whosaid/internal/segment"

	"github.com/whosaid/whosaid/internal/polnear"
)

// fullTagger is trained on all of train, as the model for the extractor
// is, once per test binary.
var (
	fullOnce sync.Once
	full     *Tagger
)

func fullTagger(t testing.TB) *Tagger {
	fullOnce.Do(func() { full = Train(loadCoNLLU(t, polnear.TrainCoNLLU, polnear.TrainJSONL, 0), 10, 1) })
	if full == nil {
		t.FailNow()
	}
	return full
}

// BenchmarkTag tags an original news article of about 450 tokens, ten
// times over, with a model trained on all of train.
func BenchmarkTag(b *testing.B) {
	haveData(b)
	tg := fullTagger(b)
	seg := segment.Segment(strings.Repeat(readFile(b, "testdata/news.txt")+"\n", 10))
	out := tg.Tag(seg, nil)
	for b.Loop() {
		out = tg.Tag(seg, out)
	}
	b.ReportMetric(float64(b.N)*float64(len(seg.Tokens))/b.Elapsed().Seconds(), "tokens/s")
}
