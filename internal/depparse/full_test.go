package depparse

import (
	"bytes"
	"os"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/postag"

	"github.com/whosaid/whosaid/internal/polnear"
)

// TestFullModel trains the parser the way the shipped one should be
// trained and reports its dev scores; it runs only when DEPPARSE_FULL
// names the file to write the model to:
//
//	DEPPARSE_FULL=/tmp/depparse.model go test -run TestFullModel -v ./depparse
//
// The recipe: all of train, tags jackknifed in 5 folds (postag, 5 epochs),
// DefaultEpochs passes, seed 1. Dev is parsed with the tags of a tagger
// trained on all of train (as in use), and with CoreNLP's silver tags.
func TestFullModel(t *testing.T) {
	out := os.Getenv("DEPPARSE_FULL")
	if out == "" {
		t.Skip("set DEPPARSE_FULL to the model file to write")
	}
	haveData(t)
	begin := time.Now()
	trn := loadCoNLLU(t, polnear.TrainCoNLLU, polnear.TrainJSONL, 0)
	dev := loadCoNLLU(t, polnear.DevCoNLLU, polnear.DevJSONL, 0)
	t.Logf("read %d train and %d dev sentences in %v", len(trn), len(dev), time.Since(begin).Round(time.Millisecond))

	begin = time.Now()
	tagger := postag.Train(postagSentences(trn), 5, 1)
	devTagged := Retag(dev, tagger)
	t.Logf("tagger trained in %v", time.Since(begin).Round(time.Millisecond))

	begin = time.Now()
	jack := JackknifeTags(trn, 5, 5, 1)
	t.Logf("train tags jackknifed in %v", time.Since(begin).Round(time.Millisecond))
	if testing.Verbose() {
		opt := defaultOptions(DefaultEpochs, 1)
		opt.log = os.Stderr
		begin = time.Now()
		p := train(jack, opt)
		report(t, p, devTagged, dev, out, begin)
		return
	}
	begin = time.Now()
	report(t, Train(jack, DefaultEpochs, 1), devTagged, dev, out, begin)
}

func report(t *testing.T, p *Parser, devTagged, dev []Sentence, out string, begin time.Time) {
	t.Logf("parser trained in %v", time.Since(begin).Round(time.Millisecond))
	var buf bytes.Buffer
	if _, err := p.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	m, l := p.Size()
	t.Logf("model: %d bytes, %d move and %d label features, written to %s", buf.Len(), m, l, out)
	for _, c := range []struct {
		name  string
		sents []Sentence
	}{{"predicted tags", devTagged}, {"silver tags", dev}} {
		begin := time.Now()
		s := p.Evaluate(c.sents)
		t.Logf("dev, %s: UAS %.2f LAS %.2f, without punctuation UAS %.2f LAS %.2f (%d tokens, %v)", c.name,
			100*s.UAS(), 100*s.LAS(), 100*s.WordUAS(), 100*s.WordLAS(), s.Tokens, time.Since(begin).Round(time.Millisecond))
	}
	errorReport(t, p, devTagged)
}

// errorReport logs, by gold label, how often the head is right, and how
// often the label is right when the head is.
func errorReport(t *testing.T, p *Parser, dev []Sentence) {
	var (
		byLabel [NumLabels][3]int // tokens, right heads, right heads and labels
		heads   []int32
		labels  []uint8
	)
	for _, s := range dev {
		heads, labels = p.ParseSentence(s.Src, s.Tokens, s.Tags, heads, labels)
		for i := range heads {
			c := &byLabel[s.Labels[i]]
			c[0]++
			if heads[i] == s.Heads[i] {
				c[1]++
				if labels[i] == s.Labels[i] {
					c[2]++
				}
			}
		}
	}
	for l, c := range byLabel {
		t.Logf("%-10s %6d tokens: head %5.1f%%, label given the head %5.1f%%", LabelName(uint8(l)), c[0], 100*ratio(c[1], c[0]), 100*ratio(c[2], c[1]))
	}
}
