// Package polnear reads the PolNeAR files in ../shared/data that training
// and the tests of the tagger and the parser use: article texts by id,
// and the first articles of a CoNLL-U file.
package polnear

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
)

// Texts reads the article texts of a PolNeAR JSONL file, by id.
func Texts(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	texts := map[string]string{}
	dec := json.NewDecoder(bufio.NewReader(f))
	for dec.More() {
		var a struct{ ID, Text string }
		if err := dec.Decode(&a); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		texts[a.ID] = a.Text
	}
	return texts, nil
}

// TextsInOrder reads the article texts of a PolNeAR JSONL file in the
// order of their ids, so that what is built from them is the same at every
// run.
func TextsInOrder(path string) ([]string, error) {
	byID, err := Texts(path)
	if err != nil {
		return nil, err
	}
	ids := slices.Sorted(maps.Keys(byID))
	texts := make([]string, len(ids))
	for i, id := range ids {
		texts[i] = byID[id]
	}
	return texts, nil
}

// FirstDocs cuts CoNLL-U data before its (docs+1)th article ("# newdoc"
// line); docs <= 0 keeps all.
func FirstDocs(data []byte, docs int) []byte {
	if docs <= 0 {
		return data
	}
	n := 0
	for off := 0; off < len(data); {
		if bytes.HasPrefix(data[off:], []byte("# newdoc id = ")) {
			if n++; n > docs {
				return data[:off]
			}
		}
		nl := bytes.IndexByte(data[off:], '\n')
		if nl < 0 {
			break
		}
		off += nl + 1
	}
	return data
}

// The PolNeAR files, as paths in the shared folder beside the repository
// (for shared.Path in tests: a path relative to a package's folder
// breaks when the package moves).
const (
	TrainCoNLLU = "data/polnear-corenlp/train.conllu"
	DevCoNLLU   = "data/polnear-corenlp/dev.conllu"
	TrainJSONL  = "data/polnear/train.jsonl"
	DevJSONL    = "data/polnear/dev.jsonl"
)

// Load reads at most docs articles (all if docs <= 0) of a CoNLL-U file
// with read, given the texts of the JSONL file.
func Load[S any](conllu, jsonl string, docs int, read func(io.Reader, map[string]string) ([]S, error)) ([]S, error) {
	texts, err := Texts(jsonl)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(conllu)
	if err != nil {
		return nil, err
	}
	return read(bytes.NewReader(FirstDocs(data, docs)), texts)
}
