package resolve

import (
	"strings"

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
// person, a body or a group last; verbs that headlines use of acts are
// left ("Police charge man", "Court orders release", "Police question
// suspect").
func (d *doc) headlineFrontCue(i int) *Attribution {
	sen := d.sentence(i)
	if !d.inTitle(i) || i == sen.Start || d.seg.QuoteDepth[i] > 0 || !frontHeadlineVerb(d.low[i]) {
		return nil
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

// frontHeadlineVerb: w is the present tense of a verb of communication
// that a headline puts after its speaker, and no act's ("charges",
// "orders", "questions", "allows"; "adds" and "announces" of plans and
// products as often: "Coldline Logistics adds 12 reefer hubs"; "confirms"
// of appointments: "Senate confirms Barrett").
func frontHeadlineVerb(w string) bool {
	base, ok := strings.CutSuffix(w, "s")
	if !ok || len(base) < 3 || lexicon.SpeechClassOf(w) != lexicon.Communication {
		return false
	}
	switch base {
	case "add", "announce", "confirm", "charge", "order", "question", "allow", "grant", "credit", "read", "sing", "invite", "brief", "attack", "counter", "protest", "post", "report", "answer", "call", "talk", "speak", "appeal", "object", "signal", "label", "brand", "quote", "cite", "echo", "comment":
		return false
	}
	return true
}
