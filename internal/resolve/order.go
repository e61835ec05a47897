package resolve

import "slices"

// order puts the attributions in text order of their cues (the extractor's
// order among equal cues) and marks their parent and speaker as unknown.
func (d *doc) order() {
	slices.SortStableFunc(d.atts, func(a, b Attribution) int { return a.Cue[0].Start - b.Cue[0].Start })
	for i := range d.atts {
		d.atts[i].Parent, d.atts[i].Speaker = None, None
	}
}
