package resolve

import (
	"slices"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// cuePhrases runs a cue on over the phrase right after it that names the
// medium of what was said ("said [in a statement]", "wrote [in an
// email]", "told reporters [in a phone interview]"): PolNeAR and our sets
// mark it as part of the cue, and the extractor often stops at the verb.
func (d *doc) cuePhrases() {
	for i := range d.atts {
		a := &d.atts[i]
		if len(a.Cue) != 1 {
			continue
		}
		d.declinedComment(a)
		end := d.mediumPhraseEnd(a.Cue[0].End)
		if end < 0 || overlapsAny(a.Content, a.Cue[0].End, end) || overlapsAny(a.Source, a.Cue[0].End, end) {
			continue
		}
		a.Cue[0].End = end
		d.markCue(a.Cue)
	}
}

// cueAdverbs runs a cue back over the adverbs, modals and negation right
// before it ("[even suggesting]", "[then ruled]", "[could not resist
// pointing out]"): the verb group whole, as PolNeAR and our sets mark
// it. After the passes that read the token before a cue (a comma before
// a participle), and over no token of a role or of another cue.
func (d *doc) cueAdverbs() {
	for i := range d.atts {
		a := &d.atts[i]
		if len(a.Cue) == 0 {
			continue
		}
		c := &a.Cue[0]
		k := c.Start - 1
		for k >= 0 && (postag.IsAdverb(d.tags[k]) || d.tags[k] == postag.MD || d.low[k] == "not" || d.low[k] == "n't") &&
			!d.inCue[k] && !d.bp[k] && !overlapsAny(a.Source, k, k+1) && !overlapsAny(a.Content, k, k+1) {
			k-- // never into page furniture or the dateline
		}
		if k+1 < c.Start {
			c.Start = k + 1
			d.markCue(a.Cue)
		}
	}
	// A cue taken back past another's start puts it first: text order
	// again, which nesting and the output keep.
	slices.SortStableFunc(d.atts, func(a, b Attribution) int { return a.Cue[0].Start - b.Cue[0].Start })
}

// mediumPhraseEnd is the end of "in DET (word){0,3} MEDIUM" opening at
// token k, or -1.
func (d *doc) mediumPhraseEnd(k int) int {
	if k+2 >= d.n || d.low[k] != "in" {
		return -1
	}
	j := k + 1
	if !(d.tags[j] == postag.DT || d.tags[j] == postag.PRPS || d.possessive(j)) {
		return -1
	}
	for m := j + 1; m < d.n && m <= j+4; m++ {
		if lexicon.MediumNouns.Has(d.low[m]) {
			if m+1 < d.n && postag.IsNoun(d.tags[m+1]) {
				return -1 // "in a statement issue", a compound that goes on
			}
			return m + 1
		}
		if !(postag.IsAdjective(d.tags[m]) || postag.IsNoun(d.tags[m]) || d.tags[m] == postag.CD) || d.isPunct(m) {
			return -1
		}
	}
	return -1
}

// overlapsAny: a range of rs overlaps [start, end).
func overlapsAny(rs []segment.Range, start, end int) bool {
	for _, r := range rs {
		if r.Start < end && start < r.End {
			return true
		}
	}
	return false
}

// declinedComment gives the refusal's verb alone as the cue and what
// was refused as the content when the extractor took "declined to
// comment on" for the cue and what it was on for the content: "[Helixor]
// [declined] [to comment on the talks]", as PolNeAR and our sets mostly
// mark it.
func (d *doc) declinedComment(a *Attribution) {
	c := a.Cue[0]
	v := c.Start
	for v < c.End && (postag.IsAdverb(d.tags[v]) || d.tags[v] == postag.MD || lexicon.Auxiliaries.Has(d.low[v]) || d.low[v] == "not" || d.low[v] == "n't") {
		v++
	}
	if v+2 >= c.End || !refusal(d.low[v]) || d.low[v+1] != "to" || d.low[v+2] != "comment" {
		return
	}
	if len(a.Content) > 0 && a.Content[0].Start < c.End {
		return // a content before the cue
	}
	end := c.End
	if len(a.Content) > 0 {
		end = a.Content[0].End
		a.Content = a.Content[1:]
	}
	a.Content = append([]segment.Range{{Start: v + 1, End: end}}, a.Content...)
	for k := v + 1; k < c.End; k++ {
		d.inCue[k] = false // the words are the content's now
	}
	a.Cue[0].End = v + 1
}

// refusal: w is a past or present form of declining or refusing.
func refusal(w string) bool {
	switch w {
	case "declined", "declines", "decline", "declining", "refused", "refuses", "refuse", "refusing":
		return true
	}
	return false
}
