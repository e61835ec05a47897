package resolve

// antecedent resolves a pronoun at token pos to the latest fitting
// mention before it: a person for he/she, a group or body for they, a
// body for it.
func (d *doc) antecedent(p string, pos int) int {
	if d.seg.QuoteDepth[pos] > 0 && (p == "i" || p == "we" || p == "you" || p == "me" || p == "us") {
		return None
	}
	best, bestPos := None, -1
	consider := func(at, id int) {
		if at >= pos || at < bestPos {
			return
		}
		e := d.ents.list[id]
		switch p {
		case "he", "she", "him", "her":
			if e.kind == Organization || e.plural {
				return
			}
		case "they", "them":
			if e.kind == Person || (e.kind == Anonymous && !e.plural) {
				return
			}
		case "it":
			if e.kind != Organization {
				return
			}
		default:
			return
		}
		best, bestPos = id, at
	}
	for _, ev := range d.ents.events {
		consider(ev.pos, ev.ent)
	}
	for i := range d.atts {
		a := &d.atts[i]
		if a.Speaker >= 0 && len(a.Source) > 0 {
			consider(a.Source[0].Start, a.Speaker)
		}
	}
	return best
}
