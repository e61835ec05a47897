package depparse

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"testing"
)

// The CoreNLP-parsed PolNeAR data, shared beside the repository.
const (
	dataDir  = "../../shared/data/"
	trainCoN = dataDir + "polnear-corenlp/train.conllu"
	devCoN   = dataDir + "polnear-corenlp/dev.conllu"
	trainTxt = dataDir + "polnear/train.jsonl"
	devTxt   = dataDir + "polnear/dev.jsonl"
)

// loadTexts reads the article texts of a PolNeAR JSONL file by id.
func loadTexts(t testing.TB, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	texts := map[string]string{}
	dec := json.NewDecoder(bufio.NewReader(f))
	for dec.More() {
		var a struct{ ID, Text string }
		if err := dec.Decode(&a); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		texts[a.ID] = a.Text
	}
	return texts
}

// loadCoNLLU reads at most docs articles (all if docs <= 0) of a CoNLL-U
// file, projected onto our tokens.
func loadCoNLLU(t testing.TB, conllu, jsonl string, docs int) []Sentence {
	t.Helper()
	texts := loadTexts(t, jsonl)
	data, err := os.ReadFile(conllu)
	if err != nil {
		t.Fatal(err)
	}
	if docs > 0 {
		// Cut before the (docs+1)th article.
		n, off := 0, 0
		for off < len(data) {
			if bytes.HasPrefix(data[off:], []byte("# newdoc id = ")) {
				if n++; n > docs {
					data = data[:off]
					break
				}
			}
			nl := bytes.IndexByte(data[off:], '\n')
			if nl < 0 {
				break
			}
			off += nl + 1
		}
	}
	sents, err := ReadCoNLLU(bytes.NewReader(data), texts)
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
