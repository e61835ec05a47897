package resolve

import (
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
)

// repairSources extends a source that the extractor cut after a
// preposition back to the head it modifies: "[A US official with
// firsthand knowledge of] dealings with the Islamic Republic".
func (d *doc) repairSources() {
	for i := range d.atts {
		a := &d.atts[i]
		if len(a.Source) != 1 {
			continue
		}
		s := a.Source[0]
		k := s.Start - 1
		sen := d.sentence(s.Start)
		if k-1 < sen.Start || d.tags[k] != postag.IN || !lexicon.NPPrepositions.Has(d.low[k]) || !d.chunkTok(k-1) || d.inCue[k-1] {
			continue
		}
		if inside(k, a.Content) || inside(k-1, a.Content) {
			continue
		}
		if start := d.npLeft(s.End-1, sen.Start); start < s.Start {
			a.Source[0].Start = start
		}
	}
}
