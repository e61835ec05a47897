package resolve

import (
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

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
		if v >= a.Cue[0].End || !finite(d.tags[v]) || !lexicon.FiniteCues.Has(d.low[v]) {
			continue
		}
		sen := d.sentence(c)
		j := c - 1
		if j >= sen.Start && d.text(j) == "," {
			// "Trump, speaking to a veterans group in Virginia, said":
			// the subject stands before the phrase set off by commas.
			j = d.beforeAside(j, sen)
		}
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
		if d.tags[j] == postag.PRP && !lexicon.SubjectPronouns.Has(d.low[j]) {
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

// beforeAside returns the token before a phrase set off by commas that
// ends with the comma at j, a participial or prepositional phrase with no
// finite verb ("Trump, speaking to a veterans group in Virginia,"), or -1.
func (d *doc) beforeAside(j int, sen segment.Range) int {
	for k := j - 1; k > sen.Start && j-k <= 20; k-- {
		if finite(d.tags[k]) || d.seg.QuoteDepth[k] > 0 {
			return -1
		}
		if d.text(k) != "," {
			continue
		}
		if o := k + 1; o < j && (d.tags[o] == postag.VBG || d.tags[o] == postag.IN) {
			return k - 1
		}
		return -1
	}
	return -1
}
