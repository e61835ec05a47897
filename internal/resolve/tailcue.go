package resolve

import (
	"strings"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// maxTailSourceWords bounds the speaker of a headline's closing cue:
// "union warns", "traders' body claims".
const maxTailSourceWords = 4

// headlineTailCue is the attribution of a headline that ends in its
// speaker and cue after a comma ("Bus strike could last weeks, union
// warns", "Karachi undercounted by millions, traders' body claims"), the
// verb at token i ending the line; nil when the line is not so. The
// speaker is a short noun phrase that ends in a noun of a person, a body
// or a group, or a name; what was said is the clause before the comma,
// three words at least.
func (d *doc) headlineTailCue(i int) *Attribution {
	sen := d.sentence(i)
	if !d.inTitle(i) || d.trimPunct(i+1, sen.End) != i+1 {
		return nil
	}
	k, words, closed := i-1, 0, false
	for ; k > sen.Start && d.text(k) != ","; k-- {
		switch {
		case d.seg.Tokens[k].Kind == segment.Quote && d.text(k-1) == ",":
			closed = true // "'could last weeks,' union warns": the comma inside the closing mark
		case d.seg.Tokens[k].Kind == segment.Word && d.seg.QuoteDepth[k] == 0:
			words++
		case d.apostropheAfterPlural(k):
		default:
			return nil
		}
		if closed {
			k--
			break
		}
	}
	comma := k
	if comma <= sen.Start || words == 0 || words > maxTailSourceWords {
		return nil
	}
	src := segment.Range{Start: comma + 1, End: i}
	if closed {
		src.Start++
	}
	if !d.nameTok(i-1) && !speakerNoun(d.word(i-1)) && !headlineDocNoun(d.word(i-1)) {
		return nil
	}
	content := segment.Range{Start: d.clauseStart(sen, comma), End: comma}
	if closed {
		content.End = comma + 2
	}
	if content.Len() < 3 {
		return nil
	}
	return &Attribution{
		Source:  []segment.Range{src},
		Cue:     []segment.Range{{Start: i, End: i + 1}},
		Content: []segment.Range{content},
	}
}

// speakerNoun: w, singular or plural, is a noun of a person, a body or a
// group that a headline gives as a speaker ("union", "researchers",
// "doctors", "census chief", "traders' body").
func speakerNoun(w string) bool {
	for _, v := range [...]string{w, strings.TrimSuffix(w, "s")} {
		if v == "source" || lexicon.TitleWords.Has(v) || lexicon.PersonNoun(v) || roleNoun(v) || lexicon.OrgNouns.Has(v) || lexicon.CollectiveNouns.Has(v) || anyBodyNoun(v) {
			return true
		}
	}
	return false
}

// apostropheAfterPlural: token k is an apostrophe that makes the plural
// word it is written against a possessive ("traders' body", "Nurses'
// leader"), of any case: pluralPossessive asks more, a capitalized
// plural inside a body's name ("Scottish Traders' Forum").
func (d *doc) apostropheAfterPlural(k int) bool {
	t := d.text(k)
	if t != "'" && t != "’" || k == 0 || k+1 >= d.n || d.seg.Tokens[k-1].End != d.seg.Tokens[k].Start {
		return false
	}
	prev := d.low[k-1]
	return len(prev) > 1 && prev[len(prev)-1] == 's' && d.seg.Tokens[k+1].Kind == segment.Word
}

// labelSpeaker: w, capitalized alone after a headline's dash, is a title
// ("Commissioner", "Minister"), a body's noun ("Assembly"), a plural of
// persons ("Workers", "Residents") or the police; not a singular noun that names a paper as
// well as a person ("- Guardian", "- Citizen", "- Observer", "-
// Champion"), nor a word by its ending alone ("Reuters").
func labelSpeaker(w string) bool {
	if lexicon.TitleWords.Has(w) || w == "police" || lexicon.OrgNouns.Has(w) && !lexicon.OutletNouns.Has(w) && !lexicon.NewspaperTitleWords.Has(w) {
		return true // "- Assembly", "- Ministry"; not "- Guardian", "- Tribune"
	}
	base, plural := strings.CutSuffix(w, "s")
	return plural && lexicon.PersonNoun(base)
}

// dashHeadline is the attribution of a headline that ends in a dash and
// its speaker ("EU ministers near deal on cod quotas - sources",
// "Kenya, Tanzania near deal - diplomats"), the dash at token i: the
// speaker a noun of a person, body, group or document of three words at
// most that ends the line, what was said the clause before the dash,
// with a verb; nil otherwise.
func (d *doc) dashHeadline(i int) *Attribution {
	sen := d.sentence(i)
	if !d.inTitle(i) || !isDash(d.text(i)) || d.seg.QuoteDepth[i] > 0 || i == 0 || d.seg.Tokens[i-1].End == d.seg.Tokens[i].Start {
		return nil // a dash set apart from the word before it: not "100-year-old"
	}
	end := d.trimPunct(i+1, sen.End)
	if end <= i+1 || end-(i+1) > 3 {
		return nil
	}
	for k := i + 1; k < end; k++ {
		if d.seg.Tokens[k].Kind != segment.Word || postag.IsVerb(d.tags[k]) || d.capitalized(k) && !(end == i+2 && labelSpeaker(d.word(k))) {
			return nil // a page title's outlet: "... - The Economist", "... - Financial Times"; but "... — Commissioner"
		}
	}
	if w := d.word(end - 1); !speakerNoun(w) && !headlineDocNoun(w) {
		return nil
	}
	content := segment.Range{Start: d.clauseStart(sen, i), End: i}
	for k := content.Start; k < i; k++ {
		if d.text(k) == ":" && k-content.Start <= 3 {
			content.Start = k + 1 // a topic's label: "Polio: Kano won't resume immunisation ... — Commissioner"
		}
	}
	if content.Len() < 3 || !d.hasVerb(content) && content.Len() < 5 {
		return nil
	}
	return &Attribution{
		Source:  []segment.Range{{Start: i + 1, End: end}},
		Cue:     []segment.Range{{Start: i, End: i + 1}},
		Content: []segment.Range{content},
	}
}
