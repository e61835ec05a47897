package resolve

import (
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// estimateVerb: w puts a figure on something ("put", "pegged"), which
// with "at" and an amount is an estimate of its subject's. ("placed"
// places things: "Ushers placed 40 chairs at 10 tables".)
func estimateVerb(w string) bool {
	switch w {
	case "put", "puts", "pegged", "pegs":
		return true
	}
	return false
}

// estimateCue is the estimate that the verb at token i makes: "[an
// actuarial valuation] [put] [the fund's deficit at £58 million]",
// "[Forbes] [put] [his net worth at $45 billion]". The object and "at"
// come within nine tokens, no punctuation or verb between, and an amount
// after "at"; the subject is the noun phrase before the verb, or the
// clause's opening words when they hold no verb. Nil otherwise, and for
// an infinitive ("to put") or a relative pronoun's subject ("a man who
// puts his net worth at ..."), which describe rather than report.
func (d *doc) estimateCue(i int) *Attribution {
	sen := d.sentence(i)
	if i == sen.Start || d.low[i-1] == "to" || !finite(d.tags[i]) && d.tags[i] != postag.VBN && !postag.IsNoun(d.tags[i]) {
		return nil
	}
	at := -1
	for k := i + 1; k < sen.End && k <= i+9; k++ {
		if d.low[k] == "at" {
			at = k
			break
		}
		if d.isPunct(k) && !d.possessive(k) || postag.IsVerb(d.tags[k]) {
			return nil
		}
	}
	if at <= i+1 {
		return nil
	}
	end := d.amountEnd(at+1, sen.End)
	if end < 0 || !d.amountClosed(end, sen.End) || d.low[at-1] == "rate" || d.low[at-1] == "rates" {
		return nil // "at 2 a.m.", "at 10 tables": a time or a place; "put the repo rate at 6.5 per cent": a decision
	}
	start := d.verbGroupStart(i, sen) // "has put", "now puts"
	cue := segment.Range{Start: start, End: i + 1}
	subject := segment.Range{Start: d.clauseStart(sen, start), End: start}
	if d.hasVerb(subject) || subject.Len() > 25 || d.commaIn(subject) {
		subject.Start = d.npLeft(start-1, sen.Start) // "As for Mr. Bloomberg, [Forbes] put ..."
	}
	if subject.Len() == 0 || lexicon.RelativePronouns.Has(d.low[subject.Start]) {
		return nil
	}
	return &Attribution{Source: []segment.Range{subject}, Cue: []segment.Range{cue}, Content: []segment.Range{{Start: i + 1, End: end}}}
}

// amountEnd is the end of an amount that opens at token k, after words
// that hedge it ("about", "more than"): a number, its currency and its
// words of scale ("£58 million", "9.3 million", "5 percent"); -1 when
// no number opens there.
func (d *doc) amountEnd(k, hi int) int {
	for k < hi && amountHedge(d.low[k]) {
		k++
	}
	number := false
	for ; k < hi && d.amountPart(k, hi); k++ {
		number = number || d.tags[k] == postag.CD || d.seg.Tokens[k].Kind == segment.Number
	}
	if !number {
		return -1
	}
	return k
}

// amountClosed: the amount that ends at token end closes its phrase:
// the sentence ends, or punctuation, a preposition or a conjunction
// follows, not a unit or a noun ("£58 million.", "$45 billion in 2016";
// not "2 a.m.", "10,000 metres").
func (d *doc) amountClosed(end, hi int) bool {
	if end >= hi || d.isPunct(end) {
		return true
	}
	t := d.tags[end]
	return (t == postag.IN || t == postag.CC || t == postag.TO) && d.low[end] != "at"
}

// amountPart: token k is a number, a currency's sign or letters before a
// number ("US$", "Rs"), or a word of scale ("million", "per cent", "%").
func (d *doc) amountPart(k, hi int) bool {
	t := d.text(k)
	switch {
	case d.tags[k] == postag.CD || d.seg.Tokens[k].Kind == segment.Number, t == "%", amountScale(d.low[k]):
		return true
	case unicode.Is(unicode.Sc, firstRune(t)): // any currency's sign, where price knows a few
		return true
	}
	return strings.ToUpper(t) == t && len(t) <= 3 && k+1 < hi && d.tags[k+1] == postag.CD
}

// amountHedge: w qualifies an amount after it ("about", "more than").
func amountHedge(w string) bool {
	switch w {
	case "about", "around", "roughly", "nearly", "almost", "some", "just", "over", "under", "more", "less", "than", "up", "to", "as", "much", "many":
		return true
	}
	return false
}

// amountScale: w follows an amount's number ("million", "per cent").
func amountScale(w string) bool {
	switch w {
	case "million", "billion", "trillion", "thousand", "hundred", "percent", "per", "cent", "crore", "lakh", "bn", "mn":
		return true
	}
	return false
}

// commaIn: a comma stands in r.
func (d *doc) commaIn(r segment.Range) bool {
	for k := r.Start; k < r.End; k++ {
		if d.text(k) == "," {
			return true
		}
	}
	return false
}
