package resolve

import (
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/segment"
)

// recover adds the attributions that a reporting verb makes plain but the
// extractor missed, most of them nested in the content of another: a
// participial cue after a noun phrase ("a report by X claiming that ...",
// "with X contending that ...", "cited X as saying ..."), or a finite
// reporting verb with its subject ("X said (that) ...", "..., X said.").
func (d *doc) recover() {
	for i := 0; i < d.n; i++ {
		if d.inCue[i] || d.bp[i] || d.seg.Tokens[i].Kind != segment.Word {
			continue
		}
		w := d.low[i]
		var a *Attribution
		switch {
		case lexicon.ParticipleCues.Has(w):
			a = d.participial(i)
		case lexicon.FiniteCues.Has(w) && finite(d.tags[i]):
			a = d.finiteCue(i)
		}
		if a == nil || d.duplicate(a) {
			continue
		}
		if !lexicon.ParticipleCues.Has(w) && !d.clauseFinal(a) && !(d.nestedCue(i) && d.low[a.Content[0].Start] == "that") && !d.replaceSourceless(a) {
			// A finite cue that the extractor did not take, outside any
			// content or without "that", and not closing the sentence:
			// too often not an attribution, or one it found with other
			// bounds (measured on PolNeAR dev).
			continue
		}
		if lexicon.ParticipleCues.Has(w) {
			d.reframe(a)
		}
		d.addRecovered(*a)
	}
}

// addRecovered appends an attribution that a rule found and marks its cue,
// so that no later rule takes the same words.
func (d *doc) addRecovered(a Attribution) {
	a.Recovered = true
	d.atts = append(d.atts, a)
	d.markCue(a.Cue)
}

// clauseFinal: the recovered cue closes its sentence after the content it
// reports ("CLAUSE, X said on Thursday."), the plainest form of attribution
// in news; the extractor can miss it when the content holds a cue of its
// own ("He is expected to ...").
func (d *doc) clauseFinal(a *Attribution) bool {
	return len(a.Content) == 1 && len(a.Source) == 1 && a.Content[0].End < a.Source[0].Start
}

// duplicate: an attribution already found would match the same one, as
// the scorer matches (content overlap of at least half, overlapping
// sources).
func (d *doc) duplicate(a *Attribution) bool {
	for _, b := range d.atts {
		if contentF1(a.Content, b.Content) >= 0.5 && overlaps(a.Source, b.Source) {
			return true
		}
	}
	return false
}

// reframe: when a recovered participial cue's source is the object of
// another cue ("X denied [a report by Y] claiming that Z"), what that cue
// reports is the whole object: its content becomes "a report by Y
// claiming that Z", and its cue loses the object words it had taken.
func (d *doc) reframe(p *Attribution) {
	src := p.Source[0]
	for i := range d.atts {
		o := &d.atts[i]
		c := o.Cue[len(o.Cue)-1]
		if c.End < src.Start || c.Start >= src.Start || c.End > src.End || len(o.Content) != 1 {
			continue
		}
		if o.Content[0].Start < src.End || o.Content[0].Start > p.Cue[0].End+1 {
			continue
		}
		if c.End > src.Start {
			o.Cue[len(o.Cue)-1].End = src.Start
		}
		o.Content[0] = segment.Range{Start: src.Start, End: max(o.Content[0].End, p.Content[0].End)}
		return
	}
}

// nestedCue: token i lies in the content of an attribution.
func (d *doc) nestedCue(i int) bool {
	for _, b := range d.atts {
		if inside(i, b.Content) {
			return true
		}
	}
	return false
}

// replaceSourceless drops an attribution without a source whose content
// is a's ("He is expected to ..., an official said": the extractor took
// "is expected" as the cue), and reports whether it did.
func (d *doc) replaceSourceless(a *Attribution) bool {
	for j, b := range d.atts {
		if len(b.Source) == 0 && !b.Recovered && contentF1(a.Content, b.Content) >= 0.5 {
			d.atts = append(d.atts[:j], d.atts[j+1:]...)
			return true
		}
	}
	return false
}
