package resolve

import (
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// accordingFront is the attribution of "According to X, CLAUSE." that
// opens its sentence at token i ("according"), the extractor having
// missed it: the source runs to the comma after its noun phrase, or
// over an apposition set off by a second comma ("According to the Plains
// Maternal Health Coalition, a nonprofit research group, 31 rural Kansas
// hospitals have stopped ..."); the content is the clause after it, to
// the sentence's end. nil when the sentence is otherwise.
func (d *doc) accordingFront(i int) *Attribution {
	sen := d.sentence(i)
	if i != d.clauseStart(sen, i) || i+2 >= sen.End || d.low[i+1] != "to" {
		return nil
	}
	s := i + 2
	comma := -1
	for k := s; k < sen.End && k-s <= 25; k++ {
		if d.text(k) == "," {
			comma = k
			break
		}
		if finite(d.tags[k]) && d.seg.QuoteDepth[k] == 0 {
			return nil
		}
	}
	if comma <= s {
		return nil
	}
	end := comma
	if a := comma + 1; a+1 < sen.End && (d.tags[a] == postag.DT || d.tags[a] == postag.PRPS) {
		// an apposition: "a nonprofit research group," with no verb,
		// when what follows its comma is a clause with a subject before
		// its verb and no comma ("..., 31 rural Kansas hospitals have
		// stopped"; not "According to police, the victim, a 34-year-old
		// man, died", whose clause opens at "the victim")
		for k := a + 1; k < sen.End && k-a <= 10; k++ {
			if finite(d.tags[k]) {
				break
			}
			if d.text(k) == "," {
				if d.subjectThenVerb(k+1, sen.End) {
					end = k
				}
				break
			}
		}
	}
	content := d.clause(end+1, sen)
	if content.Len() < 3 || !d.hasVerb(content) && !d.anyVerb(content) { // "sales of the system tripled", a participle's tag
		return nil
	}
	return &Attribution{
		Source:  []segment.Range{{Start: s, End: end}},
		Cue:     []segment.Range{{Start: i, End: i + 2}},
		Content: []segment.Range{content},
	}
}

// subjectThenVerb: from token s a noun phrase runs to a finite verb with
// no comma between.
func (d *doc) subjectThenVerb(s, end int) bool {
	noun := false
	for k := s; k < end; k++ {
		switch {
		case d.text(k) == ",":
			return false
		case finite(d.tags[k]):
			return noun
		case d.nounish(k) || d.tags[k] == postag.PRP:
			noun = true
		}
	}
	return false
}
