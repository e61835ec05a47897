package resolve

import (
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// ownedClaim is the attribution of a claim noun at token i whose owner
// stands before it in the possessive and whose "that" clause follows
// ("the agency's claim that the road is the council's", "her argument
// that she is popular"): the owner is the source, with its possessive
// ending, as readers mark it; the clause to the next comma or the
// sentence's end is the content; nil when the noun is not so.
func (d *doc) ownedClaim(i int) *Attribution {
	sen := d.sentence(i)
	if !thatClaimNoun(d.low[i]) || !postag.IsNoun(d.tags[i]) || i+2 >= sen.End || d.low[i+1] != "that" {
		return nil
	}
	k := i - 1
	for k > sen.Start && postag.IsAdjective(d.tags[k]) {
		k-- // "her repeated claim"
	}
	if k < sen.Start || postag.IsVerb(d.tags[i+2]) || d.tags[i+2] == postag.MD {
		return nil // the sentence opens with the noun ("Allegations that ..."), or "that" is a relative's ("the statement that was issued")
	}
	var src segment.Range
	switch {
	case d.tags[k] == postag.PRPS && d.low[k] != "its":
		src = segment.Range{Start: k, End: k + 1}
	case d.possessive(k) && d.nameTok(k):
		src = segment.Range{Start: d.properRun(k, sen.Start).Start, End: k + 1}
	case d.possessive(k) && postag.IsNoun(d.tags[k]):
		src = segment.Range{Start: d.npLeft(k, sen.Start), End: k + 1} // "the agency's"
	case d.apostropheAfterPlural(k): // a plural's, of any case ("His consultants' claim"); pluralPossessive's are among them
		src = segment.Range{Start: d.npLeft(k-1, sen.Start), End: k + 1}
	default:
		return nil
	}
	if d.timeOwner(src) {
		return nil // "last week's claim that": a week owns no claim
	}
	if src.Start > 0 && d.tags[src.Start-1] == postag.DT {
		src.Start-- // "The National Works Agency's"
	}
	// The clause runs to a comma or the sentence's end, or to the main
	// clause's verb when the claim is its subject: a second finite verb
	// right after a noun ("that the city will recoup its share within 15
	// years | was challenged").
	end, verbs := i+2, 0
	for end < sen.End && d.text(end) != "," && d.text(end) != ";" && !isDash(d.text(end)) && !(d.isPunct(end) && end == sen.End-1) {
		if finite(d.tags[end]) {
			if verbs > 0 && (postag.IsNoun(d.tags[end-1]) || d.tags[end-1] == postag.CD) {
				break
			}
			verbs++
		}
		end++
	}
	content := segment.Range{Start: i + 1, End: end}
	if !d.hasVerb(content) {
		return nil
	}
	return &Attribution{
		Source:  []segment.Range{src},
		Cue:     []segment.Range{{Start: i, End: i + 1}},
		Content: []segment.Range{content},
	}
}

// thatClaimNoun: a noun of a claim that a "that" clause states ("claim",
// "argument", "insistence").
func thatClaimNoun(w string) bool {
	switch w {
	case "claim", "claims", "assertion", "assertions", "argument", "insistence", "contention", "allegation", "allegations",
		"suggestion", "statement", "comment", "promise", "pledge", "warning", "belief", "view", "prediction", "admission", "denial":
		return true
	}
	return false
}

// timeOwner: r is a time's possessive and nothing more ("Tuesday's",
// "last week's", "this year's"), which dates a claim and never says who
// made it.
func (d *doc) timeOwner(r segment.Range) bool {
	last := r.End - 1
	if r.Len() > 3 || !d.possessive(last) || !lexicon.TimeWords.Has(d.word(last)) {
		return false
	}
	for k := r.Start; k < last; k++ {
		switch d.low[k] {
		case "last", "this", "next", "past", "previous", "the", "that", "same":
		default:
			return false
		}
	}
	return true
}
