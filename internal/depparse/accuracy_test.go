package depparse

import (
	"bytes"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/polnear"
)

// TestDevAccuracy trains on the first 100 train articles for 3 epochs with
// CoreNLP's silver tags and parses dev with the same tags, against
// CoreNLP's trees projected onto our tokens.
func TestDevAccuracy(t *testing.T) {
	haveData(t)
	if testing.Short() {
		t.Skip("reads 50 MB of data")
	}
	begin := time.Now()
	train := loadCoNLLU(t, polnear.TrainCoNLLU, polnear.TrainJSONL, 100)
	dev := loadCoNLLU(t, polnear.DevCoNLLU, polnear.DevJSONL, 0)
	if len(dev) != 3106 {
		t.Errorf("%d dev sentences, want CoreNLP's 3106", len(dev))
	}
	nonProj := 0
	for _, s := range train {
		if !Projective(s.Heads) {
			nonProj++
		}
	}
	t.Logf("read in %v; %d train sentences, %d non-projective, skipped", time.Since(begin), len(train), nonProj)
	if nonProj > len(train)/50 {
		t.Errorf("%d of %d train sentences are non-projective", nonProj, len(train))
	}
	begin = time.Now()
	p := Train(train, 3, 1)
	t.Logf("trained in %v", time.Since(begin))
	sc := p.Evaluate(dev)
	t.Logf("dev: UAS %.2f LAS %.2f (without punctuation %.2f %.2f) on %d tokens",
		100*sc.UAS(), 100*sc.LAS(), 100*sc.WordUAS(), 100*sc.WordLAS(), sc.Tokens)
	if sc.Tokens < 70000 || sc.UAS() < 0.78 || sc.LAS() < 0.75 {
		t.Errorf("dev: UAS %.4f LAS %.4f on %d tokens, want at least 0.78 and 0.75 on 70000+", sc.UAS(), sc.LAS(), sc.Tokens)
	}
}

// TestOracle checks that the dynamic oracle, followed from the start,
// builds every projective training tree again.
func TestOracle(t *testing.T) {
	haveData(t)
	if testing.Short() {
		t.Skip("reads 50 MB of data")
	}
	sents := loadCoNLLU(t, polnear.TrainCoNLLU, polnear.TrainJSONL, 0)
	bad, proj := 0, 0
	for k := range sents {
		s := &sents[k]
		if !Projective(s.Heads) {
			continue
		}
		proj++
		got := oracleParse(s)
		for i := range got {
			if got[i] != s.Heads[i] {
				if bad++; bad <= 3 {
					t.Errorf("%s, sentence %d: the oracle builds %v, want %v", s.Doc, k, got, s.Heads)
				}
				break
			}
		}
	}
	if proj < 29000 || bad > 0 {
		t.Errorf("%d of %d projective sentences wrong", bad, proj)
	}
}

// TestDataDeterminism trains twice on real data, where map orders could
// leak into the model, and compares the bytes.
func TestDataDeterminism(t *testing.T) {
	haveData(t)
	train := loadCoNLLU(t, polnear.TrainCoNLLU, polnear.TrainJSONL, 20)
	var a, b bytes.Buffer
	Train(train, 2, 9).WriteTo(&a)
	Train(train, 2, 9).WriteTo(&b)
	if a.Len() == 0 || !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("two trainings gave %d and %d bytes, not the same", a.Len(), b.Len())
	}
}
