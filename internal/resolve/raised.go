package resolve

import (
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// raisedSubjects: in "A Bronze Age log boat [is believed] to be 3,500
// years old" (or ", [thought] to be 3,500 years old,"), "The Government [is understood] to be considering ..." or
// "The watch [is billed as] a smartwatch", or "Peacekeepers [have been
// accused of] hurting civilians",
// the subject before a passive verb of saying or believing is the
// subject of what is believed, not who believes it: the relation has no
// source, and its content is the subject and the infinitive, as PolNeAR
// and our sets mark it ("The efforts … are expected … to continue").
// The extractor often gives the subject as the source.
func (d *doc) raisedSubjects() {
	for i := range d.atts {
		a := &d.atts[i]
		if len(a.Source) != 1 || len(a.Cue) != 1 || len(a.Content) != 1 {
			continue
		}
		src, cue, content := a.Source[0], a.Cue[0], a.Content[0]
		if src.End > cue.Start || cue.Start-src.End > 1 || content.Start < cue.End {
			continue
		}
		k := content.Start
		infinitive := k+1 < d.n && d.low[k] == "to" && d.tags[k+1] == postag.VB // "to be", "to have"
		as := d.low[k] == "as" || d.low[cue.End-1] == "as"                      // "is seen as a favourite"
		charge := chargePrep(d.low[k]) || chargePrep(d.low[cue.End-1])          // "was accused of lying"
		// "A log boat, thought to be 3,500 years old, was found": the
		// participle alone after a comma is the passive's reduced form.
		reduced := infinitive && cue.Len() == 1 && lexicon.RaisingParticiples.Has(d.low[cue.Start]) &&
			cue.Start > 0 && d.text(cue.Start-1) == ","
		if !(reduced || infinitive && d.raisingPassive(cue, lexicon.RaisingParticiples) || as && d.raisingPassive(cue, lexicon.AsParticiples) ||
			charge && d.raisingPassive(cue, lexicon.ChargeParticiples)) {
			continue
		}
		for src.End > src.Start+1 && d.isPunct(src.End-1) {
			src.End-- // the comma before a reduced passive
		}
		a.Content = []segment.Range{src, content}
		a.Source = nil
	}
}

// raisingPassive: the cue is a form of "be" (adverbs and auxiliaries
// between) and a participle of a raising verb of saying or believing
// ("is believed", "has been widely reported", "are expected"), with no
// agent.
func (d *doc) raisingPassive(c segment.Range, participles lexicon.Set) bool {
	be := false
	for k := c.Start; k < c.End; k++ {
		w := d.low[k]
		switch {
		case lexicon.BeForms.Has(w):
			be = true
		case lexicon.Auxiliaries.Has(w), postag.IsAdverb(d.tags[k]), d.tags[k] == postag.MD, w == "not":
		case be && participles.Has(w) && (k == c.End-1 || k == c.End-2 && (d.low[c.End-1] == "as" || chargePrep(d.low[c.End-1]))):
			return c.End >= d.n || d.low[c.End] != "by"
		default:
			return false
		}
	}
	return false
}

// chargePrep: the preposition of the complement of a passive of accusing
// or praising ("accused of", "blamed for", "credited with", "charged
// over").
func chargePrep(w string) bool { return w == "of" || w == "for" || w == "with" || w == "over" }
