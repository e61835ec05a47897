package resolve

import (
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// maxFrontSourceWords bounds the speaker that opens a headline before its
// verb: "Guild", "DOH", "Edo State government".
const maxFrontSourceWords = 4

// headlineFrontCue is the attribution of a headline that opens with its
// speaker and a verb of communication in the present tense, what was said
// after it ("Guild denies results leaked before Gawad Sining rites", "DOH
// defends vaccine"), the verb at token i; nil when the line is not so.
// The speaker is one to four words with no verb, a name or a noun of a
// person, a body or a group last; the verb one of those headlines report
// speech with (frontHeadlineVerb).
func (d *doc) headlineFrontCue(i int) *Attribution {
	sen := d.sentence(i)
	if !d.inTitle(i) || i == sen.Start || d.seg.QuoteDepth[i] > 0 || !frontHeadlineVerb(d.low[i]) || i+1 < sen.End && d.tags[i+1] == postag.IN && d.low[i+1] != "that" {
		return nil // not a plural noun before its preposition: "Union demands for 30 percent pay rise rejected"
	}
	words := 0
	for k := sen.Start; k < i; k++ {
		if d.seg.Tokens[k].Kind != segment.Word && !d.apostropheAfterPlural(k) || finite(d.tags[k]) && k != i-1 || d.seg.QuoteDepth[k] > 0 {
			return nil
		}
		words++
	}
	if words == 0 || words > maxFrontSourceWords || !d.nameTok(i-1) && !speakerNoun(d.word(i-1)) || lexicon.HeadingLabels.Has(d.low[sen.Start]) {
		return nil
	}
	end := d.trimPunct(i+1, sen.End)
	if end <= i+1 || postag.IsVerb(d.tags[i+1]) && d.low[i+1] != "that" {
		return nil
	}
	return &Attribution{
		Source:  []segment.Range{{Start: sen.Start, End: i}},
		Cue:     []segment.Range{{Start: i, End: i + 1}},
		Content: []segment.Range{{Start: i + 1, End: end}},
	}
}

// frontHeadlineVerb: w is the present tense of a verb by which a
// headline reports what its speaker said or holds ("denies", "defends",
// "urges", "slams"), and no act's ("contests", "debates", "details",
// "challenges", "charges", "confirms" an appointment). Hand-listed.
func frontHeadlineVerb(w string) bool {
	switch w {
	case "denies", "defends", "insists", "warns", "urges", "slams", "blasts", "vows", "claims", "says", "admits", "accuses",
		"blames", "rejects", "dismisses", "threatens", "promises", "pledges", "reveals", "hails", "praises", "criticises",
		"criticizes", "condemns", "demands", "disputes", "laments", "decries", "backs", "assures", "reassures", "cautions", "fears":
		return true
	}
	return false
}
