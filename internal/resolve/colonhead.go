package resolve

import (
	"strings"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// maxColonSourceWords bounds the speaker's side of a headline's colon:
// "Fishing chief", "Nurses' leader", "Weavers' body".
const maxColonSourceWords = 4

// colonHeadline is the attribution that a headline's colon at token i
// makes, the extractor having missed it: a speaker, then what they said
// ('Fishing chief: "This is the end for some boats"', "Study: Kilifi
// mangroves hold twice the carbon"), or what was said, then its speaker
// ("Algae blooms could double by 2040: study"). The speaker's side is a
// short noun phrase, no heading label ("Review:", "Live:"); the other
// side a quotation or a clause with a verb. nil when it is neither.
func (d *doc) colonHeadline(i int) *Attribution {
	t := d.title
	if i <= t.Start || i+1 >= t.End || d.text(i) != ":" || d.seg.QuoteDepth[i] > 0 {
		return nil
	}
	end := d.trimPunct(i+1, t.End)
	before, after := segment.Range{Start: t.Start, End: i}, segment.Range{Start: i + 1, End: end}
	cue := []segment.Range{{Start: i, End: i + 1}}
	switch {
	case d.colonSpeaker(before) && d.colonSaid(after):
		return &Attribution{Source: []segment.Range{before}, Cue: cue, Content: []segment.Range{after}}
	case d.colonSpeaker(after) && d.colonSaid(before):
		return &Attribution{Source: []segment.Range{after}, Cue: cue, Content: []segment.Range{before}}
	}
	return nil
}

// colonLabel runs a headline's source that stops short of its colon cue
// on to the colon, when the whole label can speak ("Ferry captain:",
// "Turkey farmer:", the extractor having taken "Ferry" or "Turkey" alone).
func (d *doc) colonLabel(a *Attribution) {
	if len(a.Cue) != 1 || a.Cue[0].Len() != 1 || d.text(a.Cue[0].Start) != ":" || !d.inTitle(a.Cue[0].Start) {
		return
	}
	s, c := a.Source[0], a.Cue[0].Start
	if r := d.dashAfter(c); r != nil && !d.colonSpeaker(segment.Range{Start: d.title.Start, End: c}) {
		// "Polio: Kano won't resume ... — Commissioner": the colon's
		// label is a topic, the dash's word the speaker; not "Ruto: I will
		// not resign - ...", whose label speaks.
		*a = *r
		return
	}
	if s.End >= c || s.Start != d.title.Start {
		return
	}
	if label := (segment.Range{Start: s.Start, End: c}); d.colonSpeaker(label) {
		a.Source[0] = label
	}
}

// dashAfter is the attribution of a dash and its speaker that end the
// headline sentence of the colon at token c (dashHeadline), or nil.
func (d *doc) dashAfter(c int) *Attribution {
	sen := d.sentence(c)
	for k := c + 1; k < sen.End; k++ {
		if isDash(d.text(k)) {
			if r := d.dashHeadline(k); r != nil {
				return r
			}
		}
	}
	return nil
}

// colonSpeaker: r is a short noun phrase that can speak, a noun of a
// person, a body, a group or a document at its end, and no heading
// label, verb or quotation.
func (d *doc) colonSpeaker(r segment.Range) bool {
	words := 0
	for k := r.Start; k < r.End; k++ {
		switch {
		case d.apostropheAfterPlural(k): // "Nurses' leader"
		case d.seg.Tokens[k].Kind == segment.Quote || d.seg.QuoteDepth[k] > 0 || finite(d.tags[k]) || d.tags[k] == postag.MD:
			return false
		case d.seg.Tokens[k].Kind == segment.Word:
			words++
		}
	}
	if words == 0 || words > maxColonSourceWords || lexicon.HeadingLabels.Has(d.low[r.Start]) || lexicon.HeadingLabels.Has(d.word(r.End-1)) {
		return false
	}
	head := d.word(r.End - 1)
	if lexicon.TitleWords.Has(head) || lexicon.ResearcherNouns.Has(head) || headlineDocNoun(head) ||
		words >= 2 && (lexicon.PersonNoun(head) || lexicon.CollectiveNouns.Has(head) || lexicon.OrgNouns.Has(head) && head != "fund" || anyBodyNoun(head)) ||
		words == 1 && d.tags[r.Start] == postag.NNS && lexicon.PersonNoun(strings.TrimSuffix(head, "s")) {
		// "Bankers: ...", a people's plural alone
		return true
	}
	// A name alone is no evidence: a headline's capitals run over topics,
	// kickers and columns' titles ("Buy Mines, Sell Coal:", "Cholera:",
	// "Just Leaked:", the columnist's "Morag Lindsay: Keep calm ..."),
	// unless the text below names a person by it: "Asamoah-Boadu: ..."
	// over "Foreign Minister Kwame Asamoah-Boadu said"; or an acronym
	// that the text below gives a body's name for ("SALK: ..." over
	// "Syarikat Air Lembah Klang Bhd (SALK) ...").
	return d.personBelow(r) || d.acronymBelow(r)
}

// acronymBelow: r is one acronym that the text after the title writes in
// brackets after a name, the name it stands for.
func (d *doc) acronymBelow(r segment.Range) bool {
	if r.Len() != 1 || !d.acronym(r.Start) {
		return false
	}
	for k := d.title.End + 1; k+1 < d.n; k++ {
		if d.text(k-1) == "(" && d.text(k+1) == ")" && d.text(k) == d.text(r.Start) && k >= 2 && d.nameTok(k-2) {
			var name []int // the name before the brackets, whose initials the acronym must fit
			for j := d.nameStart(k - 1); j < k-1; j++ {
				name = append(name, j)
			}
			if len(name) > 0 && d.acronymAfter(name) {
				return true
			}
		}
	}
	return false
}

// personBelow: r is a name of one to three words, and the text after the
// title gives it again at the end of a longer name, after a title or a
// given name ("Kwame Asamoah-Boadu" for "Asamoah-Boadu", "painter
// Mahnoor Jafri" for "Mahnoor Jafri"); not the author of the byline.
func (d *doc) personBelow(r segment.Range) bool {
	var name []int
	for k := r.Start; k < r.End; k++ {
		if d.seg.Tokens[k].Kind != segment.Word || !d.nameTok(k) {
			return false // a number or a common word: "Prime Day 2016"
		}
		name = append(name, k)
	}
	if len(name) == 0 || len(name) > 3 {
		return false
	}
	n := len(name)
	for k := d.title.End; k+n <= d.n; k++ {
		if d.byline.Start <= k && k < d.byline.End {
			continue
		}
		same := true
		for i, t := range name {
			same = same && d.low[k+i] == d.low[t]
		}
		if !same {
			continue
		}
		if p := k - 1; p >= d.title.End && !d.possessive(p) && (d.nameTok(p) || d.titleWord(p)) {
			return true // not "Boris Johnson's Brexit deal"
		}
	}
	return false
}

// headlineDocNoun: the documents that a headline names as the speaker of
// its colon ("Study: ...", "...: poll").
func headlineDocNoun(w string) bool {
	switch w {
	case "study", "report", "poll", "survey", "research", "data", "figures", "analysis", "audit", "census":
		return true
	}
	return false
}

// colonSaid: r is what a headline's colon reports: a quotation, or three
// words or more with a verb, and no verb of speech of its own ("Lassa
// fever: Edo confirms 14 deaths" labels a topic, and Edo speaks).
func (d *doc) colonSaid(r segment.Range) bool {
	if r.Len() < 3 {
		return false
	}
	said := false
	for k := r.Start; k < r.End; k++ {
		if d.seg.QuoteDepth[k] == 0 && postag.IsVerb(d.tags[k]) && lexicon.SpeechClassOf(d.low[k]) != lexicon.NoSpeech {
			return false
		}
		if d.seg.Tokens[k].Kind == segment.Quote || postag.IsVerb(d.tags[k]) || d.tags[k] == postag.MD {
			said = true
		}
	}
	return said
}

// topicLabel: a headline's colon cue whose label cannot speak
// (colonSpeaker), no noun of a person, a group or a body ("Family:",
// "Bosses:", "Government:"), whose last word the text below writes in
// lower case, a common noun, never a capitalized owner (a name:
// "Target's chief executive") and never right before a cue ("The defence
// told the court": the session's two reviewers'): the label is
// the story's topic ("Festival crush:
// 'We were packed in like cattle', says mother", "Minimum wage: 'Pay
// N30,000 or we shut down Kwara'", over "the crush", "the minimum
// wage"), not who spoke.
func (d *doc) topicLabel(a *Attribution) bool {
	if len(a.Cue) != 1 || a.Cue[0].Len() != 1 || d.text(a.Cue[0].Start) != ":" || !d.inTitle(a.Cue[0].Start) || len(a.Source) != 1 {
		return false
	}
	label := segment.Range{Start: a.Source[0].Start, End: a.Cue[0].Start}
	if label.Len() < 1 || a.Source[0].End > label.End || d.colonSpeaker(label) {
		return false
	}
	if head := d.word(label.End - 1); lexicon.PersonNoun(head) || commonPlural(head) || lexicon.CollectiveNouns.Has(head) || lexicon.OrgNouns.Has(head) || lexicon.CompanyNouns.Has(head) {
		return false // "Family:", "Mother:", "Bosses:", "Government:" can speak
	}
	last := d.low[label.End-1]
	topic := false
	for k := d.title.End; k < d.n; k++ {
		if d.word(k) != last {
			continue
		}
		if k+1 < d.n && d.inCue[k+1] || d.capitalized(k) && d.possessive(k) {
			return false // "Target said ...", "The defence told the court", "Target's chief executive": it speaks, or is a name, below
		}
		topic = topic || d.text(k) == last
	}
	return topic
}
