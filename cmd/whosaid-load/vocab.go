package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/ingest"
)

// vocab is the words of a corpus with their frequencies, to draw words of
// synthetic text and of queries as a real corpus has them.
type vocab struct {
	words []string
	cum   []int // cumulative counts, for drawing by frequency
	// query words: neither among the most frequent (function words) nor
	// seen only once or twice
	queryWords []string
}

// stopRank is how many of the most frequent words queries leave out.
const stopRank = 150

func readVocab(paths []string) (*vocab, error) {
	counts := map[string]int{}
	for d := range ingest.Read(paths, ingest.Options{}) {
		if d.Err != nil {
			return nil, d.Err
		}
		for _, w := range strings.FieldsFunc(d.Text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
			w = strings.Trim(w, "'")
			if len(w) > 1 {
				counts[strings.ToLower(w)]++
			}
		}
	}
	if len(counts) < 2*stopRank {
		return nil, fmt.Errorf("%v: only %d distinct words, too few for a vocabulary", paths, len(counts))
	}
	v := &vocab{}
	for w := range counts {
		v.words = append(v.words, w)
	}
	// By frequency, then alphabetically: the same vocabulary on every run.
	slices.SortFunc(v.words, func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	total := 0
	for i, w := range v.words {
		total += counts[w]
		v.cum = append(v.cum, total)
		if i >= stopRank && counts[w] >= 3 && len(w) >= 4 {
			v.queryWords = append(v.queryWords, w)
		}
	}
	return v, nil
}

// word draws a word by its frequency in the corpus.
func (v *vocab) word(r *rand.Rand) string {
	n := r.IntN(v.cum[len(v.cum)-1])
	i, _ := slices.BinarySearch(v.cum, n+1)
	return v.words[i]
}

// queryWord draws a word to search for, uniformly among the query words.
func (v *vocab) queryWord(r *rand.Rand) string {
	return v.queryWords[r.IntN(len(v.queryWords))]
}
