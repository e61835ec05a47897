package resolve

import (
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// sourceClauses cuts a source that the extractor ran back into the clause
// before it to the noun phrase after that clause's last boundary:
// "Donald Trump is drawing criticism after [he]", "He proposed dropping
// it, but [analysts]", "Obama said the reforms were not complete, and
// [human rights groups]". A finite verb in the source that is not in a
// relative clause of it ("Don Fowler, who helmed the DNC, ...") marks
// such a clause; the source is what follows the last comma, conjunction,
// subordinator or bracket after that verb.
func (d *doc) sourceClauses() {
	bySource := map[int][]int{} // attributions by their source's first token
	for i, a := range d.atts {
		if len(a.Source) > 0 {
			bySource[a.Source[0].Start] = append(bySource[a.Source[0].Start], i)
		}
	}
	for i := range d.atts {
		a := &d.atts[i]
		if len(a.Source) != 1 {
			continue
		}
		if d.sourceOverReport(i, bySource[a.Source[0].Start]) {
			continue
		}
		s := a.Source[0]
		if !d.rightBefore(s, a.Cue[0]) || d.tags[a.Cue[0].Start] == postag.VBG {
			// A source away from its cue, or the subject a participle
			// shares with its clause ("Clinton spoke out ..., arguing"),
			// is the clause's own.
			continue
		}
		if r, ok := d.afterSpeechNoun(s); ok {
			a.Source[0] = r // "..., a charge [officials] denied"
			continue
		}
		if r, ok := d.afterOpenerApposition(s, a.Cue[0]); ok {
			a.Source[0] = r // "In a statement signed by its spokesman, Mr Okorodudu, [the company] said"
			continue
		}
		verb := -1
		for k := s.Start; k < s.End; k++ {
			switch {
			case lexicon.RelativePronouns.Has(d.low[k]):
				k = s.End // a relative clause: the rest is part of the phrase
			case finite(d.tags[k]) && d.seg.QuoteDepth[k] == 0:
				verb = k
			}
		}
		if verb < 0 {
			continue
		}
		start := -1
		for k := verb + 1; k < s.End; k++ {
			if d.text(k) == "," || d.text(k) == "(" || d.low[k] == "and" || d.low[k] == "but" ||
				lexicon.Subordinators.Has(d.low[k]) && d.tags[k] != postag.DT {
				start = k + 1
			}
		}
		for start >= 0 && start < s.End && (d.text(start) == "," || d.low[start] == "and" || d.low[start] == "but") {
			start++
		}
		if start < 0 || start >= s.End || !d.nounish(s.End-1) {
			continue
		}
		a.Source[0] = segment.Range{Start: start, End: s.End}
	}
}

// sourceOverReport mends the source of attribution i when the extractor
// ran it back over another report, whose source and cue open it:
//
//   - nested, the subject of what the other reports: "Officials said [a
//     scan of the cat's microchip] revealed that ..." (nestedContents
//     then runs the other's content on over this attribution);
//   - coordinated, when "and" or "but" stands before the cue: "The
//     minister replied that the fund had connected 40,000 households and
//     promised more", whose source is the minister's.
func (d *doc) sourceOverReport(i int, sameStart []int) bool {
	a := &d.atts[i]
	s, cue := a.Source[0], a.Cue[0]
	if s.End > cue.Start || d.seg.QuoteDepth[s.Start] > 0 || d.tags[cue.Start] == postag.VBG {
		return false // a participle shares its clause's subject: "spoke out about X, arguing"
	}
	for _, j := range sameStart {
		b := &d.atts[j]
		if j == i || len(b.Source) == 0 || len(b.Content) == 0 {
			continue
		}
		bs, bc := b.Source[0], b.Cue[0]
		if bs.Start != s.Start || !d.rightBefore(bs, bc) || bc.End >= s.End || !finite(d.tags[bc.Start]) ||
			b.Content[0].Start < bc.End || b.Content[0].Start >= s.End {
			continue
		}
		if t := d.tags[bc.End-1]; t == postag.IN || t == postag.RP || t == postag.TO {
			return false // what "talked about" reports is a noun phrase, not a clause
		}
		// What stands between the source and the cue: nothing but commas
		// and adverbs (nested), or a clause's end and "and" or "but".
		last := cue.Start - 1
		for last >= s.End && (postag.IsAdverb(d.tags[last]) || d.text(last) == ",") {
			last--
		}
		if last >= s.End {
			if d.low[last] != "and" && d.low[last] != "but" {
				return false
			}
			for k := bc.End; k < last; k++ {
				if d.text(k) == "(" || d.text(k) == ";" || lexicon.SubjectPronouns.Has(d.low[k]) {
					return false // "(they want lower rates and suggest": the nearer subject's
				}
			}
			a.Source = []segment.Range{bs}
			return true
		}
		if !d.clauseReport(bc) {
			return false // "He criticized [Clinton's record] said": no clause to nest in
		}
		start := b.Content[0].Start // past an object: "He told reporters [the company] denied ..."
		for start < s.End && (d.low[start] == "that" || d.text(start) == ",") {
			start++
		}
		end := s.End
		for end > start && d.text(end-1) == "," {
			end--
		}
		if start >= end || !d.nounish(end-1) || !d.chunkTok(start) && d.tags[start] != postag.PRP {
			return false
		}
		for k := start + 1; k < end; k++ {
			if d.text(k) == ";" || d.low[k] == "but" || d.text(k-1) == "," && d.low[k] == "and" ||
				lexicon.Subordinators.Has(d.low[k]) && d.tags[k] != postag.DT {
				return false // a clause of its own: sourceClauses takes its subject
			}
		}
		a.Source = []segment.Range{{Start: start, End: end}}
		return true
	}
	return false
}

// clauseReport: cue c's last verb reports a clause whose subject may be
// its own report's source ("said [the FBI] has not commented", "a study
// found [rents] had risen"), not a noun phrase ("criticized Clinton's
// record", "denied the report").
func (d *doc) clauseReport(c segment.Range) bool {
	for k := c.End - 1; k >= c.Start; k-- {
		if postag.IsVerb(d.tags[k]) {
			w := d.low[k]
			return (lexicon.FiniteCues.Has(w) || lexicon.EvidenceVerbs.Has(w)) && w != "denied" && w != "denies" && w != "accused" && w != "accuses"
		}
	}
	return false
}

// rightBefore: source s ends right before cue c, but for commas and
// adverbs.
func (d *doc) rightBefore(s, c segment.Range) bool {
	if s.End > c.Start {
		return false
	}
	for k := s.End; k < c.Start; k++ {
		if d.text(k) != "," && !postag.IsAdverb(d.tags[k]) {
			return false
		}
	}
	return true
}

// afterSpeechNoun: a source that opens with a noun of what is said and
// its article, then a subject ("a charge officials", "an allegation the
// company"), ran on from the appositive that names the clause before it
// ("X accused Y of Z, a charge officials denied"): the source is the
// subject after the noun.
func (d *doc) afterSpeechNoun(s segment.Range) (segment.Range, bool) {
	if s.Len() < 3 || d.tags[s.Start] != postag.DT || !claimNoun(d.low[s.Start+1]) {
		return s, false
	}
	k := s.Start + 2
	if d.low[k] == "that" || d.low[k] == "which" {
		k++ // "a claim that the company denies"
	}
	if k >= s.End || !d.nounish(s.End-1) {
		return s, false
	}
	for t := k; t < s.End; t++ {
		if !d.chunkTok(t) && d.tags[t] != postag.PRP {
			return s, false
		}
	}
	return segment.Range{Start: k, End: s.End}, true
}

// afterOpenerApposition: a source that runs back over the name closing a
// phrase that opens the sentence ("In a statement signed by its
// spokesman, [Mr Festus Okorodudu, the company] said") is the noun phrase
// after the name's comma, an article's or a possessive's, or a body's
// named after its owner ("[..., Mrs. Abena Frimpong, Ghana's Ministry of
// Trade and Industry] said"). The name is an apposition of the phrase before
// it: a comma stands before it, after words of the same sentence, and
// none after the noun phrase, which a name's own apposition would close
// ("In a statement, Mike Smith, the mayor, said").
func (d *doc) afterOpenerApposition(s, cue segment.Range) (segment.Range, bool) {
	if s.Start < 2 || d.text(s.Start-1) != "," || d.seg.SentenceOf[s.Start-2] != d.seg.SentenceOf[s.Start] || s.End != cue.Start {
		return s, false
	}
	comma := -1
	for k := s.Start; k < s.End; k++ {
		switch {
		case d.text(k) == ",":
			if comma >= 0 {
				return s, false
			}
			comma = k
		case comma < 0 && !d.nameTok(k) && !d.skipTok(k):
			return s, false
		}
	}
	if comma <= s.Start || comma+2 > s.End || (d.low[comma+1] != "the" && d.tags[comma+1] != postag.PRPS && !d.ownedBody(comma+1, s.End)) {
		return s, false
	}
	return segment.Range{Start: comma + 1, End: s.End}, true
}

// ownedBody: tokens [k, end) are a body named after its owner in the
// possessive ("Ghana's Ministry of Trade and Industry"), not a person's
// description ("Acme's chairman").
func (d *doc) ownedBody(k, end int) bool {
	if !d.possessive(k) || !d.nameTok(k) {
		return false
	}
	for j := k + 1; j < end; j++ {
		if lexicon.OrgNouns.Has(d.word(j)) {
			return true
		}
	}
	return false
}

// claimNoun: a noun that names a claim, which an appositive after a
// clause uses to report its reception ("..., a charge officials denied",
// "..., a view the minister shares").
func claimNoun(w string) bool {
	switch w {
	case "charge", "claim", "allegation", "accusation", "assertion", "suggestion", "contention",
		"characterization", "characterisation", "description", "assessment", "account", "view",
		"argument", "criticism", "version", "prediction", "forecast", "estimate":
		return true
	}
	return false
}
