package resolve

import (
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/segment"
)

// anonymityReasons finds why each anonymous source is not named.
func (d *doc) anonymityReasons() {
	for i := range d.atts {
		d.anonymity(&d.atts[i])
	}
}

// anonymity finds, for an anonymous source, the reason the text gives for
// not naming it: "on condition of anonymity", "who asked not to be named",
// "because they were not authorized to speak publicly".
func (d *doc) anonymity(a *Attribution) {
	if a.Kind != Anonymous || len(a.Source) == 0 {
		return
	}
	sen := d.sentence(a.Cue[0].Start)
	for k := sen.Start; k < sen.End; k++ {
		w := d.low[k]
		if !lexicon.AnonymityCues.Has(w) || inside(k, a.Content) || d.seg.QuoteDepth[k] > 0 {
			continue
		}
		switch w {
		case "named", "identified":
			// "not (to) be named", "declined to be identified"
			if k < 2 || d.low[k-1] != "be" {
				continue
			}
		case "authorized", "authorised":
			if k < 1 || (d.low[k-1] != "not" && d.low[k-1] != "unauthorized") {
				continue
			}
		case "publicly":
			if k < 2 || d.low[k-1] != "speak" && d.low[k-1] != "discuss" && d.low[k-1] != "comment" {
				continue
			}
		case "unnamed":
			continue
		}
		// The phrase runs back to its opener and on to the next comma.
		s := k
		for t := k - 1; t >= sen.Start && k-t <= 8; t-- {
			if d.text(t) == "," || inside(t, a.Source) || inside(t, a.Cue) {
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
