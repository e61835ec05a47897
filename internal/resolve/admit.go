package resolve

import (
	"slices"

	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/segment"
)

// admit takes the extractor's relations as attributions: those whose
// ranges are in bounds and whose cue has no token in boilerplate or the
// dateline (a cue that begins in a one-word title may run on into it:
// FuzzResolve).
func (d *doc) admit() {
	for _, r := range d.rels {
		if !d.validRel(r) || d.anyFurniture(r.Cue) {
			continue
		}
		a := Attribution{
			Source:  d.afterColon(d.outsideFurniture(r.Source)),
			Cue:     slices.Clone(r.Cue),
			Content: d.outsideFurniture(r.Content),
		}
		if len(r.Content) > 0 && len(a.Content) == 0 {
			continue // all its content was the dateline
		}
		d.atts = append(d.atts, a)
		d.markCue(r.Cue)
	}
	d.dropForeignPieces()
}

// anyFurniture: a token of rs is boilerplate (which holds the dateline).
func (d *doc) anyFurniture(rs []segment.Range) bool {
	for _, r := range rs {
		for k := r.Start; k < r.End; k++ {
			if d.bp[k] {
				return true
			}
		}
	}
	return false
}

// dropForeignPieces takes out of a content the pieces in a later
// sentence that another attribution with its cue there also holds: the
// extractor ran "Dr Rao said doctors were exhausted" on into the next
// sentence's quotation, which is its own '"We are running on empty,"
// she said.'
func (d *doc) dropForeignPieces() {
	for i := range d.atts {
		a := &d.atts[i]
		if len(a.Content) < 2 {
			continue
		}
		own := d.seg.SentenceOf[a.Cue[0].Start]
		kept := a.Content[:0:0]
		for _, p := range a.Content {
			if d.seg.SentenceOf[p.Start] <= own || !d.claimedBy(i, p) {
				kept = append(kept, p)
			}
		}
		if len(kept) > 0 {
			a.Content = kept
		}
	}
}

// claimedBy: another attribution than i has its cue in the sentence of
// piece p and a content that overlaps p.
func (d *doc) claimedBy(i int, p segment.Range) bool {
	sen := d.seg.SentenceOf[p.Start]
	for j, b := range d.atts {
		if j == i || d.seg.SentenceOf[b.Cue[0].Start] != sen {
			continue
		}
		for _, r := range b.Content {
			if r.Start < p.End && p.Start < r.End {
				return true
			}
		}
	}
	return false
}

// outsideFurniture is a copy of rs without the tokens of the dateline,
// which is metadata and never part of a role ("BRUSSELS (Reuters) -
// European Union fisheries ministers were close to ..., diplomats said"),
// nor those of a letter's salutation at a role's start ("Sir, –").
func (d *doc) outsideFurniture(rs []segment.Range) []segment.Range {
	dl := d.dateline.Span
	var out []segment.Range
	for _, r := range rs {
		if r.Start < dl.End && r.End > dl.Start {
			r.Start = max(r.Start, dl.End)
		}
		for r.Start < r.End && d.salutation(r.Start) {
			r.Start++ // a letter's "Sir, –"
		}
		if r.Len() > 0 {
			out = append(out, r)
		}
	}
	return out
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

// afterColon cuts a source that runs over a colon to what follows it: in
// "Pat Caddell: Democrat Voters Worried About ...", the subject of
// "Worried About" is "Democrat Voters", and "Pat Caddell" is the source
// of the colon, a relation of its own.
func (d *doc) afterColon(rs []segment.Range) []segment.Range {
	for i, r := range rs {
		for k := r.End - 2; k >= r.Start; k-- {
			if d.text(k) == ":" {
				rs[i].Start = k + 1
				break
			}
		}
	}
	return rs
}
