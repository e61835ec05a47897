package depparse

import (
	"bytes"
	"os"
	"testing"

	"whosaid/internal/polnear"
)

// The CoreNLP-parsed PolNeAR data, shared beside the repository.
const (
	dataDir  = "../../shared/data/"
	trainCoN = dataDir + "polnear-corenlp/train.conllu"
	devCoN   = dataDir + "polnear-corenlp/dev.conllu"
	trainTxt = dataDir + "polnear/train.jsonl"
	devTxt   = dataDir + "polnear/dev.jsonl"
)

// loadCoNLLU reads at most docs articles (all if docs <= 0) of a CoNLL-U
// file, aligned to their texts.
func loadCoNLLU(t testing.TB, conllu, jsonl string, docs int) []Sentence {
	t.Helper()
	texts, err := polnear.Texts(jsonl)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(conllu)
	if err != nil {
		t.Fatal(err)
	}
	sents, err := ReadCoNLLU(bytes.NewReader(polnear.FirstDocs(data, docs)), texts)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

// haveData skips the test unless the shared data is there.
func haveData(t testing.TB) {
	t.Helper()
	for _, p := range []string{trainCoN, devCoN, trainTxt, devTxt} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("no %s", p)
		}
	}
}
