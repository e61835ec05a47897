package postag

import (
	"testing"

	"github.com/whosaid/whosaid/internal/polnear"
)

// loadCoNLLU reads at most docs articles (all if docs <= 0) of a CoNLL-U
// file, aligned to their texts.
func loadCoNLLU(t testing.TB, conllu, jsonl string, docs int) []Sentence {
	t.Helper()
	sents, err := polnear.Load(conllu, jsonl, docs, ReadCoNLLU)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

// haveData skips the test unless the shared data is there.
func haveData(t testing.TB) {
	t.Helper()
	if p := polnear.Missing(); p != "" {
		t.Skipf("no %s", p)
	}
}
