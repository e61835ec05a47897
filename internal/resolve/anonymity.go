package resolve

import (
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/segment"
)

// anonymityReasons finds why each anonymous source is not named.
func (d *doc) anonymityReasons() {
	reasons := d.tokensWhere(d.givesReason)
	for i := range d.atts {
		d.anonymity(&d.atts[i], reasons)
	}
}

// givesReason: token k, outside quotations, is the word of a reason for
// not naming a source: "anonymity", "anonymously", "(not to) be named",
// "declined to be identified", "not authorized", "to speak publicly".
func (d *doc) givesReason(k int) bool {
	w := d.low[k]
	if !lexicon.AnonymityCues.Has(w) || d.seg.QuoteDepth[k] > 0 {
		return false
	}
	switch w {
	case "named", "identified":
		return k >= 2 && d.low[k-1] == "be"
	case "authorized", "authorised":
		return k >= 1 && (d.low[k-1] == "not" || d.low[k-1] == "unauthorized")
	case "publicly":
		return k >= 2 && (d.low[k-1] == "speak" || d.low[k-1] == "discuss" || d.low[k-1] == "comment")
	case "unnamed":
		return false
	}
	return true
}

// anonymity finds, for an anonymous source, the reason the sentence of
// its cue gives for not naming it (reasons lists the words that give one,
// givesReason): "on condition of anonymity", "who asked not to be named",
// "because they were not authorized to speak publicly".
func (d *doc) anonymity(a *Attribution, reasons []int) {
	if a.Kind != Anonymous || len(a.Source) == 0 {
		return
	}
	sen := d.sentence(a.Cue[0].Start)
	for _, k := range within(reasons, sen.Start, sen.End) {
		if inside(k, a.Content) {
			continue
		}
		// The phrase runs back to its opener and on to the next comma,
		// within the source when the source holds it ("Three residents,
		// who asked not to be named,").
		s := k
		inSource := inside(k, a.Source)
		for t := k - 1; t >= sen.Start && k-t <= 8; t-- {
			if d.text(t) == "," || inside(t, a.Source) && !inSource || inside(t, a.Cue) {
				break
			}
			if lexicon.ReasonOpeners.Has(d.low[t]) {
				s = t
			}
		}
		e := k + 1
		for e < sen.End && e-k <= 8 && !d.isPunct(e) {
			e++
		}
		a.AnonymityReason = segment.Range{Start: s, End: e}
		return
	}
}
