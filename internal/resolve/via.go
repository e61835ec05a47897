package resolve

import (
	"github.com/whosaid/whosaid/internal/firstname"
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// channels finds the channel of every attribution.
func (d *doc) channels() {
	according := d.tokensWhere(func(k int) bool { return k+1 < d.n && d.low[k] == "according" && d.low[k+1] == "to" })
	for i := range d.atts {
		d.via(i, according)
	}
}

// via finds the channel of attribution i: "according to X" in the same
// sentence, outside the content; "told X" where X is an outlet or
// reporters; "in an interview with X". A channel found by recovery
// ("cited ... as saying") is kept. according lists the tokens that open
// "according to".
func (d *doc) via(i int, according []int) {
	a := &d.atts[i]
	if len(a.Via) > 0 {
		return
	}
	c := a.Cue[0]
	sen := d.sentence(c.Start)
	if d.low[c.Start] != "according" {
		for _, k := range within(according, sen.Start, sen.End-2) {
			if inside(k, a.Content) || inside(k, a.Source) || d.seg.QuoteDepth[k] > d.seg.QuoteDepth[c.Start] {
				continue
			}
			if e := d.npRight(k+2, sen.End); e > k+2 {
				a.Via = []segment.Range{{Start: k, End: e}}
				return
			}
		}
	}
	for k := c.Start; k < c.End; k++ {
		if w := d.low[k]; w == "told" || w == "tells" || w == "telling" {
			e := d.npRight(k+1, sen.End)
			if e > k+1 && d.outlet(segment.Range{Start: k + 1, End: e}) {
				a.Via = []segment.Range{{Start: k, End: e}}
				return
			}
		}
	}
	// "in an interview with X", "in a statement to X"
	for k := c.End; k+3 < sen.End && k < c.End+8; k++ {
		if d.low[k] == "in" && (d.low[k+2] == "interview" || d.low[k+2] == "statement") && (d.low[k+3] == "with" || d.low[k+3] == "to") {
			if e := d.npRight(k+4, sen.End); e > k+4 {
				a.Via = []segment.Range{{Start: k, End: e}}
				return
			}
		}
	}
}

// outlet: a phrase naming a news outlet or the press.
func (d *doc) outlet(r segment.Range) bool {
	for k := r.Start; k < r.End; k++ {
		w := d.word(k)
		if lexicon.NewsAgencies.Has(w) || lexicon.MediaWords.Has(w) || postag.IsProperNoun(d.tags[k]) && lexicon.OrgNouns.Has(w) {
			return true
		}
	}
	// A single proper name that is not a person of the document.
	if r.Len() <= 4 && postag.IsProperNoun(d.tags[r.End-1]) {
		_, name := d.splitName(d.properRun(r.End-1, r.Start))
		return len(name) > 0 && d.byLastName(d.word(name[len(name)-1]), r.Start, firstname.Unknown) < 0 && d.properKind(name) == Organization
	}
	return false
}
