package resolve

import (
	"strings"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// itDoes: "it" at token j is the subject of an act it will or did do
// ("it would cut 200 jobs", "it had suspended betting"), not of a state
// ("it would be") nor the "it" of a thing done ("it would take years",
// "it had happened before", "it would cost millions").
func (d *doc) itDoes(j int) bool {
	if d.low[j] != "it" || j+2 >= d.n {
		return false
	}
	switch d.low[j+1] {
	case "would", "will", "had", "has", "plans", "planned", "intends", "intended":
	default:
		return false
	}
	switch d.low[j+2] {
	case "be", "been", "not", "to", "take", "taken", "cost", "mean", "meant", "depend", "happen", "happened", "seem", "seemed", "make", "made":
		return false // a state, or an "it" of what is done: "it would take years", "it had happened before"
	}
	return postag.IsVerb(d.tags[j+2]) && !d.thingBefore(j)
}

// thingBefore: a thing that "it" at token j may refer to is named in
// its sentence or the one before, a singular common noun after an
// article or a possessive that is no noun of persons ("Nurul
// Huda said the clinic was closed. Nurul Huda said it would reopen.").
func (d *doc) thingBefore(j int) bool {
	sen := d.seg.SentenceOf[j]
	for k := j - 1; k > 0 && d.seg.SentenceOf[k] >= sen-1; k-- {
		w := d.word(k)
		if d.tags[k] == postag.NN && !d.capitalized(k) && (d.tags[k-1] == postag.DT || d.tags[k-1] == postag.PRPS) &&
			!lexicon.PersonNoun(w) && !lexicon.TitleWords.Has(w) {
			return true
		}
	}
	return false
}

// findSelfReferring records in d.itself the names, lower-cased, that a
// reporting verb follows and then "its" or an "it" that does something
// opening what they said ("Pixel Tide said its new game would ship in
// May", "Kessler Axle said it would cut 200 jobs"): a body's way of
// speaking of itself, where a person's is "his", "her", "he" or "she".
func (d *doc) findSelfReferring() {
	for k := 1; k+1 < d.n; k++ {
		if !lexicon.FiniteCues.Has(d.low[k]) {
			continue
		}
		j := k + 1
		if d.low[j] == "that" && j+1 < d.n {
			j++
		}
		if d.low[j] != "its" && !d.itDoes(j) {
			continue
		}
		start := k
		for start > 0 && d.capitalized(start-1) && d.seg.Tokens[start-1].Kind == segment.Word && d.seg.SentenceOf[start-1] == d.seg.SentenceOf[k] {
			start--
		}
		if start == k || start == k-1 && d.low[j] != "its" {
			continue // a name of one word with "it": "The portal Xi Jinping launched has many users. Xi said it would grow."
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
