package depparse

import (
	"testing"

	"github.com/whosaid/whosaid/internal/polnear"
	"github.com/whosaid/whosaid/internal/shared"
)

// loadCoNLLU reads at most docs articles (all if docs <= 0) of a CoNLL-U
// file, aligned to their texts.
func loadCoNLLU(t testing.TB, conllu, jsonl string, docs int) []Sentence {
	t.Helper()
	sents, err := polnear.Load(shared.Path(t, conllu), shared.Path(t, jsonl), docs, ReadCoNLLU)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

// haveData skips the test unless the shared data is there (fails it
// under WHOSAID_REQUIRE_SHARED).
func haveData(t testing.TB) {
	t.Helper()
	for _, p := range []string{polnear.TrainCoNLLU, polnear.DevCoNLLU, polnear.TrainJSONL, polnear.DevJSONL} {
		shared.Path(t, p)
	}
}
