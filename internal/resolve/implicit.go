package resolve

import (
	"slices"

	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
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
	if d.tags[k] != postag.VBG && !participleCues[d.low[k]] {
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

// fillSources gives a cue the extractor left without a source the noun
// phrase right before it, when that is its subject: "..., an Iranian
// source with knowledge of the meeting purportedly told Reuters".
func (d *doc) fillSources() {
	for i := range d.atts {
		a := &d.atts[i]
		if len(a.Source) > 0 {
			continue
		}
		c := a.Cue[0].Start
		v := c
		for v < a.Cue[0].End && postag.IsAdverb(d.tags[v]) {
			v++
		}
		if v >= a.Cue[0].End || !finite(d.tags[v]) || !finiteCues[d.low[v]] {
			continue
		}
		sen := d.sentence(c)
		j := c - 1
		if j < sen.Start || !d.nounish(j) || d.inCue[j] {
			continue
		}
		// The extractor may have run a quotation's content on into the
		// subject: '"...," an official told': the quotation ends it.
		absorbed := -1
		for k, r := range a.Content {
			if r.Start <= j && j < r.End {
				absorbed = k
			}
		}
		if d.tags[j] == postag.PRP && !subjectPronoun[d.low[j]] {
			continue
		}
		start := d.npLeft(j, sen.Start)
		if d.tags[j] == postag.PRP {
			start = j
		}
		if start > j || !(start == sen.Start || d.isPunct(start-1)) {
			continue
		}
		if absorbed >= 0 {
			r := a.Content[absorbed]
			q := start - 1
			if r.End != j+1 && r.End != c || q <= r.Start || !(d.seg.Tokens[q].Kind == segment.Quote ||
				d.text(q) == "," && d.seg.Tokens[q-1].Kind == segment.Quote) {
				continue
			}
			a.Content[absorbed].End = start
		}
		a.Source = []segment.Range{{Start: start, End: j + 1}}
	}
}
