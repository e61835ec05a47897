package resolve

import (
	"slices"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
)

// sourceless drops the attributions that are still without a source and
// whose cue is not one of the forms that report with none: a passive ("is
// expected to", "was told", "has been criticized"), a bare participle
// ("thought to be", "rumoured to be"), a hedge adverb ("reportedly") or
// a verb of seeming ("seems to"), a hearing's "heard"; a passive of purpose or of a word
// outside the lexicon of speech ("is intended to", "is thrilled to")
// reports nothing. An active verb or a noun with no source
// is the extractor's miss ("expected wait times to ...", "calling for
// his dismissal"), most often of a source it did not find, or no
// attribution at all: on PolNeAR dev 24% of them matched gold, on our
// tune half none.
//
// A reporter's question is dropped too ("Asked about the anger,
// Manalastas shrugged", "When asked whether ..."): it is no one's claim,
// and readers and our annotators do not count it, where PolNeAR's do.
// Its content is kept aside, so that the names it holds stay out of the
// speakers' way as any content's do ("When asked about Trump, he said").
func (d *doc) sourceless() {
	d.atts = slices.DeleteFunc(d.atts, func(a Attribution) bool {
		if len(a.Source) > 0 {
			return false
		}
		if d.reportersQuestion(&a) {
			d.questions = append(d.questions, a.Content...)
			return true
		}
		return !d.reportsWithoutSource(&a)
	})
}

// reportersQuestion: the cue is a bare participle "asked", with no
// auxiliary before it, and a question follows it ("Asked about", "when
// asked whether"; not "was asked", nor a request: "Asked to leave their
// homes by 6pm, most residents complied").
func (d *doc) reportersQuestion(a *Attribution) bool {
	for _, c := range a.Cue {
		for k := c.Start; k < c.End; k++ {
			if lexicon.Auxiliaries.Has(d.low[k]) {
				return false
			}
			if d.low[k] == "asked" && d.tags[k] == postag.VBN && k+1 < d.n {
				switch d.low[k+1] {
				case "about", "whether", "if", "why", "what", "how", "who", "when", "where", "which":
					return true
				}
				return false
			}
		}
	}
	return false
}

// reportsWithoutSource: the cue is a passive, a bare participle, a hedge
// adverb or a verb of seeming.
func (d *doc) reportsWithoutSource(a *Attribution) bool {
	for _, c := range a.Cue {
		aux := "" // the last auxiliary before the token, in the cue
		for k := c.Start; k < c.End; k++ {
			w := d.low[k]
			switch {
			case lexicon.AppearVerbs.Has(w):
				return false // "appeared cowed", "appears to be in the ballpark": the writer's own impression
			case lexicon.HedgeAdverbs.Has(w), lexicon.SeemVerbs.Has(w):
				return true
			case w == "heard" && d.hearingCue(k) != nil:
				return true // "The inquest heard that ...": what the hearing was told, by no one named
			case d.tags[k] == postag.VBN && (aux == "" || lexicon.BeForms.Has(aux)):
				raising := lexicon.RaisingParticiples.Has(w) || lexicon.AsParticiples.Has(w) // "is billed as"
				if lexicon.PurposeParticiples.Has(w) || lexicon.SpeechClassOf(w) == lexicon.NoSpeech && !raising {
					return false // "is intended to be", "is thrilled to have": purpose or feeling, no report
				}
				return true // passive, or a participle with no auxiliary
			case lexicon.Auxiliaries.Has(w):
				aux = w
			}
		}
	}
	return false
}
