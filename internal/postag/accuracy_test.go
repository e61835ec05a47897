package postag

import (
	"testing"

	"github.com/whosaid/whosaid/internal/segment"

	"github.com/whosaid/whosaid/internal/polnear"
)

// articleAccuracy tags whole articles with Tag (our own sentence split)
// and compares with the tags of the sentences' tokens.
func articleAccuracy(tg *Tagger, sents []Sentence) (correct, total int) {
	gold := map[string]map[int]uint8{} // article -> token start -> tag
	var docs []string
	src := map[string]string{}
	for _, s := range sents {
		g := gold[s.Doc]
		if g == nil {
			g = map[int]uint8{}
			gold[s.Doc], src[s.Doc] = g, s.Src
			docs = append(docs, s.Doc)
		}
		for i, tok := range s.Tokens {
			g[tok.Start] = s.Tags[i]
		}
	}
	var out []uint8
	for _, d := range docs {
		seg := segment.Segment(src[d])
		out = tg.Tag(seg, out)
		for i, tok := range seg.Tokens {
			if want, ok := gold[d][tok.Start]; ok {
				total++
				if out[i] == want {
					correct++
				}
			}
		}
	}
	return correct, total
}

// TestDevAccuracy trains on the first 150 train articles for 3 epochs and
// tags dev, against CoreNLP's silver tags aligned to our tokens.
func TestDevAccuracy(t *testing.T) {
	haveData(t)
	if testing.Short() {
		t.Skip("reads 50 MB of data")
	}
	train := loadCoNLLU(t, polnear.TrainCoNLLU, polnear.TrainJSONL, 150)
	dev := loadCoNLLU(t, polnear.DevCoNLLU, polnear.DevJSONL, 0)
	if len(dev) != 3106 {
		t.Errorf("%d dev sentences, want CoreNLP's 3106", len(dev))
	}
	tg := Train(train, 3, 1)
	cases := []struct {
		name string
		eval func(*Tagger, []Sentence) (int, int)
		min  float64
	}{
		{"CoreNLP sentences", (*Tagger).Evaluate, 0.94},
		{"whole articles", articleAccuracy, 0.94},
	}
	for _, c := range cases {
		correct, total := c.eval(tg, dev)
		acc := float64(correct) / float64(total)
		t.Logf("%s: %.2f%% of %d tokens", c.name, 100*acc, total)
		if total < 70000 || acc < c.min {
			t.Errorf("%s: accuracy %.4f on %d tokens, want at least %.2f on 70000+", c.name, acc, total, c.min)
		}
	}
}
