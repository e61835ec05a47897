package resolve

import (
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// raisingCue: "The quake is believed to be the strongest since 1942", "The
// airline is understood to owe lessors $30 million": a passive verb of
// saying or believing before an infinitive, the outlet's way of reporting
// what unnamed people say. PolNeAR's annotators rarely mark it, so the
// extractor seldom finds it; readers do. The attribution has no source,
// and its content is the subject and the infinitive, as raisedSubjects
// leaves those the extractor found.
func (d *doc) raisingCue(i int) *Attribution {
	sen := d.sentence(i)
	if i+2 >= sen.End || d.low[i+1] != "to" || d.tags[i+2] != postag.VB {
		return nil
	}
	// The cue runs back over adverbs ("widely") and auxiliaries ("has
	// been", "will be") to its first verb.
	start := i
	for start-1 >= sen.Start {
		k := start - 1
		if !(lexicon.Auxiliaries.Has(d.low[k]) || d.tags[k] == postag.MD || postag.IsAdverb(d.tags[k]) || d.low[k] == "not") {
			break
		}
		start = k
	}
	cue := segment.Range{Start: start, End: i + 1}
	if !d.raisingPassive(cue, lexicon.RaisingParticiples) {
		return nil
	}
	j := start - 1
	if j < sen.Start || d.inCue[j] || !(d.nounish(j) || d.tags[j] == postag.PRP) {
		return nil
	}
	subject := segment.Range{Start: d.npLeft(j, sen.Start), End: j + 1}
	if d.tags[j] == postag.PRP {
		if !lexicon.SubjectPronouns.Has(d.low[j]) {
			return nil
		}
		subject.Start = j
	}
	if subject.Start > j {
		return nil
	}
	e := sen.End
	// "..., police said.": the content stops at the comma before another
	// cue's source.
	for t := i + 3; t < e; t++ {
		if !d.inCue[t] {
			continue
		}
		for k := t - 1; k > i+2 && t-k <= 6; k-- {
			if d.text(k) == "," {
				e = k
				break
			}
		}
		break
	}
	for e > i+2 && d.isPunct(e-1) && d.seg.Tokens[e-1].Kind != segment.Quote {
		e--
	}
	return &Attribution{
		Cue:     []segment.Range{cue},
		Content: []segment.Range{subject, {Start: i + 1, End: e}},
	}
}

// adverbCue: "The company reportedly secured a two-year tax holiday", "He
// allegedly sold the metal to a scrap yard": an evidential adverb before
// its clause's verb reports what unnamed others say. The attribution has
// no source; its content is the clause around the adverb, from its
// subject to its first comma (unless a quotation follows the comma).
func (d *doc) adverbCue(i int) *Attribution {
	sen := d.sentence(i)
	j := i - 1
	for j >= sen.Start && (lexicon.Auxiliaries.Has(d.low[j]) || d.tags[j] == postag.MD) {
		j-- // "have reportedly been diverted", "is reportedly planning"
	}
	if j < sen.Start || d.inCue[j] {
		return nil
	}
	var start int
	switch {
	case d.text(j) == ",":
		// "Pocock, 31, who plays for Bury, reportedly splashed": the
		// subject and what describes it open the sentence.
		start = d.clauseStart(sen, j)
	case lexicon.RelativePronouns.Has(d.low[j]) || d.tags[j] == postag.PRP && lexicon.SubjectPronouns.Has(d.low[j]):
		start = j
	case d.nounish(j):
		start = d.npLeft(j, sen.Start)
	default:
		return nil
	}
	if start > j || i+1 >= sen.End || !postag.IsVerb(d.tags[i+1]) && !lexicon.Auxiliaries.Has(d.low[i+1]) {
		return nil
	}
	e := i + 1
	for e < sen.End && d.seg.QuoteDepth[e] == 0 && !(d.isPunct(e) && d.seg.Tokens[e].Kind != segment.Quote &&
		!(d.text(e) == "," && e+1 < sen.End && d.seg.Tokens[e+1].Kind == segment.Quote)) {
		e++
	}
	for e < sen.End && (d.seg.QuoteDepth[e] > 0 || d.seg.Tokens[e].Kind == segment.Quote) {
		e++ // a quotation in the clause ('told a witness, "He started it,"') is in it
	}
	for e > i+1 && d.isPunct(e-1) && d.seg.Tokens[e-1].Kind != segment.Quote {
		e--
	}
	if e-i < 3 {
		return nil
	}
	return &Attribution{
		Cue:     []segment.Range{{Start: i, End: i + 1}},
		Content: []segment.Range{{Start: start, End: i}, {Start: i + 1, End: e}},
	}
}
