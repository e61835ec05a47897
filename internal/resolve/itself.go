package resolve

import (
	"strings"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// thingBefore: a thing that "its" at token j may be of is named in its
// sentence or the one before: a noun after an article or a possessive,
// past the words that modify it, that names no person ("Seyi Makinde said
// at the opening of the new hospital that its 300 beds ...", "Gwede
// Mantashe said the ANC had made mistakes. Gwede Mantashe said its
// leaders ...").
func (d *doc) thingBefore(j int) bool {
	sen := d.seg.SentenceOf[j]
	for k := j - 1; k > 0 && d.seg.SentenceOf[k] >= sen-1; k-- {
		t := d.tags[k]
		if t != postag.NN && t != postag.NNP && t != postag.NNPS || lexicon.PersonNoun(d.word(k)) || lexicon.TitleWords.Has(d.word(k)) {
			continue
		}
		m := k - 1
		for m > 0 && (postag.IsAdjective(d.tags[m]) || d.tags[m] == postag.NN || d.tags[m] == postag.NNP || d.tags[m] == postag.CD) && k-m < 4 {
			m--
		}
		if d.tags[m] == postag.DT || d.tags[m] == postag.PRPS {
			return true
		}
	}
	return false
}

// findSelfReferring records in d.itself the names, lower-cased, that a
// reporting verb follows and then "its" opening what they said ("Pixel
// Tide said its new game would ship in May"), when no thing the "its"
// may be of was just named: a body's way of speaking of itself, where a
// person's is "his" or "her".
func (d *doc) findSelfReferring() {
	for k := 1; k+1 < d.n; k++ {
		if !lexicon.FiniteCues.Has(d.low[k]) {
			continue
		}
		j := k + 1
		if d.low[j] == "that" && j+1 < d.n {
			j++
		}
		if d.low[j] != "its" || d.thingBefore(j) {
			continue
		}
		start := k
		for start > 0 && d.capitalized(start-1) && d.seg.Tokens[start-1].Kind == segment.Word && d.seg.SentenceOf[start-1] == d.seg.SentenceOf[k] {
			start--
		}
		if start == k {
			continue
		}
		words := make([]string, 0, k-start)
		for i := start; i < k; i++ {
			words = append(words, d.word(i))
		}
		if d.itself == nil {
			d.itself = map[string]bool{}
		}
		d.itself[strings.Join(words, " ")] = true
	}
}
