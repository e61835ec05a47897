package resolve

import (
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/segment"
)

// hedges finds the hedge of every attribution.
func (d *doc) hedges() {
	soCalled := d.tokensWhere(func(k int) bool { return d.low[k] == "so-called" && d.seg.QuoteDepth[k] == 0 })
	for i := range d.atts {
		d.hedge(&d.atts[i], soCalled)
	}
}

// hedge finds the word by which the outlet distances itself from a claim:
// an adverb on the cue ("purportedly told", "allegedly said"), a cue that
// is itself distancing ("claimed", "alleged"), or "so-called" outside
// quotation marks in the content (soCalled lists those of the document).
func (d *doc) hedge(a *Attribution, soCalled []int) {
	c := hull(a.Cue)
	sen := d.sentence(c.Start)
	for k := max(sen.Start, c.Start-2); k < min(sen.End, c.End+1); k++ {
		if inside(k, a.Content) || d.seg.QuoteDepth[k] > d.seg.QuoteDepth[c.Start] {
			continue
		}
		if lexicon.HedgeAdverbs.Has(d.low[k]) || (k >= c.Start && k < c.End && lexicon.HedgeVerbs.Has(d.low[k])) {
			a.Hedge = segment.Range{Start: k, End: k + 1}
			return
		}
	}
	for _, r := range a.Content {
		if ks := within(soCalled, r.Start, r.End); len(ks) > 0 {
			a.Hedge = segment.Range{Start: ks[0], End: ks[0] + 1}
			return
		}
	}
}
