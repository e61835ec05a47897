package resolve

import (
	"slices"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// implicitSources gives a cue that has no source in its own clause
// ("..., stressing that ...", "..., but also contended that ...") the
// source of the clause before it, or, when no attribution is there, the
// subject of that clause; and marks as implicit a source the extractor
// took from there.
func (d *doc) implicitSources() {
	for i := range d.atts {
		a := &d.atts[i]
		c := a.Cue[0]
		participle := d.participleAfterComma(c.Start)
		if !participle && !(len(a.Source) == 0 && d.coordinated(c.Start)) {
			continue
		}
		prev := d.previousInSentence(i)
		if prev < 0 {
			// No attribution before in the sentence: the cue shares the
			// subject of its clause ("Peabody said ..., adding that ...";
			// "His ex-wife agreed, but also contended that ..."). A verb
			// joined to one that reports nothing ("the deal is not
			// demarcated ..., and solely outlines ...") is no report.
			s, verb := d.clauseSubject(c.Start)
			if len(a.Source) == 0 && s.Len() > 0 && (participle || lexicon.SpeechClassOf(d.low[verb]) != lexicon.NoSpeech) {
				a.Source = []segment.Range{s}
				a.Implicit = true
			}
			continue
		}
		p := &d.atts[prev]
		if len(a.Source) == 0 && len(p.Source) > 0 {
			a.Source = slices.Clone(p.Source)
			a.Implicit = true
			continue
		}
		if len(a.Source) > 0 && hull(a.Source).End <= p.Cue[0].Start {
			a.Implicit = true
		}
	}
}

// participleAfterComma: the cue opens with a participle right after a
// comma (an adverb may stand between).
func (d *doc) participleAfterComma(k int) bool {
	if d.tags[k] != postag.VBG && !lexicon.ParticipleCues.Has(d.low[k]) {
		return false
	}
	j := k - 1
	for j >= 0 && postag.IsAdverb(d.tags[j]) && k-j <= 2 {
		j--
	}
	return j >= 0 && d.text(j) == ","
}

// previousInSentence is the latest attribution before i whose cue is in
// the same sentence and whose content does not hold i's cue.
func (d *doc) previousInSentence(i int) int {
	c := d.atts[i].Cue[0].Start
	sen := d.seg.SentenceOf[c]
	for j := i - 1; j >= 0; j-- {
		p := d.atts[j]
		if d.seg.SentenceOf[p.Cue[0].Start] != sen {
			break
		}
		if inside(c, p.Content) || inside(c, p.Source) {
			continue
		}
		return j
	}
	return -1
}

// coordinated: the cue's verb is joined to a verb before it by "and",
// "but" or "or" (a comma and adverbs between): "agreed, but also
// contended that ...".
func (d *doc) coordinated(k int) bool {
	j := k - 1
	for j >= 0 && postag.IsAdverb(d.tags[j]) && k-j <= 2 {
		j--
	}
	return j >= 0 && (d.low[j] == "and" || d.low[j] == "but" || d.low[j] == "or")
}

// clauseSubject is the subject of the first finite verb of the sentence
// of token k, before k, and that verb: a noun phrase that opens the
// sentence or follows a comma after a fronted phrase ("On Friday, the
// mayor said ..."), or a subject pronoun. Empty when there is none.
func (d *doc) clauseSubject(k int) (segment.Range, int) {
	sen := d.sentence(k)
	if k-sen.Start > maxClauseReach {
		return segment.Range{}, -1 // a run-on sentence: no clause to read
	}
	for f := sen.Start + 1; f < k; f++ {
		if !finite(d.tags[f]) || d.seg.QuoteDepth[f] > 0 {
			continue
		}
		j := f - 1
		for j > sen.Start && postag.IsAdverb(d.tags[j]) {
			j--
		}
		if !d.nounish(j) || d.inCue[j] || d.seg.QuoteDepth[j] > 0 {
			return segment.Range{}, -1
		}
		start := d.npLeft(j, sen.Start)
		if d.tags[j] == postag.PRP {
			if !lexicon.SubjectPronouns.Has(d.low[j]) {
				return segment.Range{}, -1
			}
			start = j
		}
		if start > j || start > sen.Start && d.text(start-1) != "," {
			return segment.Range{}, -1
		}
		return segment.Range{Start: start, End: j + 1}, f
	}
	return segment.Range{}, -1
}

// maxClauseReach bounds how far before a cue its clause's subject may
// stand, so that a run-on sentence costs no scan per cue.
const maxClauseReach = 80
