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
		if !d.inCue[t] && !(lexicon.FiniteCues.Has(d.low[t]) && finite(d.tags[t])) {
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
	e = d.trimPunct(i+2, e)
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
	for e < sen.End && d.seg.QuoteDepth[e] == 0 && (!clausePunct(d.text(e)) ||
		d.text(e) == "," && e+1 < sen.End && d.seg.Tokens[e+1].Kind == segment.Quote || d.numberComma(e)) {
		e++
	}
	for e < sen.End && (d.seg.QuoteDepth[e] > 0 || d.seg.Tokens[e].Kind == segment.Quote) {
		e++ // a quotation in the clause ('told a witness, "He started it,"') is in it
	}
	e = d.trimPunct(i+1, e)
	if e-i < 3 {
		return nil
	}
	return &Attribution{
		Cue:     []segment.Range{{Start: i, End: i + 1}},
		Content: []segment.Range{{Start: start, End: i}, {Start: i + 1, End: e}},
	}
}

// clausePunct: punctuation that ends a clause (not "£" or "%").
func clausePunct(t string) bool {
	switch t {
	case ",", ";", ":", ".", "!", "?", "(", ")", "-", "–", "—":
		return true
	}
	return false
}

// numberComma: token k is the comma inside a number ("£4,000"), which
// the tokenizer splits as the scorer does.
func (d *doc) numberComma(k int) bool {
	t := d.seg.Tokens
	return d.text(k) == "," && k > 0 && k+1 < d.n && t[k-1].Kind == segment.Number && t[k+1].Kind == segment.Number &&
		t[k-1].End == t[k].Start && t[k].End == t[k+1].Start
}

// evidenceCue: "Figures from the Department of Health show that 1,140
// patients have waited ...", "A 2011 report by X found that ...", "...,
// a study led by researchers at Bunya University has found." and the
// headline's "..., study finds": a verb of showing or finding whose
// subject is headed by a document's or data's noun reports what the
// document says. PolNeAR's annotators mark few; the extractor misses most.
func (d *doc) evidenceCue(i int) *Attribution {
	sen := d.sentence(i)
	start := d.verbGroupStart(i, sen) // "has found", "also found"
	if start == sen.Start || d.inCue[start-1] {
		return nil // no subject before it ("Show must go on, says director")
	}
	for k := start; k < i; k++ {
		if lexicon.BeForms.Has(d.low[k]) {
			return nil // a passive: "The data was found by a researcher"
		}
	}
	cue := segment.Range{Start: start, End: i + 1}
	c := start - 1
	for c > sen.Start && d.text(c) != "," && start-c <= 25 {
		c--
	}
	if d.tailOnly(i+1, sen) && c > sen.Start && d.text(c) == "," && d.docHeaded(segment.Range{Start: c + 1, End: start}) >= 0 {
		// "CLAUSE, a study ... has found.": the subject follows the comma
		// that ends the reported clause. Otherwise the short tail is what
		// was found ("Figures ... show 212 violent crimes in the county",
		// "Figures from the ministry, released on Tuesday, show 212 ...").
		content := segment.Range{Start: d.clauseStart(sen, c), End: c}
		if content.Len() < 3 || !d.hasVerb(content) && !d.inTitle(i) || d.loneSubordinate(content) {
			return nil
		}
		return &Attribution{Source: []segment.Range{{Start: c + 1, End: start}}, Cue: []segment.Range{cue}, Content: []segment.Range{content}}
	}
	subject := segment.Range{Start: d.clauseStart(sen, start), End: start}
	for subject.End > subject.Start && d.isPunct(subject.End-1) {
		subject.End-- // "The study, which tested 4,300 children, also found"
	}
	if subject.Len() == 0 || subject.Len() > 25 {
		return nil
	}
	if subject.Start = d.docHeaded(subject); subject.Start < 0 {
		return nil // the source opens at the noun phrase: not "But figures from the ministry"
	}
	content := d.clause(i+1, sen)
	if content.Len() < 2 {
		return nil
	}
	return &Attribution{Source: []segment.Range{subject}, Cue: []segment.Range{cue}, Content: []segment.Range{content}}
}

// docHeaded is the first token of the noun phrase opening r (after an
// opening conjunction or adverb) when a document's or data's noun heads
// it ("Figures from the department", "A Keystone Civic Institute poll
// released last week", "The study, which tested ..."), else -1.
func (d *doc) docHeaded(r segment.Range) int {
	k := d.pastOpeners(r.Start, r.End) // "But figures show", "Meanwhile, data show"
	first, head := k, -1
	for ; k < r.End && d.chunkTok(k); k++ {
		if head >= 0 && (d.tags[k] == postag.VBN || d.tags[k] == postag.VBD) && !d.capitalized(k) {
			break // "A study published Wednesday in ...": the participle's phrase follows the head
		}
		if head >= 0 && d.tags[k] == postag.DT {
			break // "Figures the sheriff's office submits to the FBI": a relative clause without its pronoun
		}
		if postag.IsNoun(d.tags[k]) {
			head = k
		}
	}
	if head < 0 || !lexicon.DocNouns.Has(d.low[head]) {
		return -1
	}
	return first
}

// verbGroupStart is the first token of the verb group that the verb at
// token i ends: back over the auxiliaries, modals and adverbs before it
// in its sentence ("has found", "also found", "now puts").
func (d *doc) verbGroupStart(i int, sen segment.Range) int {
	start := i
	for start-1 >= sen.Start {
		k := start - 1
		if !(lexicon.Auxiliaries.Has(d.low[k]) || d.tags[k] == postag.MD || postag.IsAdverb(d.tags[k])) {
			break
		}
		start = k
	}
	return start
}
