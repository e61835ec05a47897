package resolve

import (
	"slices"

	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/segment"
)

// admit takes the extractor's relations as attributions: those whose
// ranges are in bounds and whose cue is not in boilerplate.
func (d *doc) admit() {
	for _, r := range d.rels {
		if !d.validRel(r) || d.bp[r.Cue[0].Start] {
			continue
		}
		d.atts = append(d.atts, Attribution{
			Source:  slices.Clone(r.Source),
			Cue:     slices.Clone(r.Cue),
			Content: slices.Clone(r.Content),
		})
		d.markCue(r.Cue)
	}
}

// validRel checks that a relation's ranges are in bounds and it has a cue.
func (d *doc) validRel(r extract.Relation) bool {
	if len(r.Cue) == 0 {
		return false
	}
	for _, rs := range [][]segment.Range{r.Source, r.Cue, r.Content} {
		for _, x := range rs {
			if x.Start < 0 || x.End > d.n || x.Start >= x.End {
				return false
			}
		}
	}
	return true
}

// markCue marks the tokens of a cue as taken, and a comma before one as
// the end of a reported clause.
func (d *doc) markCue(cue []segment.Range) {
	for _, c := range cue {
		for k := c.Start; k < c.End; k++ {
			d.inCue[k] = true
			if k > 0 && d.text(k-1) == "," {
				d.clauseStops.add(k - 1)
			}
		}
	}
}
