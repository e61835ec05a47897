package resolve

// nesting sets the parent of every attribution: the one with the
// smallest content that holds its cue.
func (d *doc) nesting() {
	for i := range d.atts {
		a := &d.atts[i]
		c := a.Cue[0].Start
		best, size := None, 0
		for j := range d.atts {
			if j == i {
				continue
			}
			for _, r := range d.atts[j].Content {
				if r.Start <= c && c < r.End && (best == None || r.Len() < size) {
					best, size = j, r.Len()
				}
			}
		}
		// Two attributions can hold each other's cues when the extractor
		// overlaps them: the one whose cue comes first takes the other as
		// its parent, and the other has none rather than the first.
		if best != None && d.atts[best].Parent == i {
			best = None
		}
		a.Parent = best
	}
}
