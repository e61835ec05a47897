package resolve

import (
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// objectEnds cuts a content that is a noun phrase where an adverbial
// clause after it begins: in "The Doobie Brothers announced [the 30-date
// jaunt] while closing out their concert" or "Lexus called [the vehicle a
// concept] despite looking ready to hit showrooms", the clause tells when
// or despite what the source spoke, not what it said. A content that is a
// clause ("added he would never vote as ...") is left whole.
func (d *doc) objectEnds() {
	for i := range d.atts {
		a := &d.atts[i]
		if len(a.Content) != 1 || len(a.Cue) == 0 || a.Content[0].Start < a.Cue[len(a.Cue)-1].End {
			continue
		}
		if end := d.nounPhraseEnd(a.Content[0]); end > a.Content[0].Start {
			a.Content[0].End = end
		}
		d.subjectPastAside(a)
	}
}

// subjectPastAside runs a content that the extractor ended at the comma
// after a clause's subject on over the phrase set off by commas to the
// clause's verb and the sentence's end: "Police said [three men],
// including a clerk at a private printing press, had been arrested",
// "said [all three payloads], including one built by students, had been
// recovered intact". The content is a noun phrase with no verb; the
// phrase after it holds no cue and ends at a comma before a finite verb
// within sixteen tokens; the cue is a verb that takes a clause
// (lexicon.FiniteCues, or their base: "who say"), or the content opens
// with "that": a verb that
// takes a noun phrase may have the main clause's verb after the aside.
func (d *doc) subjectPastAside(a *Attribution) {
	c := &a.Content[0]
	sen := d.sentence(c.Start)
	if c.End+2 >= sen.End || d.text(c.End) != "," || d.anyVerb(*c) || d.seg.QuoteDepth[c.Start] > 0 {
		return
	}
	if v := d.low[a.Cue[len(a.Cue)-1].End-1]; !lexicon.FiniteCues.Has(v) && !lexicon.FiniteCues.Has(v+"s") && d.low[c.Start] != "that" {
		return // "Workers who criticised the plan, including two supervisors, were fired": an object, then the main clause's verb
	}
	for k := c.End + 1; k < sen.End && k <= c.End+16; k++ {
		if d.inCue[k] || d.seg.Tokens[k].Kind == segment.Quote {
			return
		}
		if d.text(k) != "," {
			continue
		}
		if v := k + 1; v < sen.End && (finite(d.tags[v]) || d.tags[v] == postag.MD) && !d.inCue[v] {
			end := d.trimPunct(v, sen.End)
			for t := v; t < end; t++ {
				if d.inCue[t] {
					return
				}
			}
			c.End = end
		}
		return
	}
}

// nounPhraseEnd is where an adverbial clause cuts the noun phrase that
// opens r, or -1 when r is a clause, a quotation, or runs on with no such
// clause.
func (d *doc) nounPhraseEnd(r segment.Range) int {
	first := r.Start
	if lexicon.Complementizers.Has(d.low[first]) || d.seg.QuoteDepth[first] > 0 || d.seg.Tokens[first].Kind == segment.Quote {
		return -1
	}
	relative := false // inside a relative clause of the noun phrase ("earnings that topped estimates")
	for k := first; k < r.End; k++ {
		w := d.low[k]
		switch {
		case d.seg.Tokens[k].Kind == segment.Quote || d.seg.QuoteDepth[k] > 0:
			return -1
		case k > first && lexicon.AdverbialOpeners.Has(w):
			return trimEnd(d, first, k)
		case k > first && d.text(k) == "," && k+1 < r.End && d.tags[k+1] == postag.VBG:
			return trimEnd(d, first, k) // ", sending shares lower"
		case k > first && (w == "that" || w == "which" || w == "who") && postag.IsNoun(d.tags[k-1]):
			relative = true
		case (postag.IsVerb(d.tags[k]) && d.tags[k] != postag.VBG && d.tags[k] != postag.VBN || d.tags[k] == postag.MD) && !relative:
			return -1 // a clause: its verb is its own
		}
	}
	return -1
}

// trimEnd backs the end of a cut phrase off the punctuation before it.
func trimEnd(d *doc, start, end int) int {
	for end > start && d.isPunct(end-1) {
		end--
	}
	return end
}
