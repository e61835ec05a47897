package resolve

import (
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// recover adds the attributions that a reporting verb makes plain but the
// extractor missed, most of them nested in the content of another: a
// participial cue after a noun phrase ("a report by X claiming that ...",
// "with X contending that ...", "cited X as saying ..."), or a finite
// reporting verb with its subject ("X said (that) ...", "..., X said.").
//
// It indexes the attributions (attindex.go), so that each candidate is
// compared with the attributions around it only.
func (d *doc) recover() {
	x := d.indexAttributions()
	defer x.compact()
	for i := d.title.Start; i < d.title.End; i++ {
		if d.text(i) == ":" && !d.inCue[i] {
			if r := d.colonHeadline(i); r != nil && !x.duplicate(r) {
				x.addRecovered(*r)
			}
		}
		if isDash(d.text(i)) && !d.inCue[i] {
			if r := d.dashHeadline(i); r != nil && !x.duplicate(r) {
				x.addRecovered(*r)
			}
		}
	}
	for i := 0; i < d.n; i++ {
		if d.bp[i] || d.seg.Tokens[i].Kind != segment.Word {
			continue
		}
		headlineCue := d.inTitle(i) && lexicon.HeadlineCues.Has(d.low[i])
		if r := d.headlineFrontCue(i); r != nil {
			// "Guild denies results leaked", whether the extractor found
			// the verb with no speaker or missed it.
			if d.inCue[i] && x.dropSourcelessCue(i) || !d.inCue[i] && !x.duplicate(r) {
				x.addRecovered(*r)
				continue
			}
		}
		if d.inCue[i] {
			// A headline's verb the extractor read with no speaker
			// ("..., claims [traders' body]") gives way to the headline's
			// own form, and a verb of showing to the document that is its
			// subject ("Flight data released by the company late on
			// Friday [show] that ..."); any other cue stands as found.
			if !headlineCue {
				if lexicon.EvidenceVerbs.Has(d.low[i]) && d.seg.QuoteDepth[i] == 0 {
					if r := d.evidenceCue(i); r != nil && !x.duplicate(r) && x.dropSourcelessCue(i) {
						x.addRecovered(*r)
					}
				}
				continue
			}
			r := d.headlineForm(i)
			if r == nil {
				continue
			}
			if j := x.splitHeadline(i); j >= 0 && !x.duplicateBut(r, j) {
				x.removed[j] = true
				x.addRecovered(*r)
			} else if !x.duplicate(r) && x.dropSourcelessCue(i) {
				x.addRecovered(*r)
			}
			continue
		}
		w := d.low[i]
		quoted := d.seg.QuoteDepth[i] > 0
		// The tagger may read "show" before "that" or a number as a noun
		// ("Figures from the Department of Health show that ...",
		// "Figures ... show 212 violent crimes"); not after "to" ("This
		// story has been corrected to show that ...").
		if lexicon.EvidenceVerbs.Has(w) && !quoted && (finite(d.tags[i]) || d.tags[i] == postag.VBN || d.inTitle(i) ||
			i+1 < d.n && (d.low[i+1] == "that" || d.tags[i+1] == postag.CD) && (i == 0 || d.low[i-1] != "to")) {
			if r := d.evidenceCue(i); r != nil {
				x.addOutside(i, r)
				continue
			}
		}
		// A headline's own form ("..., says study", "..., union warns")
		// comes first, whatever the verb's tag; the other readings only
		// when it has none.
		var a *Attribution
		headline := false
		if headlineCue {
			a = d.headlineForm(i)
			headline = a != nil
		}
		owned := false
		switch {
		case headline:
		case lexicon.RaisingParticiples.Has(w) && d.tags[i] == postag.VBN && !quoted:
			// Readers mark it only in the outlet's own voice: inside what
			// someone says, it is theirs ("Officials said she was expected
			// to play"; none nested in 98 of our sets' tune halves).
			x.addOutside(i, d.raisingCue(i))
			continue
		case estimateVerb(w) && !quoted:
			// "an actuarial valuation put the fund's deficit at £58
			// million": an estimate, whatever the tagger made of "put".
			x.addOutside(i, d.estimateCue(i))
			continue
		case w == "according" && !quoted:
			x.addOutside(i, d.accordingFront(i))
			continue
		case w == "heard" && !quoted:
			x.addOutside(i, d.hearingCue(i))
			continue
		case (w == "respond" || w == "responded" || w == "reply" || w == "replied" || w == "return" || w == "returned") && !quoted:
			x.addOutside(i, d.noResponse(i))
			continue
		case lexicon.EvidentialAdverbs.Has(w) && !quoted:
			x.addOutside(i, d.adverbCue(i))
			continue
		case lexicon.ParticipleCues.Has(w) && !quoted:
			a = d.participial(i)
		case thatClaimNoun(w) && postag.IsNoun(d.tags[i]) && !quoted:
			a = d.ownedClaim(i) // "the agency's claim that ...": its owner and clause say it is one
			owned = a != nil
		case w == "held" && i > 0 && i+1 < d.n && d.low[i+1] == "that" && !quoted &&
			(finite(d.tags[i]) || d.tags[i] == postag.VBN && postag.IsNoun(d.tags[i-1])): // "The tribunal held/VBN that"
			a = d.courtHolding(i) // "The tribunal held that ...": a ruling
			owned = a != nil
		case lexicon.FiniteCues.Has(w) && finite(d.tags[i]):
			a = d.finiteCue(i)
		}
		if a == nil || x.duplicate(a) {
			continue
		}
		if quoted && d.tags[a.Source[0].Start] == postag.PRP {
			// Inside a quotation a pronoun is the quoted speaker's ('"I
			// told him ...," the coach said'): resolved from outside, it
			// names the wrong speaker. A named one ("Zarif said") stands.
			continue
		}
		if !headline && !owned && !lexicon.ParticipleCues.Has(w) && !d.clauseFinal(a) && !(x.nestedCue(i) && d.low[a.Content[0].Start] == "that") && !x.replaceSourceless(a) && !d.toldThat(a, i) && !(len(a.Content) == 1 && a.Content[0].Len() == 1 && d.demonstrativeContent(a.Content[0].Start)) && !d.plainReport(a, i) && !d.coordinatedReport(a, i) {
			// A finite cue that the extractor did not take, outside any
			// content or without "that", and not closing the sentence:
			// too often not an attribution, or one it found with other
			// bounds (measured on PolNeAR dev).
			continue
		}
		if lexicon.ParticipleCues.Has(w) {
			x.reframe(a)
		}
		x.addRecovered(*a)
	}
}

// courtHolding is the attribution of "held that" at token i whose
// subject is a court or its judges ("The Revenue Appeals Tribunal held
// that a revenue body could not seal premises", "the bench held that"):
// what a court holds is its ruling, as what it rules is. Nil for any
// other subject ("Officials held that view").
func (d *doc) courtHolding(i int) *Attribution {
	a := d.finiteCue(i)
	if a == nil || len(a.Source) != 1 || len(a.Content) == 0 {
		return nil
	}
	x := d.analyze(a.Source)
	if x.head < 0 || !courtNoun(d.low[x.head]) {
		return nil
	}
	return a
}

// courtNoun: w names a court or who sits in one.
func courtNoun(w string) bool {
	switch w {
	case "court", "tribunal", "bench", "judge", "judges", "justice", "justices", "magistrate", "coroner", "arbitrator", "panel":
		return true
	}
	return false
}

// headlineForm is the attribution of a headline's verb of saying at
// token i in a headline's own forms: inverted, its verbs perhaps dropped
// ("Reef bleaching worst on record, says study"), or its speaker and cue
// ending the line ("..., union warns"); nil for neither.
func (d *doc) headlineForm(i int) *Attribution {
	if r := d.invertedCue(i, i, d.sentence(i)); r != nil {
		return r
	}
	return d.headlineTailCue(i)
}

// toldThat: "X told Y that CLAUSE", the verb with its object and a
// clause opened by "that", which the extractor misses when the parser
// hangs the clause on the object ("told reporters [that ...]" read as a
// relative clause).
func (d *doc) toldThat(a *Attribution, i int) bool {
	return (d.low[i] == "told" || d.low[i] == "tells") && d.low[a.Content[0].Start] == "that"
}

// plainReport: "X said CLAUSE" in its plainest form: "said", "says",
// "told" or "tells" after a subject that opens its sentence, and a
// content with a finite verb that runs to the sentence's end.
func (d *doc) plainReport(a *Attribution, i int) bool {
	if !plainSaying(d.low[i]) {
		return false
	}
	sen := d.sentence(i)
	if len(a.Source) != 1 || len(a.Content) != 1 || a.Source[0].Start != d.clauseStart(sen, i) && !d.coordinatedClause(a.Source[0].Start) || d.seg.QuoteDepth[i] > 0 {
		return false
	}
	c := a.Content[0]
	end := sen.End
	for end > c.End && d.isPunct(end-1) {
		end--
	}
	return c.Start > i && c.End >= end && d.hasVerb(c)
}

// coordinatedReport: "..., and its state secretary, Ante Vuković,
// accused the company of ...": a verb of communication after a subject
// that names someone and opens a clause coordinated after a comma,
// outside quotations, with a content after it: a report of its own,
// which the extractor ran into the content of the report before.
func (d *doc) coordinatedReport(a *Attribution, i int) bool {
	if len(a.Source) != 1 || len(a.Content) == 0 || a.Content[0].Start <= i || d.seg.QuoteDepth[i] > 0 ||
		!d.coordinatedClause(a.Source[0].Start) || lexicon.SpeechClassOf(d.low[i]) != lexicon.Communication {
		return false
	}
	return d.namedSource(a.Source[0])
}

// namedSource: a name stands in the source ("its state secretary, Ante
// Vuković").
func (d *doc) namedSource(r segment.Range) bool {
	for k := r.Start; k < r.End; k++ {
		if d.nameTok(k) && (k > r.Start || postag.IsProperNoun(d.tags[k])) {
			return true // a capital that opens the source counts only if tagged a name
		}
	}
	return false
}

// plainSaying: w is "said", "says", "told" or "tells", the plainest verbs
// of a report.
func plainSaying(w string) bool {
	return w == "said" || w == "says" || w == "told" || w == "tells"
}

// coordinatedClause: token k opens a clause coordinated after a comma
// ("..., and Cr Kostopoulos said it would be fenced off").
func (d *doc) coordinatedClause(k int) bool {
	return k >= 2 && (d.low[k-1] == "and" || d.low[k-1] == "but") && d.text(k-2) == ","
}

// clauseFinal: the recovered cue closes its sentence after the content it
// reports ("CLAUSE, X said on Thursday.", '"...," X said.'), the plainest form of attribution
// in news; the extractor can miss it when the content holds a cue of its
// own ("He is expected to ...").
func (d *doc) clauseFinal(a *Attribution) bool {
	return len(a.Content) == 1 && len(a.Source) == 1 && a.Content[0].End <= a.Source[0].Start
}
