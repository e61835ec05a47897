package resolve

import (
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// sourceClauses cuts a source that the extractor ran back into the clause
// before it to the noun phrase after that clause's last boundary:
// "Donald Trump is drawing criticism after [he]", "He proposed dropping
// it, but [analysts]", "Obama said the reforms were not complete, and
// [human rights groups]". A finite verb in the source that is not in a
// relative clause of it ("Don Fowler, who helmed the DNC, ...") marks
// such a clause; the source is what follows the last comma, conjunction,
// subordinator or bracket after that verb.
func (d *doc) sourceClauses() {
	for i := range d.atts {
		a := &d.atts[i]
		if len(a.Source) != 1 {
			continue
		}
		s := a.Source[0]
		if !d.rightBefore(s, a.Cue[0]) || d.tags[a.Cue[0].Start] == postag.VBG {
			// A source away from its cue, or the subject a participle
			// shares with its clause ("Clinton spoke out ..., arguing"),
			// is the clause's own.
			continue
		}
		verb := -1
		for k := s.Start; k < s.End; k++ {
			switch {
			case lexicon.RelativePronouns.Has(d.low[k]):
				k = s.End // a relative clause: the rest is part of the phrase
			case finite(d.tags[k]) && d.seg.QuoteDepth[k] == 0:
				verb = k
			}
		}
		if verb < 0 {
			continue
		}
		start := -1
		for k := verb + 1; k < s.End; k++ {
			if d.text(k) == "," || d.text(k) == "(" || d.low[k] == "and" || d.low[k] == "but" ||
				lexicon.Subordinators.Has(d.low[k]) && d.tags[k] != postag.DT {
				start = k + 1
			}
		}
		for start >= 0 && start < s.End && (d.text(start) == "," || d.low[start] == "and" || d.low[start] == "but") {
			start++
		}
		if start < 0 || start >= s.End || !d.nounish(s.End-1) {
			continue
		}
		a.Source[0] = segment.Range{Start: start, End: s.End}
	}
}

// rightBefore: source s ends right before cue c, but for commas and
// adverbs.
func (d *doc) rightBefore(s, c segment.Range) bool {
	if s.End > c.Start {
		return false
	}
	for k := s.End; k < c.Start; k++ {
		if d.text(k) != "," && !postag.IsAdverb(d.tags[k]) {
			return false
		}
	}
	return true
}
