package resolve

import (
	"slices"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
)

// implicitSources gives a cue that has no source in its own clause
// ("..., stressing that ...") the source of the clause before it, and
// marks as implicit a source the extractor took from there.
func (d *doc) implicitSources() {
	for i := range d.atts {
		a := &d.atts[i]
		c := a.Cue[0]
		if !d.participleAfterComma(c.Start) {
			continue
		}
		prev := d.previousInSentence(i)
		if prev < 0 {
			continue
		}
		p := &d.atts[prev]
		if len(a.Source) == 0 && len(p.Source) > 0 {
			a.Source = slices.Clone(p.Source)
			a.Implicit = true
			continue
		}
		if len(a.Source) > 0 && hull(a.Source).End <= p.Cue[0].Start {
			a.Implicit = true
		}
	}
}

// participleAfterComma: the cue opens with a participle right after a
// comma (an adverb may stand between).
func (d *doc) participleAfterComma(k int) bool {
	if d.tags[k] != postag.VBG && !lexicon.ParticipleCues.Has(d.low[k]) {
		return false
	}
	j := k - 1
	for j >= 0 && postag.IsAdverb(d.tags[j]) && k-j <= 2 {
		j--
	}
	return j >= 0 && d.text(j) == ","
}

// previousInSentence is the latest attribution before i whose cue is in
// the same sentence and whose content does not hold i's cue.
func (d *doc) previousInSentence(i int) int {
	c := d.atts[i].Cue[0].Start
	sen := d.seg.SentenceOf[c]
	for j := i - 1; j >= 0; j-- {
		p := d.atts[j]
		if d.seg.SentenceOf[p.Cue[0].Start] != sen {
			break
		}
		if inside(c, p.Content) || inside(c, p.Source) {
			continue
		}
		return j
	}
	return -1
}
