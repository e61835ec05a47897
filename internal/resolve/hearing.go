package resolve

import (
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// hearingNoun: a body that hears evidence, whose "heard" reports what was
// said before it by no one named ("The inquest heard that ...", "...,
// Newcastle Crown Court heard yesterday."), as court reporting writes.
func hearingNoun(w string) bool {
	switch w {
	case "court", "inquest", "inquiry", "tribunal", "hearing", "jury", "trial", "commission", "committee", "panel", "magistrates", "court-martial":
		return true
	}
	return false
}

// hearingCue is the attribution of a hearing's "heard" at token i, whose
// subject, right before it, is headed by a hearing noun: the clause after
// it ("The tribunal heard that ..."), or the clause before the comma that
// opens its sentence's last phrase ("A man forged his aunt's will, the
// court heard yesterday."). It has no source: the text does not say who
// said it. nil when neither fits.
func (d *doc) hearingCue(i int) *Attribution {
	sen := d.sentence(i)
	if i == sen.Start || d.low[i] != "heard" {
		return nil // whatever its tag: the tagger may take it for a noun after "an inquest"
	}
	subject := d.npLeft(i-1, sen.Start)
	if subject >= i || !d.hearingIn(subject, i) {
		return nil
	}
	cue := []segment.Range{{Start: i, End: i + 1}}
	if c := subject - 1; c > sen.Start && d.text(c) == "," && d.tailOnly(i+1, sen) {
		content := segment.Range{Start: d.clauseStart(sen, c), End: c}
		if !d.clausal(content) {
			return nil
		}
		return &Attribution{Cue: cue, Content: []segment.Range{content}}
	}
	if subject != d.clauseStart(sen, i) {
		return nil // "the evidence the court heard": no report of it
	}
	content := d.clause(i+1, sen)
	if content.Len() < 3 || !d.hasVerb(content) && !(d.low[content.Start] == "that" && d.anyVerb(content)) {
		return nil
	}
	return &Attribution{Cue: cue, Content: []segment.Range{content}}
}

// hearingIn: the head of the noun phrase from s to e, its last word
// before a preposition, is a hearing noun ("The inquest at Maidstone",
// "Newcastle Crown Court"; not "One juror on the panel").
func (d *doc) hearingIn(s, e int) bool {
	head := e - 1
	for k := s + 1; k < e; k++ {
		if d.tags[k] == postag.IN {
			head = k - 1
			break
		}
	}
	return head >= s && hearingNoun(d.word(head))
}
