// Package polnear reads the PolNeAR files in ../shared/data that training
// and the tests of the tagger and the parser use: article texts by id,
// and the first articles of a CoNLL-U file.
package polnear

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
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
